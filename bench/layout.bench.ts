/**
 * Layout history benchmark (SPEC §5): recording an edit, undo and redo (each one durable
 * transaction with synchronous=FULL) and opening a scene with a 10,000-entry history from a fresh
 * connection. Baselines in the same run: for the writes, the least any durable write of a layout
 * change costs (one UPDATE of a row in its own synchronous=FULL transaction); for opening,
 * rebuilding the layout by replaying all 10,000 entries from the original, which the cache saves
 * (in a bare history file) and the objects rows save (in a project file, which keeps no cache).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchFigure } from './figure';
import type { LayoutEdit } from '../common/layout/edits';
import { LayoutHistoryStore } from '../electron/services/layout/history-store';
import { ProjectLayout } from '../electron/services/layout/project-layout';
import { openProject } from '../electron/services/project/project-store';
import { sampleScene } from '../electron/services/project/sample-scene';
import { layoutHistoryMigration } from '../electron/services/layout/schema';
import { median } from './stats';

const OBJECTS = 50;
const RUNS = 300;
const WAL_RUNS = 50;
const HISTORY = 10_000;
const WRITE_GOAL_MS = 2;
const OPEN_GOAL_MS = 100;
const SCENE = 'bench_scene';

function timeMs(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** A project-like connection: WAL, foreign keys, NORMAL by default (history writes raise it to FULL). */
function connect(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  return db;
}

function objects(): {
  id: number;
  label: string;
  box: { center: [number, number, number]; size: [number, number, number]; yaw: number };
}[] {
  return Array.from({ length: OBJECTS }, (_, id) => ({
    id,
    label: `object ${id}`,
    box: { center: [id % 10, Math.floor(id / 10), 0.5], size: [0.6, 0.6, 1], yaw: 0 },
  }));
}

function moveEdit(step: number): LayoutEdit {
  const id = step % OBJECTS;
  return { kind: 'move', id, center: [(step * 0.37) % 10, (step * 0.53) % 10, 0.5] };
}

function figure(name: string, value: number, baseline: { name: string; value: number }, goalMs: number): BenchFigure {
  return {
    name,
    value: round(value),
    unit: 'ms',
    baseline: { name: baseline.name, value: round(baseline.value) },
    ratio: round(value / baseline.value),
    goal: `<= ${goalMs} ms`,
    pass: value <= goalMs,
  };
}

export default async function layoutBench(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'layout-bench-'));
  try {
    // Writes: edit, undo, redo, each its own durable transaction. fsync latency on a shared disk
    // drifts over seconds, so every measured write is paired with a baseline write right after it.
    const db = connect(join(dir, 'writes.sqlite'));
    layoutHistoryMigration(db);
    const store = new LayoutHistoryStore(db);
    store.begin(SCENE, objects());
    db.exec('CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, value TEXT NOT NULL)');
    db.prepare('INSERT INTO bench_bare VALUES (1, ?)').run('');
    const bareUpdate = db.prepare('UPDATE bench_bare SET value = ? WHERE id = 1');
    const bareTransaction = db.transaction((value: string) => bareUpdate.run(value));
    const bareTimes: number[] = [];
    const bareWrite = (step: number): void => {
      const json = JSON.stringify(moveEdit(step));
      db.pragma('synchronous = FULL');
      bareTimes.push(timeMs(() => bareTransaction.immediate(json)));
      db.pragma('synchronous = NORMAL');
    };
    for (let i = 0; i < 20; i++) store.apply(SCENE, moveEdit(i), { origin: 'gizmo' }); // warm-up
    const applyTimes: number[] = [];
    const undoTimes: number[] = [];
    const redoTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      applyTimes.push(timeMs(() => store.apply(SCENE, moveEdit(100 + i), { origin: 'gizmo' })));
      bareWrite(i);
    }
    for (let i = 0; i < RUNS; i++) {
      undoTimes.push(timeMs(() => store.undo(SCENE)));
      bareWrite(i);
    }
    for (let i = 0; i < RUNS; i++) {
      redoTimes.push(timeMs(() => store.redo(SCENE)));
      bareWrite(i);
    }
    // The same edit as the app makes it: a real project file (64 KiB pages) whose objects rows are
    // mirrored in the history's transaction. Its baseline is the bare write on that same file.
    const project = openProject(join(dir, 'project.studio'), { create: true });
    project.addScenes([sampleScene(SCENE, 1000, 1, OBJECTS)]);
    const projectLayout = new ProjectLayout(project);
    project.db.exec('CREATE TABLE bench_bare (id INTEGER PRIMARY KEY, value TEXT NOT NULL)');
    project.db.prepare('INSERT INTO bench_bare VALUES (1, ?)').run('');
    const projectBare = project.db.transaction((value: string) =>
      project.db.prepare('UPDATE bench_bare SET value = ? WHERE id = 1').run(value),
    );
    for (let i = 0; i < 20; i++) projectLayout.apply(SCENE, moveEdit(i), { origin: 'gizmo' });
    const projectTimes: number[] = [];
    const projectBareTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      projectTimes.push(timeMs(() => projectLayout.apply(SCENE, moveEdit(100 + i), { origin: 'gizmo' })));
      const json = JSON.stringify(moveEdit(i));
      project.db.pragma('synchronous = FULL');
      projectBareTimes.push(timeMs(() => projectBare.immediate(json)));
      project.db.pragma('synchronous = NORMAL');
    }
    // What each durable edit writes: WAL bytes per commit (whole 64 KiB pages), deterministic where
    // the fsync timings above drift with the disk. Its baseline is the bare UPDATE: one page.
    const walBytes = (work: (step: number) => unknown): number => {
      project.db.pragma('wal_checkpoint(TRUNCATE)');
      for (let i = 0; i < WAL_RUNS; i++) work(i);
      return statSync(`${join(dir, 'project.studio')}-wal`).size / WAL_RUNS;
    };
    project.db.pragma('wal_autocheckpoint = 0');
    const editWal = walBytes((i) => projectLayout.apply(SCENE, moveEdit(700 + i), { origin: 'gizmo' }));
    const bareWal = walBytes((i) => projectBare.immediate(JSON.stringify(moveEdit(i))));
    project.close();
    // The same edits with the fsync left out: what the history itself costs in CPU and SQLite work.
    const quietApplyTimes: number[] = [];
    const quietBareTimes: number[] = [];
    db.pragma('synchronous = OFF');
    const quietStore = new LayoutHistoryStore(db);
    for (let i = 0; i < RUNS; i++) {
      // Inside a (trivial) outer transaction the store keeps the connection's level: OFF.
      quietApplyTimes.push(
        timeMs(() => db.transaction(() => quietStore.apply(SCENE, moveEdit(500 + i), { origin: 'gizmo' }))()),
      );
      const json = JSON.stringify(moveEdit(i));
      quietBareTimes.push(timeMs(() => bareTransaction.immediate(json)));
    }
    db.close();
    const bare = {
      name: 'one UPDATE of one row in its own synchronous=FULL transaction (interleaved)',
      value: median(bareTimes),
    };

    // Opening: a 10,000-entry history, built fast (one transaction, no sync), then read cold.
    const file = join(dir, 'open.sqlite');
    const build = connect(file);
    layoutHistoryMigration(build);
    const builder = new LayoutHistoryStore(build);
    builder.begin(SCENE, objects());
    build.pragma('synchronous = OFF');
    build.transaction(() => {
      for (let i = 0; i < HISTORY; i++) builder.apply(SCENE, moveEdit(i), { origin: 'gizmo' });
    })();
    build.close();

    // The same in a project file, where the objects rows hold the current layout (no cache row).
    const projectFile = join(dir, 'open.studio');
    const buildProject = openProject(projectFile, { create: true });
    buildProject.addScenes([sampleScene(SCENE, 1000, 1, OBJECTS)]);
    const projectBuilder = new ProjectLayout(buildProject);
    buildProject.db.pragma('synchronous = OFF');
    buildProject.db.transaction(() => {
      for (let i = 0; i < HISTORY; i++) projectBuilder.apply(SCENE, moveEdit(i), { origin: 'gizmo' });
    })();
    buildProject.close();

    const openTimes: number[] = [];
    const replayTimes: number[] = [];
    const projectOpenTimes: number[] = [];
    const projectReplayTimes: number[] = [];
    let sizeCheck = 0;
    for (let i = 0; i < 7; i++) {
      sizeCheck = 0;
      projectOpenTimes.push(
        timeMs(() => {
          const fresh = openProject(projectFile);
          const opened = new ProjectLayout(fresh).history.open(SCENE);
          sizeCheck += opened.layout.size;
          fresh.close();
        }),
      );
      projectReplayTimes.push(
        timeMs(() => {
          const fresh = openProject(projectFile);
          sizeCheck += new ProjectLayout(fresh).history.replayLayout(SCENE).size;
          fresh.close();
        }),
      );
      openTimes.push(
        timeMs(() => {
          const fresh = connect(file);
          const opened = new LayoutHistoryStore(fresh).open(SCENE);
          sizeCheck += opened.layout.size;
          fresh.close();
        }),
      );
      replayTimes.push(
        timeMs(() => {
          const fresh = connect(file);
          sizeCheck += new LayoutHistoryStore(fresh).replayLayout(SCENE).size;
          fresh.close();
        }),
      );
    }
    if (sizeCheck !== 4 * OBJECTS) throw new Error('layout bench: opened layouts have the wrong size');

    return [
      figure(
        `layout: apply + persist one move (median of ${RUNS}, ${OBJECTS} objects)`,
        median(applyTimes),
        bare,
        WRITE_GOAL_MS,
      ),
      figure(
        `layout: apply + persist one move in a project file, objects rows mirrored (median of ${RUNS})`,
        median(projectTimes),
        {
          name: 'the bare synchronous=FULL UPDATE on the same project file (interleaved)',
          value: median(projectBareTimes),
        },
        WRITE_GOAL_MS,
      ),
      {
        name: `layout: WAL written per durable edit in a project file (${WAL_RUNS} edits; each page is 64 KiB)`,
        value: round(editWal / 1e6),
        unit: 'MB',
        baseline: { name: 'the bare UPDATE of one row on the same file (one page)', value: round(bareWal / 1e6) },
        ratio: round(editWal / bareWal),
        // Five pages: the entry, its two indexes, the cursor, the objects row; a b-tree split now and then adds one.
        goal: 'ratio <= 5.5',
        pass: editWal / bareWal <= 5.5,
      },
      figure(
        `layout: apply one move without the fsync (synchronous=OFF, median of ${RUNS}): the history's own cost`,
        median(quietApplyTimes),
        { name: 'one UPDATE of one row in its own synchronous=OFF transaction', value: median(quietBareTimes) },
        0.5,
      ),
      figure(`layout: undo (median of ${RUNS})`, median(undoTimes), bare, WRITE_GOAL_MS),
      figure(`layout: redo (median of ${RUNS})`, median(redoTimes), bare, WRITE_GOAL_MS),
      figure(
        `layout: open a scene with a ${HISTORY.toLocaleString('en')}-entry history (fresh connection, layout + cursor, median of 7)`,
        median(openTimes),
        {
          name: `fresh connection + replay of all ${HISTORY.toLocaleString('en')} entries from the original`,
          value: median(replayTimes),
        },
        OPEN_GOAL_MS,
      ),
      figure(
        `layout: open a scene with a ${HISTORY.toLocaleString('en')}-entry history in a project file (fresh project connection, layout from the objects rows + cursor, median of 7)`,
        median(projectOpenTimes),
        {
          name: `fresh project connection + replay of all ${HISTORY.toLocaleString('en')} entries from the original`,
          value: median(projectReplayTimes),
        },
        OPEN_GOAL_MS,
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
