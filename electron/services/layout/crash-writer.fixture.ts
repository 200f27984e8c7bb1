/**
 * Child process for the crash test (history-store.crash.test.ts): streams edits, undos and redos
 * into a project file and prints each one after it returned, i.e. after its transaction committed.
 * The test kills this process with SIGKILL mid-stream and checks that everything printed survived.
 * Usage: node --import tsx crash-writer.fixture.ts FILE JOURNAL_MODE SEED
 */
import Database from 'better-sqlite3';
import type { LayoutEdit } from '../../../common/layout/edits';
import { layoutObjects } from '../../../common/layout/layout';
import { LayoutHistoryStore } from './history-store';
import { layoutHistoryMigration } from './schema';

const [file, journalMode, seedText] = process.argv.slice(2);
if (file === undefined || journalMode === undefined) throw new Error('usage: FILE JOURNAL_MODE SEED');

let seed = Number(seedText ?? 1) >>> 0 || 1;
function random(): number {
  // xorshift32: deterministic per seed, no dependency.
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

const db = new Database(file);
db.pragma(`journal_mode = ${journalMode}`);
db.pragma('foreign_keys = ON');
db.pragma('synchronous = NORMAL');
layoutHistoryMigration(db);
const store = new LayoutHistoryStore(db);
const scene = 'scene0001_00';
store.begin(
  scene,
  Array.from({ length: 20 }, (_, id) => ({
    id,
    label: `object ${id}`,
    box: { center: [id, 0, 0.5], size: [0.5, 0.5, 1], yaw: 0 },
  })),
);

function randomEdit(): LayoutEdit {
  const objects = layoutObjects(store.currentLayout(scene));
  const target = objects[Math.floor(random() * objects.length)]!;
  const roll = random();
  if (roll < 0.6) return { kind: 'move', id: target.id, center: [random() * 10, random() * 10, 0.5] };
  if (roll < 0.8) return { kind: 'rotate', id: target.id, yaw: random() * Math.PI };
  if (roll < 0.9 || objects.length < 5) {
    return { kind: 'add', object: { id: objects.at(-1)!.id + 1, label: 'new', box: target.box } };
  }
  return { kind: 'remove', id: target.id };
}

for (let step = 0; step < 1_000_000; step++) {
  const roll = random();
  if (roll < 0.8) {
    const { entry } = store.apply(scene, randomEdit(), { origin: 'gizmo' });
    if (entry) process.stdout.write(`entry ${entry.id}\n`);
  } else if (roll < 0.93) {
    process.stdout.write(`cursor ${String(store.undo(scene).cursor)}\n`);
  } else {
    process.stdout.write(`cursor ${String(store.redo(scene).cursor)}\n`);
  }
}
