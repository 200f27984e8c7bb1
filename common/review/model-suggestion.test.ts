import { describe, expect, it } from 'vitest';
import { annotationPatchSchema } from '../annotations/query';
import type { Annotation } from '../annotations/annotation';
import { annotationRecord } from '../annotations/testing/record';
import type { Box } from '../domain/box';
import type { AskResult } from '../model/decode';
import { modelSuggestion } from './model-suggestion';

const box = (x: number): Box => ({ center: [x, 0, 0.5], size: [1, 1, 1], yaw: 0 });
const objects = [
  { id: 3, box: box(0) },
  { id: 7, box: box(2) },
];
const record = (task: Annotation['task'], value: Annotation['value']): Annotation =>
  annotationRecord({ task, text: 'text', answer: 'old', value });
const asked = (result: Partial<AskResult>): AskResult => ({
  task: 'distance',
  referents: [
    { id: 3, role: 'target', score: 0.91 },
    { id: 7, role: 'anchor', score: 0.8 },
  ],
  distance: null,
  metric: null,
  answer: null,
  edit: null,
  ...result,
});

describe('model suggestions for review', () => {
  it('a distance takes the grounded pair, the measured metres and the metric', () => {
    const s = modelSuggestion(
      record('distance', { kind: 'distance', metric: 'center', metres: 9 }),
      asked({ distance: 1.5, metric: 'gap', answer: '1.50 m' }),
      objects,
    )!;
    expect(s.patch).toEqual({
      referents: [
        { id: 3, role: 'target' },
        { id: 7, role: 'anchor' },
      ],
      answer: '1.50 m',
      value: { kind: 'distance', metric: 'gap', metres: 1.5 },
    });
    expect(s.summary).toBe('spatial model: target #3 (0.91), anchor #7 (0.80); answer 1.50 m');
    expect(annotationPatchSchema.safeParse(s.patch).success).toBe(true);
  });

  it('a layout edit keeps where the moved object stood and where the model puts it', () => {
    const after = box(4);
    const s = modelSuggestion(
      record('layout_edit', { kind: 'layout', object_id: 9, box_before: box(9), box_after: box(9) }),
      asked({ task: 'layout_edit', edit: { object: 3, box: after } }),
      objects,
    )!;
    expect(s.patch.value).toEqual({ kind: 'layout', object_id: 3, box_before: box(0), box_after: after });
  });

  it('grounding and questions fill their own fields', () => {
    const g = modelSuggestion(
      record('grounding', { kind: 'object', object_id: 7 }),
      asked({ task: 'grounding' }),
      objects,
    )!;
    expect(g.patch.value).toEqual({ kind: 'object', object_id: 3 });
    const q = modelSuggestion(
      record('vqa', { kind: 'answers', answers: ['old'] }),
      asked({ task: 'vqa', referents: [], answer: '2' }),
      objects,
    )!;
    expect(q.patch).toEqual({ referents: [], answer: '2', value: { kind: 'answers', answers: ['2'] } });
  });

  it('says when the record already holds what the model says', () => {
    const said = asked({ distance: 1.5, metric: 'gap', answer: '1.50 m' });
    const same = record('distance', { kind: 'distance', metric: 'gap', metres: 1.5 });
    same.answer = '1.50 m';
    same.referents = [
      { id: 7, role: 'anchor' },
      { id: 3, role: 'target' },
    ];
    expect(modelSuggestion(same, said, objects)!.agrees).toBe(true);
    expect(modelSuggestion({ ...same, answer: '9.99 m' }, said, objects)!.agrees).toBe(false);
  });

  it('offers nothing when the model read another task or has no answer', () => {
    const distance = record('distance', { kind: 'distance', metric: 'center', metres: 1 });
    expect(modelSuggestion(distance, asked({ task: 'vqa', answer: 'yes' }), objects)).toBeNull();
    expect(modelSuggestion(distance, asked({}), objects)).toBeNull();
    const layout = record('layout_edit', { kind: 'layout', object_id: 3, box_before: box(0), box_after: box(1) });
    expect(modelSuggestion(layout, asked({ task: 'layout_edit' }), objects)).toBeNull();
  });
});
