import { describe, expect, it } from 'vitest';
import type { AnnotationDraft } from '../../annotations/annotation';
import type { Aabb } from '../../geometry/box';
import { decodeBoxTokens } from './box-tokens';
import { ll3daCodec } from './ll3da';

const FIXTURE = [
  { scene_id: 'scene0000_00', question: 'What is placed on the table?', answers: ['a laptop', 'laptop'] },
  {
    scene_id: 'scene0000_00',
    question: 'Describe the object at <obj>120, 64, 30, 20, 18, 40</obj>.',
    answers: ['a brown wooden chair by the desk'],
  },
  { scene_id: 'scene0011_00', question: 'Where is the lamp?', answers: ['on the nightstand'], task_name: 'scene_qa' },
];

describe('3D-LLM / LL3DA', () => {
  it('decodes instructions into vqa records, keeping box tokens in the text', () => {
    const { records, errors } = ll3daCodec.decode(JSON.stringify(FIXTURE), 'train.json');
    expect(errors).toEqual([]);
    expect(records[1]).toEqual({
      id: 'll3da:scene0000_00:1',
      scene_id: 'scene0000_00',
      task: 'vqa',
      text: 'Describe the object at <obj>120, 64, 30, 20, 18, 40</obj>.',
      answer: 'a brown wooden chair by the desk',
      value: { kind: 'answers', answers: ['a brown wooden chair by the desk'] },
      referents: [],
      source: { kind: 'import', format: 'll3da' },
    });
    expect(records[2]!.extra).toEqual({ task_name: 'scene_qa' });
  });

  it('round-trips: decode → encode gives the same file and the same records', () => {
    const text = JSON.stringify(FIXTURE, null, 2) + '\n';
    const first = ll3daCodec.decode(text, 'a.json');
    const encoded = ll3daCodec.encode(first.records);
    expect(encoded).toBe(text);
    expect(ll3daCodec.decode(encoded, 'b.json').records).toEqual(first.records);
  });

  it('answers grounding with the target box as a token when the scene bounds are known', () => {
    const bounds: Aabb = { min: [0, 0, 0], max: [5, 5, 3] };
    const grounding: AnnotationDraft = {
      id: 'g',
      scene_id: 's',
      task: 'grounding',
      text: 'Find the chair by the window.',
      answer: 'chair',
      value: { kind: 'object', object_id: 2, box: { center: [1, 2, 0.45], size: [0.5, 0.5, 0.9], yaw: 0 } },
      referents: [{ id: 2, role: 'target' }],
      source: { kind: 'human' },
    };
    const [withBox] = JSON.parse(ll3daCodec.encode([grounding], { sceneBounds: () => bounds }));
    expect(withBox.question).toBe('Find the chair by the window.');
    const [token] = decodeBoxTokens(withBox.answers[0], bounds);
    expect(token!.box!.center[0]).toBeCloseTo(1, 1);
    expect(JSON.parse(ll3daCodec.encode([grounding]))[0].answers).toEqual(['chair']);
  });

  it('lists every bad record with its index and field', () => {
    const bad = [
      FIXTURE[0],
      { scene_id: 'scene0000_00', question: '', answers: [] },
      { scene_id: 'scene0000_00', question: 'Why?' },
      { question: 'Where?', answers: [1] },
    ];
    const { records, errors } = ll3daCodec.decode(JSON.stringify(bad), 'l.json');
    expect(records).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([
      'l.json (record 1): question: empty text',
      'l.json (record 2): answers: missing',
      'l.json (record 3): scene_id: missing',
      'l.json (record 3): answers[0]: expected a string, got number 1',
    ]);
  });
});
