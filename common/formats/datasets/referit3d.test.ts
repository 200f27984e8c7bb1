import { describe, expect, it } from 'vitest';
import type { AnnotationDraft } from '../../annotations/annotation';
import { parseCsv } from './csv';
import { nr3dCodec, sr3dCodec } from './referit3d';
import { NR3D_SAMPLE, SR3D_SAMPLE } from './testing/samples';

describe('Nr3D', () => {
  it('decodes rows into grounding records with the stimulus distractors', () => {
    const { records, errors } = nr3dCodec.decode(NR3D_SAMPLE, 'nr3d.csv');
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({
      id: 'nr3d:a1',
      scene_id: 'scene0525_00',
      task: 'grounding',
      text: 'The cabinet closest to the door, not the one by the bed.',
      answer: 'kitchen cabinets',
      value: { kind: 'object', object_id: 11 },
      referents: [
        { id: 11, role: 'target' },
        { id: 12, role: 'distractor' },
        { id: 14, role: 'distractor' },
      ],
      source: { kind: 'import', format: 'nr3d', original_id: 'a1' },
      extra: {
        assignmentid: 'a1',
        stimulus_id: 'scene0525_00-kitchen_cabinets-3-11-12-14',
        tokens: "['the', 'cabinet', 'closest', 'to', 'the', 'door', ',', 'not', 'the', 'one', 'by', 'the', 'bed', '.']",
      },
    });
    expect(records[1]!.text).toBe('It\'s the "big" plant');
  });

  it('round-trips: decode → encode → decode gives the same records', () => {
    const first = nr3dCodec.decode(NR3D_SAMPLE, 'nr3d.csv');
    const encoded = nr3dCodec.encode(first.records);
    const second = nr3dCodec.decode(encoded, 'again.csv');
    expect(second.errors).toEqual([]);
    expect(second.records).toEqual(first.records);
  });

  it('builds stimulus ids and tokens for records from elsewhere', () => {
    const generated: AnnotationDraft = {
      id: 'g',
      scene_id: 'scene0001_00',
      task: 'grounding',
      text: 'The lamp on the left nightstand.',
      answer: 'table lamp',
      value: { kind: 'object', object_id: 7 },
      referents: [
        { id: 7, role: 'target' },
        { id: 8, role: 'distractor' },
      ],
      source: { kind: 'human' },
    };
    const parsed = parseCsv(nr3dCodec.encode([generated]));
    expect(parsed.ok && parsed.rows.map((r) => r.fields)).toEqual([
      ['scan_id', 'target_id', 'utterance', 'stimulus_id', 'instance_type', 'tokens'],
      [
        'scene0001_00',
        '7',
        'The lamp on the left nightstand.',
        'scene0001_00-table_lamp-2-7-8',
        'table lamp',
        "['the', 'lamp', 'on', 'the', 'left', 'nightstand', '.']",
      ],
    ]);
  });

  it('checks the stimulus id against the row and lists every bad row with line and field', () => {
    const rows = [
      'scan_id,target_id,utterance,stimulus_id,instance_type,tokens',
      'scene0525_00,11,the cabinet by the door,scene0525_00-kitchen_cabinets-3-11-12-14,kitchen cabinets,',
      'scene0525_00,13,the cabinet by the door,scene0525_00-kitchen_cabinets-3-11-12-14,kitchen cabinets,',
      'scene0525_00,11,the cabinet by the door,scene0999_00-kitchen_cabinets-3-11-12-14,kitchen cabinets,',
      'scene0525_00,11,the cabinet by the door,scene0525_00-kitchen_cabinets-3-11-12-14,sofa,',
      'scene0525_00,11,the cabinet by the door,cabinet,kitchen cabinets,',
      'scene0525_00,eleven,,scene0525_00-kitchen_cabinets-3-11-12-14,kitchen cabinets,',
      'scene0525_00,11,the cabinet,scene0525_00-kitchen_cabinets-3-11-12-14,kitchen cabinets,the cabinet',
      'scene0525_00,11,too few fields',
    ];
    const { records, errors } = nr3dCodec.decode(rows.join('\n'), 'nr3d.csv');
    expect(records).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([
      'nr3d.csv (line 3, record 1): stimulus_id: target 11 differs from target_id 13',
      'nr3d.csv (line 4, record 2): stimulus_id: scan scene0999_00 differs from scan_id scene0525_00',
      'nr3d.csv (line 5, record 3): stimulus_id: label "kitchen cabinets" differs from instance_type "sofa"',
      'nr3d.csv (line 6, record 4): stimulus_id: "cabinet" is not scan-label-nObjects-targetId[-distractorIds]',
      'nr3d.csv (line 7, record 5): target_id: expected a non-negative integer object id, got "eleven"',
      'nr3d.csv (line 7, record 5): utterance: empty text',
      'nr3d.csv (line 8, record 6): tokens: expected a list like [a, b]',
      'nr3d.csv (line 9, record 7): 3 fields, the header has 6',
    ]);
  });

  it('refuses a file without the needed columns or with a broken quote', () => {
    expect(nr3dCodec.decode('scan_id,utterance\nscene0000_00,the chair', 'x.csv').errors.map((e) => e.message)).toEqual(
      ['x.csv (line 1): target_id: missing columns target_id, stimulus_id, instance_type'],
    );
    expect(nr3dCodec.decode('scan_id,utterance\n"scene0000_00,the chair', 'q.csv').errors[0]!.message).toBe(
      'q.csv (line 2): a quoted field is never closed',
    );
  });
});

describe('Sr3D', () => {
  it('decodes anchors and distractors as referents and keeps the reference types', () => {
    const { records, errors } = sr3dCodec.decode(SR3D_SAMPLE, 'sr3d.csv');
    expect(errors).toEqual([]);
    expect(records.map((r) => r.referents)).toEqual([
      [
        { id: 20, role: 'target' },
        { id: 3, role: 'anchor' },
        { id: 21, role: 'distractor' },
        { id: 22, role: 'distractor' },
      ],
      [
        { id: 9, role: 'target' },
        { id: 4, role: 'anchor' },
        { id: 6, role: 'anchor' },
      ],
    ]);
    expect(records[0]).toMatchObject({
      id: 'sr3d:scene0000_00-chair-3-20-21-22:0',
      source: { kind: 'import', format: 'sr3d' },
      extra: { anchors_types: "['desk']", reference_type: 'closest', coarse_reference_type: 'horizontal proximity' },
    });
  });

  it('round-trips: decode → encode gives the same file and the same records', () => {
    const first = sr3dCodec.decode(SR3D_SAMPLE, 'sr3d.csv');
    const encoded = sr3dCodec.encode(first.records);
    expect(encoded).toBe(SR3D_SAMPLE);
    expect(sr3dCodec.decode(encoded, 'again.csv').records).toEqual(first.records);
  });

  it('names bad anchor lists', () => {
    const header = SR3D_SAMPLE.split('\n')[0];
    const row = `scene0000_00,9,the lamp near the bed,scene0000_00-lamp-1-9,lamp,,"[4, 'bed']",,[],near,horizontal proximity`;
    const missing =
      'scan_id,target_id,utterance,stimulus_id,instance_type\nscene0000_00,9,the lamp,scene0000_00-lamp-1-9,lamp';
    expect(sr3dCodec.decode(`${header}\n${row}`, 's.csv').errors.map((e) => e.message)).toEqual([
      's.csv (line 2, record 0): anchor_ids: expected non-negative integer object ids, got "bed"',
    ]);
    expect(sr3dCodec.decode(missing, 's.csv').errors[0]!.message).toBe(
      's.csv (line 1): anchor_ids: missing column anchor_ids',
    );
  });
});
