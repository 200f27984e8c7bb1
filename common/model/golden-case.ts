/**
 * The fixed input behind native-models/golden/: a small hand-built room (floor, table, two
 * chairs, a lamp on the table; a few hundred points each) and texts about it, with the vocabulary
 * and label set they are encoded with. Written by electron/services/model/golden.ts, checked by
 * common/model/golden.test.ts (TypeScript) and native-models/test_golden.py (Python).
 */
import type { Box } from '../domain/box';
import type { PointCloud } from '../domain/scene';
import { createRng } from '../synth/random';
import type { ModelObject, ScannedScene } from './features';
import { Vocabulary } from './tokenizer';

export const GOLDEN_TEXTS = [
  'How far is the lamp from the red chair closest to the table?',
  'Move the Chairs into the room next to the table, 1.5 m away!',
  'Is there an armchair in the room?',
] as const;

export const GOLDEN_VOCABULARY = new Vocabulary([
  '<pad>',
  '<unk>',
  'the',
  'how',
  'far',
  'is',
  'lamp',
  'from',
  'chair',
  'red',
  'closest',
  'to',
  'table',
  'move',
  'next',
  'in',
  'room',
]);

export const GOLDEN_LABELS = new Vocabulary(['<pad>', '<unk>', 'floor', 'table', 'chair', 'lamp']);

const OBJECTS: ModelObject[] = [
  { id: 0, label: 'floor', box: { center: [0, 0, -0.01], size: [4, 3, 0.02], yaw: 0 }, color: [120, 120, 120] },
  { id: 3, label: 'table', box: { center: [0.5, 0.2, 0.375], size: [1.2, 0.8, 0.75], yaw: 0 }, color: [110, 70, 40] },
  {
    id: 5,
    label: 'chair',
    box: { center: [-0.4, 0.2, 0.45], size: [0.5, 0.5, 0.9], yaw: Math.PI / 2 },
    color: [200, 40, 30],
  },
  { id: 7, label: 'chair', box: { center: [1.6, -0.9, 0.45], size: [0.5, 0.5, 0.9], yaw: 0.3 }, color: [40, 60, 190] },
  { id: 9, label: 'lamp', box: { center: [0.7, 0.3, 0.95], size: [0.3, 0.3, 0.4], yaw: 0 }, color: [235, 235, 230] },
  // An object moved by hand to a spot without points: its box alone describes it.
  { id: 11, label: 'plant', box: { center: [-1.5, 1.2, 0.4], size: [0.4, 0.4, 0.8], yaw: 0 }, color: [50, 160, 60] },
];

const POINTS_PER_OBJECT_IN_CASE = [700, 300, 90, 40, 30, 0];

export function goldenScene(): ScannedScene {
  const rng = createRng(20240611);
  const counts = POINTS_PER_OBJECT_IN_CASE;
  const total = counts.reduce((a, b) => a + b, 0) + 50; // + 50 unannotated points
  const cloud: PointCloud = {
    positions: new Float32Array(total * 3),
    colors: new Uint8Array(total * 3),
    instances: new Uint16Array(total),
  };
  let p = 0;
  const put = (box: Box, instance: number): void => {
    for (let a = 0; a < 3; a++) cloud.positions[p * 3 + a] = box.center[a]! + rng.float(-0.5, 0.5) * box.size[a]!;
    for (let c = 0; c < 3; c++) cloud.colors[p * 3 + c] = rng.int(0, 255);
    cloud.instances[p] = instance;
    p++;
  };
  OBJECTS.forEach((object, o) => {
    for (let i = 0; i < counts[o]!; i++) put(object.box, object.id + 1);
  });
  for (let i = 0; i < 50; i++) put({ center: [0, 0, 1.5], size: [4, 3, 3], yaw: 0 }, 0);
  return { objects: OBJECTS, cloud };
}
