import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../common/api/dispatch';
import { EventHub } from '../../../common/api/event-hub';
import type { ChangedEvent } from '../../../common/api/events';
import { validateAnnotation } from '../../../common/annotations/annotation';
import type { SceneObject } from '../../../common/domain/scene';
import { AnnotationStore } from '../annotations/annotation-store';
import { openProject } from '../project/project-store';
import { sampleScene } from '../project/sample-scene';
import type { ModelStatus } from '../../../common/api/results';
import type { AskResult } from '../../../common/model/decode';
import type { SpatialModelService } from '../model/spatial-model';
import { createLayoutHandlers } from './layout-handlers';
import { ProjectSession } from './project-session';

const SCENE = 'scene0000_00';
const context = { signal: new AbortController().signal, progress: () => {} } as CallContext;
let dir: string;
let session: ProjectSession;
let changes: ChangedEvent[];
let handlers: ReturnType<typeof createLayoutHandlers>;

/** A room with a floor, a chair and a table standing close beside it (turning the chair hits the table). */
function room(): SceneObject[] {
  const object = (id: number, label: string, center: [number, number, number], size: [number, number, number]) => ({
    id,
    label,
    nyu40: null,
    box: { center, size, yaw: 0 },
    obb: { center, size, yaw: 0 },
    points: 100,
    color: [120, 120, 120] as [number, number, number],
  });
  return [
    object(0, 'floor', [2, 2, -0.05], [4, 4, 0.1]),
    object(1, 'chair', [1, 1, 0.45], [1.2, 0.4, 0.9]),
    object(2, 'table', [1, 1.5, 0.4], [1, 0.5, 0.8]),
  ];
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'layout-handlers-'));
  const path = join(dir, 'p.studio');
  const store = openProject(path, { create: true });
  store.addScenes([{ ...sampleScene(SCENE, 50, 2, 0), objects: room() }]);
  store.close();
  const events = new EventHub();
  changes = [];
  events.subscribe((event) => event.name === 'changed' && changes.push(event.payload));
  session = await ProjectSession.start({ dataDir: dir, projectPath: path, samples: false, events, log: () => {} });
  handlers = createLayoutHandlers(session, events);
});
afterEach(() => {
  session.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('layout requests', () => {
  it('applies, undoes and redoes, telling clients which scene changed', async () => {
    const applied = await handlers['layout.apply'](
      { sceneId: SCENE, edit: { kind: 'move', id: 1, center: [3, 3, 0.45] }, origin: 'gizmo' },
      context,
    );
    expect(applied.entry).toMatchObject({ kind: 'move', origin: 'gizmo', text: null });
    expect(changes).toEqual([
      { topic: 'layout', sceneId: SCENE },
      { topic: 'objects', sceneId: SCENE },
    ]);
    expect(session.store.getObjects(SCENE)[1]!.box.center).toEqual([3, 3, 0.45]);

    changes = [];
    await handlers['layout.redo']({ sceneId: SCENE }, context); // nothing to redo: no event
    expect(changes).toEqual([]);
    await handlers['layout.undo']({ sceneId: SCENE }, context);
    expect(session.store.getObjects(SCENE)[1]!.box.center).toEqual([1, 1, 0.45]);
    const view = await handlers['layout.history']({ sceneId: SCENE }, context);
    expect(view).toMatchObject({ cursor: null, canUndo: false, canRedo: true });
    expect(view.entries[0]).toMatchObject({ kind: 'move', subject: 'chair 1' });
    expect((await handlers['layout.original']({ sceneId: SCENE }, context)).map((o) => o.id)).toEqual([0, 1, 2]);
  });

  it('proposes an edit for an instruction, naming the template grammar and a collision', async () => {
    const turn = await handlers['layout.propose']({ sceneId: SCENE, text: 'Rotate the chair 90 degrees' }, context);
    expect(turn.source).toBe('template-grammar');
    if (!turn.ok) throw new Error(turn.message);
    expect(turn.edit).toMatchObject({ kind: 'place', id: 1 });
    expect(turn.after.yaw).toBeCloseTo(Math.PI / 2, 12);
    expect(turn.before).toEqual(room()[1]!.box);
    expect(turn.issues).toEqual([expect.objectContaining({ kind: 'collision', objectIds: [2] })]);

    const nonsense = await handlers['layout.propose']({ sceneId: SCENE, text: 'Paint the sofa green' }, context);
    expect(nonsense).toMatchObject({ ok: false, source: 'template-grammar' });
    // Proposing changes nothing.
    expect((await handlers['layout.history']({ sceneId: SCENE }, context)).entries).toEqual([]);
  });

  it('asks the spatial model first once it is loaded, and never loads it for a proposal', async () => {
    const box = {
      center: [3, 3, 0.45] as [number, number, number],
      size: [1.2, 0.4, 0.9] as [number, number, number],
      yaw: 0,
    };
    const answer: AskResult = {
      task: 'layout_edit',
      referents: [{ id: 1, role: 'target', score: 0.97 }],
      distance: null,
      metric: null,
      answer: null,
      edit: { object: 1, box },
    };
    let state: ModelStatus['state'] = 'not-loaded';
    let loads = 0;
    const model = {
      status: () => ({ state }) as ModelStatus,
      get: async () => {
        loads++;
        return { ask: async () => answer } as unknown as SpatialModelService;
      },
    };
    const withModel = createLayoutHandlers(session, new EventHub(), model);
    const text = 'Put the chair over by the window';
    expect(await withModel['layout.propose']({ sceneId: SCENE, text }, context)).toMatchObject({
      ok: false,
      source: 'template-grammar',
    });
    expect(loads).toBe(0);

    state = 'ready';
    const proposal = await withModel['layout.propose']({ sceneId: SCENE, text }, context);
    expect(proposal).toMatchObject({
      ok: true,
      source: 'spatial-model',
      rule: 'target 1 0.97',
      after: box,
      issues: [],
    });
    // A reading that is no layout edit leaves the instruction to the grammar.
    answer.task = 'vqa';
    const turn = await withModel['layout.propose']({ sceneId: SCENE, text: 'Rotate the chair 90 degrees' }, context);
    expect(turn).toMatchObject({ ok: true, source: 'template-grammar' });
  });

  it('exports chosen entries as valid MODLE layout_edit records', async () => {
    const moved = await handlers['layout.apply'](
      {
        sceneId: SCENE,
        edit: { kind: 'move', id: 1, center: [3, 3, 0.45] },
        origin: 'instruction',
        text: 'Move the chair to the corner.',
      },
      context,
    );
    const relabel = await handlers['layout.apply'](
      { sceneId: SCENE, edit: { kind: 'relabel', id: 2, label: 'desk' }, origin: 'gizmo' },
      context,
    );
    const samples = await handlers['layout.exportSamples'](
      { sceneId: SCENE, entryIds: [moved.entry!.id, relabel.entry!.id] },
      context,
    );
    expect(samples.skipped).toEqual([
      { entryId: relabel.entry!.id, reason: "a relabel entry changes no object's box" },
    ]);
    expect(samples.records).toHaveLength(1);
    const [record] = samples.records;
    expect(validateAnnotation(record).ok).toBe(true);
    expect(record).toMatchObject({
      scene_id: SCENE,
      task: 'layout_edit',
      text: 'Move the chair to the corner.',
      value: { kind: 'layout', object_id: 1, box_before: room()[1]!.box, box_after: { center: [3, 3, 0.45] } },
      referents: [{ id: 1, role: 'target' }],
      source: { kind: 'human' },
      status: 'accepted',
    });
  });

  it('adds chosen entries to the project annotations once, in one go, and says what it kept', async () => {
    const moved = await handlers['layout.apply'](
      { sceneId: SCENE, edit: { kind: 'move', id: 1, center: [3, 3, 0.45] }, origin: 'gizmo' },
      context,
    );
    const turned = await handlers['layout.apply'](
      { sceneId: SCENE, edit: { kind: 'rotate', id: 2, yaw: 0.5 }, origin: 'instruction', text: 'Turn the table.' },
      context,
    );
    changes.length = 0;
    const ids = [moved.entry!.id, turned.entry!.id];
    expect(await handlers['layout.addSamples']({ sceneId: SCENE, entryIds: ids }, context)).toEqual({
      added: 2,
      existing: 0,
      skipped: [],
    });
    expect(changes).toEqual([{ topic: 'annotations', sceneId: SCENE }]);
    const stored = new AnnotationStore(session.store).all({ scene: SCENE, task: 'layout_edit' });
    expect(stored.map((r) => r.text).sort()).toEqual(['Move the chair to (3.00, 3.00, 0.45).', 'Turn the table.']);
    // The same entries again: nothing doubles, nothing changes.
    expect(await handlers['layout.addSamples']({ sceneId: SCENE, entryIds: ids }, context)).toMatchObject({
      added: 0,
      existing: 2,
    });
    expect(new AnnotationStore(session.store).all({ scene: SCENE, task: 'layout_edit' })).toEqual(stored);
  });

  it('answers with error codes the UI can act on', async () => {
    const code = async (work: () => unknown) => {
      try {
        await work();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return 'no error';
    };
    expect(await code(() => handlers['layout.undo']({ sceneId: 'nope' }, context))).toBe('not_found');
    expect(await code(() => handlers['layout.jumpTo']({ sceneId: SCENE, entryId: 99 }, context))).toBe('not_found');
    expect(
      await code(() =>
        handlers['layout.apply']({ sceneId: SCENE, edit: { kind: 'swap', a: 1, b: 1 }, origin: 'gizmo' }, context),
      ),
    ).toBe('invalid_input');
    expect(
      await code(() =>
        handlers['layout.apply']({ sceneId: SCENE, edit: { kind: 'remove', id: 42 }, origin: 'gizmo' }, context),
      ),
    ).toBe('not_found');
  });
});
