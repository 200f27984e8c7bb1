import { describe, expect, it } from 'vitest';
import type { AnnotationDraft } from '../../annotations/annotation';
import { scanQaCodec } from './scanqa';
import { SCANQA_SAMPLE } from './testing/samples';

const TEST = [{ question: 'What color is the table?', question_id: 'test-scene0707_00-0', scene_id: 'scene0707_00' }];

describe('ScanQA', () => {
  it('decodes questions into vqa records, objects as targets', () => {
    const { records, errors } = scanQaCodec.decode(JSON.stringify(SCANQA_SAMPLE), 'ScanQA_v1.0_train.json');
    expect(errors).toEqual([]);
    expect(records[1]).toEqual({
      id: 'scanqa:train-scene0000_00-1',
      scene_id: 'scene0000_00',
      task: 'vqa',
      text: 'How many chairs are at the desk?',
      answer: '2',
      value: { kind: 'answers', answers: ['2', 'two'] },
      referents: [
        { id: 5, role: 'target' },
        { id: 6, role: 'target' },
      ],
      source: { kind: 'import', format: 'scanqa', original_id: 'train-scene0000_00-1' },
      extra: { object_names: ['office_chair', 'office_chair'] },
    });
  });

  it('reads test splits without answers or objects, and writes them back that way', () => {
    const { records, errors } = scanQaCodec.decode(JSON.stringify(TEST), 'ScanQA_v1.0_test_wo_obj.json');
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({ answer: '', value: { kind: 'answers', answers: [] }, referents: [] });
    expect(JSON.parse(scanQaCodec.encode(records))).toEqual([
      { scene_id: 'scene0707_00', question_id: 'test-scene0707_00-0', question: 'What color is the table?' },
    ]);
  });

  it('round-trips train and test records', () => {
    for (const fixture of [SCANQA_SAMPLE, TEST]) {
      const first = scanQaCodec.decode(JSON.stringify(fixture), 'a.json');
      const encoded = scanQaCodec.encode(first.records);
      expect(JSON.parse(encoded)).toEqual(fixture);
      expect(scanQaCodec.decode(encoded, 'b.json').records).toEqual(first.records);
    }
  });

  it('names objects of generated records with the project labels', () => {
    const generated: AnnotationDraft = {
      id: 'tpl-1',
      scene_id: 's1',
      task: 'vqa',
      text: 'What is on the desk?',
      answer: 'lamp',
      value: { kind: 'answers', answers: ['lamp'] },
      referents: [
        { id: 3, role: 'target' },
        { id: 1, role: 'anchor' },
      ],
      source: { kind: 'template', template_id: 'vqa.on', template_version: 2 },
    };
    const out = JSON.parse(
      scanQaCodec.encode([generated], { objectLabel: (_s, id) => (id === 3 ? 'desk lamp' : undefined) }),
    );
    expect(out).toEqual([
      {
        scene_id: 's1',
        question_id: 'tpl-1',
        question: 'What is on the desk?',
        answers: ['lamp'],
        object_ids: [3],
        object_names: ['desk_lamp'],
      },
    ]);
  });

  it('lists every bad record with its index and field', () => {
    const bad = [
      SCANQA_SAMPLE[0],
      { ...SCANQA_SAMPLE[1], answers: 'two' },
      { ...SCANQA_SAMPLE[1], question_id: 'q2', object_ids: [5, -1] },
      { ...SCANQA_SAMPLE[1], question_id: 'q3', object_names: ['chair'] },
      { ...SCANQA_SAMPLE[0] },
      { ...SCANQA_SAMPLE[1], question_id: 'q4', question: '' },
      { ...SCANQA_SAMPLE[1], question_id: 'q5', answers: ['ok', 3] },
    ];
    const { records, errors } = scanQaCodec.decode(JSON.stringify(bad), 'qa.json');
    expect(records).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([
      'qa.json (record 1): answers: expected a list, got "two"',
      'qa.json (record 2): object_ids[1]: expected a non-negative integer object id, got number -1',
      'qa.json (record 3): object_names: 1 names for 2 object_ids',
      'qa.json (record 4): question_id: duplicate id "train-scene0000_00-0" (first used at record 0)',
      'qa.json (record 5): question: empty text',
      'qa.json (record 6): answers[1]: expected a string, got number 3',
    ]);
  });
});
