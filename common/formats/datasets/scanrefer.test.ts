import { describe, expect, it } from 'vitest';
import type { AnnotationDraft } from '../../annotations/annotation';
import { scanReferCodec } from './scanrefer';
import { SCANREFER_SAMPLE } from './testing/samples';

describe('ScanRefer', () => {
  it('decodes descriptions into grounding records', () => {
    const { records, errors } = scanReferCodec.decode(JSON.stringify(SCANREFER_SAMPLE), 'ScanRefer_filtered_val.json');
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({
      id: 'scanrefer:scene0000_00:34:0',
      scene_id: 'scene0000_00',
      task: 'grounding',
      text: SCANREFER_SAMPLE[0]!.description,
      answer: 'kitchen cabinets',
      value: { kind: 'object', object_id: 34 },
      referents: [{ id: 34, role: 'target' }],
      source: { kind: 'import', format: 'scanrefer', original_id: 'scene0000_00:34:0' },
      extra: { object_name: 'kitchen_cabinets', ann_id: '0', token: SCANREFER_SAMPLE[0]!.token },
    });
  });

  it('round-trips: decode → encode gives the same file and the same records', () => {
    const text = JSON.stringify(SCANREFER_SAMPLE, null, 2) + '\n';
    const first = scanReferCodec.decode(text, 'a.json');
    const encoded = scanReferCodec.encode(first.records);
    expect(encoded).toBe(text);
    expect(scanReferCodec.decode(encoded, 'b.json').records).toEqual(first.records);
  });

  it('writes records from elsewhere with fresh ann_ids, tokens and the project label', () => {
    const first = scanReferCodec.decode(JSON.stringify(SCANREFER_SAMPLE), 'a.json').records;
    const generated: AnnotationDraft = {
      id: 'g1',
      scene_id: 'scene0000_00',
      task: 'grounding',
      text: 'The cabinet left of the fridge.',
      answer: 'cabinet',
      value: { kind: 'object', object_id: 34 },
      referents: [{ id: 34, role: 'target' }],
      source: { kind: 'template', template_id: 'grounding.left', template_version: 1 },
    };
    const caption: AnnotationDraft = {
      ...generated,
      id: 'c',
      task: 'caption',
      value: { kind: 'caption', object_id: 34 },
    };
    expect(scanReferCodec.canEncode(caption)).toBe(false);
    const out = JSON.parse(
      scanReferCodec.encode([...first, generated, caption], { objectLabel: () => 'kitchen cabinets' }),
    );
    expect(out).toHaveLength(3);
    expect(out[2]).toEqual({
      scene_id: 'scene0000_00',
      object_id: '34',
      object_name: 'kitchen_cabinets',
      ann_id: '2',
      description: 'The cabinet left of the fridge.',
      token: ['the', 'cabinet', 'left', 'of', 'the', 'fridge', '.'],
    });
  });

  it('re-tokenises a description corrected since import', () => {
    const [record] = scanReferCodec.decode(JSON.stringify(SCANREFER_SAMPLE.slice(1)), 'a.json').records;
    const out = JSON.parse(scanReferCodec.encode([{ ...record!, text: 'a tall brown cabinet' }]));
    expect(out[0].token).toEqual(['a', 'tall', 'brown', 'cabinet']);
  });

  it('lists every bad record with its index and field', () => {
    const bad = [
      SCANREFER_SAMPLE[0],
      { ...SCANREFER_SAMPLE[0], ann_id: '5', object_id: 'chair' },
      { ...SCANREFER_SAMPLE[0], ann_id: '6', description: '  ' },
      { ...SCANREFER_SAMPLE[0], ann_id: '7', token: 'the chair' },
      { ...SCANREFER_SAMPLE[0] },
      { scene_id: 'scene0000_00', object_id: 3, ann_id: 0 },
      { ...SCANREFER_SAMPLE[0], ann_id: '8', scene_id: 12 },
    ];
    const { records, errors } = scanReferCodec.decode(JSON.stringify(bad), 'sr.json');
    expect(records).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual([
      'sr.json (record 1): object_id: expected a non-negative integer object id, got "chair"',
      'sr.json (record 2): description: empty text',
      'sr.json (record 3): token: expected a list, got "the chair"',
      'sr.json (record 4): ann_id: duplicate id "scene0000_00:34:0" (first used at record 0)',
      'sr.json (record 5): object_name: missing',
      'sr.json (record 5): description: missing',
      'sr.json (record 6): scene_id: expected a string, got number 12',
    ]);
  });
});
