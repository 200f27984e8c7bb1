import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { layoutFromObjects, layoutObjects } from '../../../common/layout/layout';
import { editIntentArb, resolveIntent, type EditIntent } from '../../../common/layout/testing/arbitraries';
import { openProject, type ProjectStore } from '../project/project-store';
import { sampleScene } from '../project/sample-scene';
import { ProjectLayout } from './project-layout';

let dir: string;
let store: ProjectStore;
let path: string;
const SCENE = 'scene0000_00';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'project-layout-'));
  path = join(dir, 'p.studio');
  store = openProject(path, { create: true });
  store.addScenes([sampleScene(SCENE, 200, 3, 4), sampleScene('scene0001_00', 50, 4, 2)]);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The objects rows as a layout (what `scene.objects` and the CLI `objects` command print). */
const rowsLayout = (sceneId = SCENE) => layoutObjects(layoutFromObjects(store.getObjects(sceneId)));

describe('layout editing of a project', () => {
  it('begins a scene history lazily and keeps the objects rows equal to the current layout', () => {
    const layout = new ProjectLayout(store);
    const before = store.getObjects(SCENE);
    expect(layout.view(SCENE).entries).toEqual([]);
    expect(layout.history.hasHistory(SCENE)).toBe(false);

    const moved = layout.apply(SCENE, { kind: 'move', id: 1, center: [1, 2, 0.45] }, { origin: 'gizmo' });
    expect(moved.entry).toMatchObject({ kind: 'move', origin: 'gizmo' });
    expect(store.getObjects(SCENE).find((o) => o.id === 1)!.box.center).toEqual([1, 2, 0.45]);
    // Only the box changed: the imported obb, colour and point count are kept.
    const { box: _box, ...rest } = store.getObjects(SCENE).find((o) => o.id === 1)!;
    const { box: _old, ...restBefore } = before.find((o) => o.id === 1)!;
    expect(rest).toEqual(restBefore);

    layout.apply(SCENE, { kind: 'rotate', id: 2, yaw: 0.5 }, { origin: 'instruction', text: 'turn the chair' });
    expect(rowsLayout()).toEqual(layoutObjects(layout.history.replayLayout(SCENE)));
    layout.undo(SCENE);
    layout.undo(SCENE);
    expect(store.getObjects(SCENE)).toEqual(before);
    layout.redo(SCENE);
    expect(rowsLayout()).toEqual(layoutObjects(layout.history.replayLayout(SCENE)));
    expect(layout.original(SCENE)).toEqual(layoutObjects(layoutFromObjects(before)));
  });

  it('removes and re-adds whole rows, and keeps the scene object count', () => {
    const layout = new ProjectLayout(store);
    const before = store.getObjects(SCENE);
    layout.apply(SCENE, { kind: 'remove', id: 3 }, { origin: 'gizmo' });
    expect(store.getObjects(SCENE).map((o) => o.id)).toEqual([0, 1, 2]);
    expect(store.listScenes().find((s) => s.id === SCENE)!.objects).toBe(3);
    layout.undo(SCENE);
    expect(store.getObjects(SCENE)).toEqual(before);
    expect(store.listScenes().find((s) => s.id === SCENE)!.objects).toBe(4);

    const box = {
      center: [1, 1, 0.5] as [number, number, number],
      size: [1, 1, 1] as [number, number, number],
      yaw: 0,
    };
    layout.apply(SCENE, { kind: 'add', object: { id: 40, label: 'lamp', box } }, { origin: 'model' });
    const added = store.getObjects(SCENE).find((o) => o.id === 40)!;
    expect(added).toMatchObject({ label: 'lamp', box, points: 0, nyu40: null });
    layout.revertToOriginal(SCENE);
    expect(store.getObjects(SCENE)).toEqual(before);
  });

  it('rolls the history back when the rows cannot follow, and survives a reopen', () => {
    const layout = new ProjectLayout(store);
    layout.apply(SCENE, { kind: 'move', id: 0, center: [2, 2, 0.5] }, { origin: 'gizmo' });
    // A foreign write removes a row behind the history's back: the next edit of it must fail whole.
    store.db.prepare('DELETE FROM objects WHERE scene_id = ? AND id = 2').run(SCENE);
    expect(() => layout.apply(SCENE, { kind: 'move', id: 2, center: [3, 3, 0.5] }, { origin: 'gizmo' })).toThrow(
      /object 2/,
    );
    expect(layout.view(SCENE).entries).toHaveLength(1);

    store.close();
    store = openProject(path);
    const again = new ProjectLayout(store);
    expect(again.view(SCENE)).toMatchObject({ cursor: 1, canUndo: true, canRedo: false });
    expect(again.undo(SCENE).changed).toBe(true);
  });

  it('drops a scene history when the scene is removed or replaced', () => {
    const layout = new ProjectLayout(store);
    layout.apply(SCENE, { kind: 'remove', id: 0 }, { origin: 'gizmo' });
    layout.apply('scene0001_00', { kind: 'move', id: 0, center: [0, 0, 0] }, { origin: 'gizmo' });
    store.addScenes([sampleScene(SCENE, 200, 9, 4)], { replace: true });
    expect(layout.history.hasHistory(SCENE)).toBe(false);
    expect(store.db.prepare('SELECT count(*) FROM layout_removed').pluck().get()).toBe(0);
    expect(layout.view(SCENE).entries).toEqual([]);
    store.removeScene('scene0001_00');
    expect(layout.history.hasHistory('scene0001_00')).toBe(false);
    expect(store.db.prepare('SELECT count(*) FROM layout_entries').pluck().get()).toBe(0);
  });

  it('keeps no cached layout of its own: the objects rows always equal a replay of the history', () => {
    type Op =
      | { op: 'edit'; intent: EditIntent }
      | { op: 'undo' }
      | { op: 'redo' }
      | { op: 'revert' }
      | { op: 'jump'; pick: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 5, arbitrary: fc.record({ op: fc.constant('edit' as const), intent: editIntentArb }) },
      { weight: 2, arbitrary: fc.constant({ op: 'undo' as const }) },
      { weight: 2, arbitrary: fc.constant({ op: 'redo' as const }) },
      { weight: 1, arbitrary: fc.constant({ op: 'revert' as const }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('jump' as const), pick: fc.nat(1000) }) },
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 20 }), (ops) => {
        store.addScenes([sampleScene(SCENE, 200, 3, 4)], { replace: true });
        const original = rowsLayout();
        const layout = new ProjectLayout(store);
        for (const step of ops) {
          if (step.op === 'edit') {
            const edit = resolveIntent(step.intent, layout.current(SCENE));
            layout.apply(SCENE, edit, { origin: 'gizmo' });
          } else if (step.op === 'undo') layout.undo(SCENE);
          else if (step.op === 'redo') layout.redo(SCENE);
          else if (step.op === 'revert') layout.revertToOriginal(SCENE);
          else {
            const ids = layout.view(SCENE).entries.map((e) => e.id);
            layout.jumpTo(SCENE, ids.length === 0 ? null : ids[step.pick % ids.length]!);
          }
          if (layout.history.hasHistory(SCENE)) {
            expect(rowsLayout()).toEqual(layoutObjects(layout.history.replayLayout(SCENE)));
          }
        }
        expect(store.db.prepare('SELECT count(*) FROM layout_cache').pluck().get()).toBe(0);
        layout.jumpTo(SCENE, null);
        expect(rowsLayout()).toEqual(original);
      }),
      { numRuns: 25 },
    );
  });

  it('answers not_found for a scene the project does not hold', () => {
    const layout = new ProjectLayout(store);
    expect(() => layout.view('nope')).toThrow(/scene not found: nope/);
    expect(() => layout.apply('nope', { kind: 'remove', id: 0 }, { origin: 'gizmo' })).toThrow(/scene not found: nope/);
  });
});
