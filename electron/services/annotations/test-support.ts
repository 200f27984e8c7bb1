/**
 * Small projects for the annotation tests and benchmark: scenes with named objects and a handful
 * of points (annotations care about object ids, labels and bounds, not point clouds), and
 * complete records of every task.
 */
import type { Annotation, AnnotationStatus, Task } from '../../../common/annotations/annotation';
import type { ImportedScene, SceneObject } from '../../../common/domain/scene';
import { boxAabb } from '../../../common/geometry/box';
import { generateScene } from '../../../common/synth/generate';

/** A 6 × 5 × 3 m scene with the given objects (id → label) and eight corner points. */
export function labelledScene(id: string, labels: Record<number, string>): ImportedScene {
  const objects: SceneObject[] = Object.entries(labels).map(([objectId, label], k) => {
    const box = {
      center: [0.5 + (k % 5), 0.5 + (Math.floor(k / 5) % 4), 0.45] as [number, number, number],
      size: [0.5, 0.5, 0.9] as [number, number, number],
      yaw: 0,
    };
    return { id: Number(objectId), label, nyu40: null, box, obb: box, points: 10, color: [128, 128, 128] };
  });
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((c) => [c & 1 ? 6 : 0, c & 2 ? 5 : 0, c & 4 ? 3 : 0]);
  return {
    id,
    source: `test:${id}`,
    positions: new Float32Array(corners),
    colors: new Uint8Array(24),
    instances: new Uint16Array(8),
    objects,
    notices: [],
  };
}

/**
 * A synthetic room's furniture as stored objects (axis-aligned `box`, oriented `obb`), with only
 * the room's eight corners as points: cheap enough for a 1,500-scene benchmark project.
 */
export function synthObjectsScene(seed: number, id?: string): ImportedScene {
  const scene = generateScene(seed, { pointsPerSquareMetre: 1, ...(id ? { id } : {}) });
  const objects: SceneObject[] = scene.objects.map((o) => {
    const { min, max } = boxAabb(o.box);
    const box = {
      center: [(min[0] + max[0]) / 2, (min[1] + max[1]) / 2, (min[2] + max[2]) / 2] as [number, number, number],
      size: [max[0] - min[0], max[1] - min[1], max[2] - min[2]] as [number, number, number],
      yaw: 0,
    };
    return { id: o.id, label: o.label, nyu40: null, box, obb: o.box, points: o.points, color: [128, 128, 128] };
  });
  const lo = [0, 1, 2].map((axis) => Math.min(...objects.map((o) => o.box.center[axis]! - o.box.size[axis]! / 2)));
  const hi = [0, 1, 2].map((axis) => Math.max(...objects.map((o) => o.box.center[axis]! + o.box.size[axis]! / 2)));
  const corners = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((c) => [
    c & 1 ? hi[0]! : lo[0]!,
    c & 2 ? hi[1]! : lo[1]!,
    c & 4 ? hi[2]! : lo[2]!,
  ]);
  return {
    id: scene.id,
    source: `synth:${seed}`,
    positions: new Float32Array(corners),
    colors: new Uint8Array(24),
    instances: new Uint16Array(8),
    objects,
    notices: [],
  };
}

const TIME = '2025-05-01T09:30:00.000Z';

/** A complete record of `task` in `sceneId` about objects 1 (target) and 2 (anchor). */
export function sampleRecord(
  id: string,
  sceneId: string,
  task: Task,
  status: AnnotationStatus = 'generated',
): Annotation {
  const base = {
    id,
    scene_id: sceneId,
    answer: '',
    referents: [{ id: 1, role: 'target' as const }],
    source: { kind: 'template' as const, template_id: `${task}.basic`, template_version: 1 },
    status,
    flagged: false,
    annotator: null,
    created_at: TIME,
    updated_at: TIME,
    revision: 1,
  };
  const box = {
    center: [1, 1, 0.45] as [number, number, number],
    size: [0.5, 0.5, 0.9] as [number, number, number],
    yaw: 0,
  };
  switch (task) {
    case 'vqa':
      return {
        ...base,
        task,
        text: `What colour is the chair ${id}?`,
        answer: 'brown',
        value: { kind: 'answers', answers: ['brown'] },
      };
    case 'grounding':
      return { ...base, task, text: `The chair next to the table ${id}.`, value: { kind: 'object', object_id: 1 } };
    case 'caption':
      return { ...base, task, text: `A brown wooden chair ${id}.`, value: { kind: 'caption', object_id: 1 } };
    case 'distance':
      return {
        ...base,
        task,
        text: `How far is the chair from the table ${id}?`,
        answer: '1.20',
        value: { kind: 'distance', metric: 'center', metres: 1.2 },
        referents: [
          { id: 1, role: 'target' },
          { id: 2, role: 'anchor' },
        ],
      };
    case 'layout_edit':
      return {
        ...base,
        task,
        text: `Move the chair next to the table ${id}.`,
        value: { kind: 'layout', object_id: 1, box_before: box, box_after: { ...box, center: [2, 1, 0.45] } },
      };
  }
}
