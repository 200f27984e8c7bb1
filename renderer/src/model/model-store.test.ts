import { describe, expect, it } from 'vitest';
import type { AskResult } from '../../../common/model/decode';
import { modelFocus, type ShownAnswer } from './model-store';

const box = { center: [1, 2, 0.5] as [number, number, number], size: [1, 1, 1] as [number, number, number], yaw: 0 };
const answer = (result: Partial<AskResult>, accepted = false): ShownAnswer => ({
  sceneId: 's1',
  text: 'q',
  accepted,
  result: { task: 'grounding', referents: [], distance: null, metric: null, answer: null, edit: null, ...result },
});
const pair: AskResult['referents'] = [
  { id: 3, role: 'target', score: 0.9 },
  { id: 7, role: 'anchor', score: 0.8 },
];

describe('modelFocus', () => {
  it('draws a distance answer as both referents and the line between target and anchor', () => {
    expect(modelFocus(answer({ task: 'distance', referents: pair, distance: 1.2 }), 's1')).toEqual({
      referents: [
        { id: 3, role: 'target' },
        { id: 7, role: 'anchor' },
      ],
      distance: { a: 3, b: 7 },
    });
  });

  it('shows a proposed edit as a ghost until it is accepted', () => {
    const edit = { object: 3, box };
    expect(modelFocus(answer({ task: 'layout_edit', referents: pair, edit }), 's1')?.ghost).toEqual(box);
    expect(modelFocus(answer({ task: 'layout_edit', referents: pair, edit }, true), 's1')?.ghost).toBeUndefined();
  });

  it('shows nothing for another scene or no answer', () => {
    expect(modelFocus(answer({ referents: pair }), 's2')).toBeUndefined();
    expect(modelFocus(null, 's1')).toBeUndefined();
  });
});
