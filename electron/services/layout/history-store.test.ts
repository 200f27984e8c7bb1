import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyDiff } from '../../../common/layout/diff';
import { editToDiff } from '../../../common/layout/edits';
import { LayoutError } from '../../../common/layout/errors';
import type { EditOrigin } from '../../../common/layout/history';
import { sameLayout, type Layout } from '../../../common/layout/layout';
import { editIntentArb, layoutArb, resolveIntent, type EditIntent } from '../../../common/layout/testing/arbitraries';
import { LayoutHistoryStore } from './history-store';
import { layoutHistoryMigration } from './schema';

const dir = mkdtempSync(join(tmpdir(), 'layout-history-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const SCENE = 'scene0000_00';

/** A project file with the layout tables, and a way to close and reopen it as after a restart. */
class ProjectFile {
  readonly path = join(dir, `project-${files++}.sqlite`);
  private db = new Database(this.path);
  private clock = 1_000_000;
  store: LayoutHistoryStore;

  constructor() {
    this.db.pragma('journal_mode = WAL');
    layoutHistoryMigration(this.db);
    this.store = this.open();
  }

  reopen(): void {
    this.db.close();
    this.db = new Database(this.path);
    this.store = this.open();
  }

  /** Connection settings as the project store makes them. */
  private configure(): void {
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('synchronous = NORMAL');
  }

  close(): void {
    this.db.close();
  }

  /** Every operation two seconds after the last, so nudges never merge unless a test wants it. */
  private open(): LayoutHistoryStore {
    this.configure();
    return new LayoutHistoryStore(this.db, { now: () => (this.clock += 2000) });
  }
}

type Op =
  | { op: 'edit'; intent: EditIntent; origin: EditOrigin }
  | { op: 'undo' }
  | { op: 'redo' }
  | { op: 'revert' }
  | { op: 'reopen' }
  | { op: 'jump'; pick: number };

const origin = fc.constantFrom<EditOrigin>('gizmo', 'nudge', 'instruction', 'model', 'import');
const linearOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('edit' as const), intent: editIntentArb, origin }) },
  { weight: 3, arbitrary: fc.constant({ op: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ op: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'revert' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'reopen' as const }) },
);
const anyOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: linearOp },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('jump' as const), pick: fc.nat(1000) }) },
);

function expectCacheEqualsReplay(store: LayoutHistoryStore): void {
  expect(store.currentLayout(SCENE)).toEqual(store.replayLayout(SCENE));
}

describe('LayoutHistoryStore, against a plain list of layouts', () => {
  it('follows every edit, undo, redo, revert and restart of a random session; undo n then redo n restores it exactly', () => {
    fc.assert(
      fc.property(layoutArb, fc.array(linearOp, { maxLength: 30 }), fc.nat(40), (original, ops, undoCount) => {
        const file = new ProjectFile();
        try {
          file.store.begin(SCENE, original.values());
          // The oracle: the layouts along the line and where we are on it.
          let line: Layout[] = [original];
          let at = 0;
          for (const step of ops) {
            const current = line[at]!;
            if (step.op === 'edit') {
              const edit = resolveIntent(step.intent, current);
              const expected = applyDiff(current, editToDiff(current, edit));
              const result = file.store.apply(SCENE, edit, { origin: step.origin });
              if (sameLayout(expected, current)) {
                expect(result.entry).toBeNull();
              } else {
                line = [...line.slice(0, at + 1), expected];
                at += 1;
                expect(result.entry?.kind).toBe(edit.kind);
              }
            } else if (step.op === 'undo') {
              expect(file.store.undo(SCENE).changed).toBe(at > 0);
              at = Math.max(0, at - 1);
            } else if (step.op === 'redo') {
              expect(file.store.redo(SCENE).changed).toBe(at < line.length - 1);
              at = Math.min(line.length - 1, at + 1);
            } else if (step.op === 'revert') {
              const result = file.store.revertToOriginal(SCENE);
              if (!sameLayout(current, original)) {
                line = [...line.slice(0, at + 1), original];
                at += 1;
                expect(result.entry?.kind).toBe('revert');
              }
            } else {
              const before = file.store.history(SCENE);
              file.reopen();
              expect(file.store.history(SCENE)).toEqual(before);
            }
            expect(file.store.currentLayout(SCENE)).toEqual(line[at]);
            expect(file.store.history(SCENE).entries).toHaveLength(line.length - 1);
            expectCacheEqualsReplay(file.store);
          }

          const n = Math.min(undoCount, at);
          const before = file.store.history(SCENE);
          for (let i = 0; i < n; i++) file.store.undo(SCENE);
          expect(file.store.currentLayout(SCENE)).toEqual(line[at - n]);
          for (let i = 0; i < n; i++) file.store.redo(SCENE);
          expect(file.store.currentLayout(SCENE)).toEqual(line[at]);
          expect(file.store.history(SCENE)).toEqual(before);
        } finally {
          file.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('LayoutHistoryStore, with jumps across branches', () => {
  it('loses nothing: every entry ever made can be jumped back to and gives the layout it made', () => {
    fc.assert(
      fc.property(layoutArb, fc.array(anyOp, { maxLength: 30 }), (original, ops) => {
        const file = new ProjectFile();
        try {
          file.store.begin(SCENE, original.values());
          const made = new Map<number, Layout>();
          for (const step of ops) {
            const store = file.store;
            if (step.op === 'edit' || step.op === 'revert') {
              const result =
                step.op === 'edit'
                  ? store.apply(SCENE, resolveIntent(step.intent, store.currentLayout(SCENE)), { origin: step.origin })
                  : store.revertToOriginal(SCENE);
              if (result.entry) made.set(result.entry.id, store.currentLayout(SCENE));
            } else if (step.op === 'undo') store.undo(SCENE);
            else if (step.op === 'redo') store.redo(SCENE);
            else if (step.op === 'reopen') file.reopen();
            else {
              const ids = [null, ...made.keys()];
              const target = ids[step.pick % ids.length]!;
              store.jumpTo(SCENE, target);
              expect(store.currentLayout(SCENE)).toEqual(target === null ? original : made.get(target));
              expect(store.history(SCENE).cursor).toBe(target);
            }
            expectCacheEqualsReplay(file.store);
          }
          file.reopen();
          const branches = file.store.branches(SCENE);
          const line = file.store.history(SCENE).entries.map((entry) => entry.id);
          for (const branch of branches) expect(line).not.toContain(branch.tip);
          for (const [id, layout] of made) {
            file.store.jumpTo(SCENE, id);
            expect(file.store.currentLayout(SCENE)).toEqual(layout);
          }
          expectCacheEqualsReplay(file.store);
        } finally {
          file.close();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('LayoutHistoryStore', () => {
  const original: Layout = new Map([
    [1, { id: 1, label: 'chair', box: { center: [0, 0, 0.4], size: [0.5, 0.5, 0.8], yaw: 0 } }],
    [2, { id: 2, label: 'desk', box: { center: [2, 0, 0.375], size: [1.2, 0.6, 0.75], yaw: 0 } }],
  ]);

  it('stores the original once: a second begin changes nothing', () => {
    const file = new ProjectFile();
    expect(file.store.begin(SCENE, original.values())).toBe(true);
    file.store.apply(SCENE, { kind: 'remove', id: 1 }, { origin: 'gizmo' });
    expect(file.store.begin(SCENE, [])).toBe(false);
    expect(file.store.originalLayout(SCENE)).toEqual(original);
    expect(file.store.currentLayout(SCENE).has(1)).toBe(false);
    file.close();
  });

  it('records origin, instruction text and time, and reports the diff for the UI', () => {
    const file = new ProjectFile();
    file.store.begin(SCENE, original.values());
    const text = 'move the chair next to the desk';
    const result = file.store.apply(
      SCENE,
      { kind: 'move', id: 1, center: [1.2, 0, 0.4] },
      { origin: 'instruction', text },
    );
    expect(result.entry).toMatchObject({ kind: 'move', origin: 'instruction', text });
    expect(result.diff.updated.map(([from, to]) => [from.box.center, to.box.center])).toEqual([
      [
        [0, 0, 0.4],
        [1.2, 0, 0.4],
      ],
    ]);
    file.reopen();
    const entry = file.store.entry(SCENE, result.entry!.id);
    expect(entry.inverse).toEqual({
      added: [],
      updated: [[result.diff.updated[0]![1], result.diff.updated[0]![0]]],
      removed: [],
    });
    expect(file.store.history(SCENE)).toMatchObject({ cursor: entry.id, canUndo: true, canRedo: false });
    file.close();
  });

  it('keeps checkpoints across restarts and jumps back to them', () => {
    const file = new ProjectFile();
    file.store.begin(SCENE, original.values());
    file.store.apply(SCENE, { kind: 'swap', a: 1, b: 2 }, { origin: 'gizmo' });
    file.store.checkpoint(SCENE, 'swapped');
    const swapped = file.store.currentLayout(SCENE);
    file.store.apply(SCENE, { kind: 'remove', id: 2 }, { origin: 'gizmo' });
    file.reopen();
    expect(file.store.checkpoints(SCENE).map((mark) => mark.name)).toEqual(['swapped']);
    file.store.jumpToCheckpoint(SCENE, 'swapped');
    expect(file.store.currentLayout(SCENE)).toEqual(swapped);
    expect(() => file.store.jumpToCheckpoint(SCENE, 'nope')).toThrow(LayoutError);
    file.close();
  });

  it('merges a nudge burst into one durable entry', () => {
    const file = new ProjectFile();
    const db = new Database(file.path);
    let time = 5_000_000;
    const store = new LayoutHistoryStore(db, { now: () => (time += 100) });
    store.begin(SCENE, original.values());
    for (let i = 1; i <= 4; i++) {
      const result = store.apply(SCENE, { kind: 'move', id: 2, center: [2 + i / 10, 0, 0.375] }, { origin: 'nudge' });
      expect(result.merged).toBe(i > 1);
    }
    db.close();
    file.reopen();
    const history = file.store.history(SCENE);
    expect(history.entries).toHaveLength(1);
    file.store.undo(SCENE);
    expect(file.store.currentLayout(SCENE)).toEqual(original);
    file.close();
  });

  it('refuses work on a scene without history, and unknown entries, with a LayoutError', () => {
    const file = new ProjectFile();
    expect(() => file.store.apply('nowhere', { kind: 'remove', id: 1 }, { origin: 'gizmo' })).toThrow(
      /no layout history/,
    );
    file.store.begin(SCENE, original.values());
    expect(() => file.store.jumpTo(SCENE, 999)).toThrow(LayoutError);
    expect(() => file.store.apply(SCENE, { kind: 'move', id: 7, center: [0, 0, 0] }, { origin: 'gizmo' })).toThrow(
      LayoutError,
    );
    expect(file.store.history(SCENE).entries).toHaveLength(0);
    file.close();
  });

  it('writes history with synchronous=FULL, reports each change inside its transaction, and restores the level', () => {
    const file = new ProjectFile();
    const db = new Database(file.path);
    db.pragma('synchronous = NORMAL');
    const seen: { sceneId: string; level: unknown; inTransaction: boolean; updated: number }[] = [];
    const store = new LayoutHistoryStore(db, {
      onLayoutChange: (sceneId, diff) =>
        seen.push({
          sceneId,
          level: db.pragma('synchronous', { simple: true }),
          inTransaction: db.inTransaction,
          updated: diff.updated.length,
        }),
    });
    store.begin(SCENE, original.values());
    store.apply(SCENE, { kind: 'swap', a: 1, b: 2 }, { origin: 'gizmo' });
    store.undo(SCENE);
    store.undo(SCENE);
    expect(seen).toEqual([
      { sceneId: SCENE, level: 2, inTransaction: true, updated: 2 },
      { sceneId: SCENE, level: 2, inTransaction: true, updated: 2 },
    ]);
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    db.close();
    file.close();
  });

  it('keeps scenes apart and forgets a dropped one', () => {
    const file = new ProjectFile();
    file.store.begin('a', original.values());
    file.store.begin('b', original.values());
    file.store.apply('a', { kind: 'remove', id: 2 }, { origin: 'gizmo' });
    expect(file.store.currentLayout('b')).toEqual(original);
    expect(file.store.currentLayout('a').has(2)).toBe(false);
    file.store.drop('a');
    expect(file.store.hasHistory('a')).toBe(false);
    expect(file.store.currentLayout('b')).toEqual(original);
    file.close();
  });
});
