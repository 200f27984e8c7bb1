import { describe, expect, it } from 'vitest';
import type { SceneObject } from '../domain/scene';
import { MAX_OBJECTS, METRICS, MODEL_TASKS, RELATIONS } from './config';
import { decodeOutputs, softmax, type SampleOutputs } from './decode';

const object = (
  id: number,
  label: string,
  center: [number, number, number],
  size: [number, number, number],
): SceneObject => ({
  id,
  label,
  nyu40: null,
  box: { center, size, yaw: 0 },
  obb: { center, size, yaw: 0 },
  points: 10,
  color: [0, 0, 0],
});
const objects = [
  object(0, 'floor', [0, 0, -0.01], [6, 6, 0.02]),
  object(1, 'bed', [1, 1, 0.3], [2, 1.5, 0.6]),
  object(2, 'lamp', [-1, 1, 0.2], [0.3, 0.3, 0.4]),
  object(3, 'chair', [-1, -1, 0.45], [0.5, 0.5, 0.9]),
];
const slots = [2, 1, 0, 3];

function outputs(task: string, target: number, anchor: number, extra: Partial<SampleOutputs> = {}): SampleOutputs {
  const oneHot = (n: number, i: number): Float32Array => Float32Array.from({ length: n }, (_, k) => (k === i ? 8 : 0));
  return {
    task_logits: oneHot(MODEL_TASKS.length, MODEL_TASKS.indexOf(task as never)),
    target_logits: oneHot(MAX_OBJECTS, target),
    anchor_logits: oneHot(MAX_OBJECTS, anchor),
    relation_logits: oneHot(RELATIONS.length, 0),
    metric_logits: oneHot(METRICS.length, 0),
    distance: Float32Array.of(1),
    layout_offset: Float32Array.of(0, 0, 0),
    answer_logits: oneHot(3, 1),
    ...extra,
  };
}

describe('decodeOutputs', () => {
  it('measures a distance on the boxes the pointers pick (center metric), two decimals', () => {
    const r = decodeOutputs(outputs('distance', 0, 1), { slots, objects, answers: [] });
    expect(r.task).toBe('distance');
    expect(r.referents.map((x) => [x.id, x.role])).toEqual([
      [2, 'target'],
      [1, 'anchor'],
    ]);
    expect(r.distance).toBe(2);
    expect(r.answer).toBe('2.00 m');
    expect(r.edit).toBeNull();
  });

  it('answers VQA from the answer classes and ignores padded slots', () => {
    const r = decodeOutputs(outputs('vqa', 40, 40), { slots, objects, answers: ['yes', 'no', '2'] });
    expect(r.answer).toBe('no');
    expect(r.referents[0]!.id).toBe(slots[0]);
  });

  it('turns a layout offset from the anchor into a collision-free box from the placement solver', () => {
    const r = decodeOutputs(outputs('layout_edit', 3, 1, { layout_offset: Float32Array.of(0, -1.2, 0) }), {
      slots,
      objects,
      answers: [],
    });
    expect(r.edit?.object).toBe(3);
    const box = r.edit!.box;
    expect(Math.hypot(box.center[0] - 1, box.center[1] - -0.2)).toBeLessThanOrEqual(0.6);
    expect(box.center[2]).toBeCloseTo(0.45, 2);
  });

  it('falls back to the most probable reading the scene can carry out, and names its referents', () => {
    // The floor scores best as the object to move, the chair next: nothing can move the floor.
    const target = Float32Array.from({ length: MAX_OBJECTS }, (_, k) => (k === 2 ? 8 : k === 3 ? 6 : 0));
    const r = decodeOutputs(outputs('layout_edit', 2, 1, { target_logits: target }), { slots, objects, answers: [] });
    expect(r.edit?.object).toBe(3);
    expect(r.referents.map((x) => [x.id, x.role])).toEqual([
      [3, 'target'],
      [1, 'anchor'],
    ]);
    // An object the model gives next to nothing is no fallback: no edit rather than the wrong mover.
    const sure = Float32Array.from({ length: MAX_OBJECTS }, (_, k) => (k === 2 ? 12 : 0));
    const none = decodeOutputs(outputs('layout_edit', 2, 1, { target_logits: sure }), { slots, objects, answers: [] });
    expect(none.edit).toBeNull();
    expect(none.referents[0]!.id).toBe(0);
    // A distance keeps the plain reading: it needs no edit.
    const d = decodeOutputs(outputs('distance', 2, 1, { target_logits: target }), { slots, objects, answers: [] });
    expect(d.referents[0]!.id).toBe(0);
  });

  it('falls back to the next intent the relation head allows when the best one cannot be carried out', () => {
    // "Put the chair on the lamp": no lamp carries a chair; "next to" is the runner-up intent.
    const relation = (nextTo: number): Float32Array =>
      Float32Array.from(RELATIONS, (r) => (r === 'on' ? 4 : r === 'next to' ? nextTo : 0));
    const ctx = { slots, objects, answers: [] };
    const r = decodeOutputs(outputs('layout_edit', 3, 0, { relation_logits: relation(3) }), ctx);
    expect(r.edit?.object).toBe(3);
    const [lamp, chair] = [objects[2]!.box, r.edit!.box];
    expect(chair.center[2]).toBeCloseTo(0.45, 2); // on the floor, not on the lamp
    expect(Math.hypot(chair.center[0] - lamp.center[0], chair.center[1] - lamp.center[1])).toBeLessThan(1);
    // An intent the head all but rules out (here under 5%) is no fallback.
    expect(decodeOutputs(outputs('layout_edit', 3, 0, { relation_logits: relation(-2) }), ctx).edit).toBeNull();
  });

  it('softmax sums to one', () => {
    expect(softmax([1, 2, 3]).reduce((a, b) => a + b)).toBeCloseTo(1, 10);
  });
});
