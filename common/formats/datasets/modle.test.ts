import { describe, expect, it } from 'vitest';
import { EXAMPLE_ANNOTATIONS } from '../../annotations/examples';
import { modleCodecFor } from './index';
import { modleJsonCodec, modleJsonlCodec } from './modle';

const distance = EXAMPLE_ANNOTATIONS.find((a) => a.task === 'distance')!;

describe('MODLE JSON', () => {
  it('round-trips every example record', () => {
    const text = modleJsonCodec.encode(EXAMPLE_ANNOTATIONS);
    const first = modleJsonCodec.decode(text, 'a.json');
    expect(first.errors).toEqual([]);
    expect(first.records).toEqual(EXAMPLE_ANNOTATIONS);
    expect(modleJsonCodec.encode(first.records)).toBe(text);
  });

  it('writes keys in the documented order', () => {
    const [record] = JSON.parse(modleJsonCodec.encode([distance])) as Record<string, unknown>[];
    expect(Object.keys(record!).slice(0, 6)).toEqual(['id', 'scene_id', 'task', 'text', 'answer', 'value']);
  });

  it('keeps the good records and names record and field of every bad one', () => {
    const bad = [
      distance,
      { ...distance, id: 'b', value: { kind: 'distance', metric: 'center', metres: 'far' } },
      { ...distance, id: 'c', text: '' },
      { ...distance, id: 'tpl-dist-0001' },
      { ...distance, id: 'e', scene_id: undefined },
      'not a record',
    ];
    const { records, errors } = modleJsonCodec.decode(JSON.stringify(bad), 'bad.json');
    expect(records.map((r) => r.id)).toEqual(['tpl-dist-0001']);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^bad\.json \(record 1\): value\.metres: .*expected number/),
      'bad.json (record 2): text: must not be empty',
      'bad.json (record 3): id: duplicate id "tpl-dist-0001" (first used at record 0)',
      expect.stringMatching(/^bad\.json \(record 4\): scene_id: /),
      'bad.json (record 5): expected an object, got "not a record"',
    ]);
  });

  it('reports a file that is not JSON, or not a list, with its line', () => {
    const syntax = modleJsonCodec.decode('[\n  {"id": 1},\n  oops\n]', 'broken.json').errors;
    expect(syntax).toHaveLength(1);
    expect(syntax[0]!.message).toMatch(/^broken\.json \(line 3\): invalid JSON/);
    expect(modleJsonCodec.decode('{"id": "a"}', 'obj.json').errors[0]!.message).toBe(
      'obj.json: expected a list of records, got an object',
    );
  });
});

describe('MODLE JSONL', () => {
  it('round-trips every example record, one per line', () => {
    const text = modleJsonlCodec.encode(EXAMPLE_ANNOTATIONS);
    expect(text.trimEnd().split('\n')).toHaveLength(EXAMPLE_ANNOTATIONS.length);
    const decoded = modleJsonlCodec.decode(text, 'a.jsonl');
    expect(decoded.errors).toEqual([]);
    expect(decoded.records).toEqual(EXAMPLE_ANNOTATIONS);
    expect(modleJsonlCodec.encode(decoded.records)).toBe(text);
  });

  it('names the line of each bad record and skips blank lines', () => {
    const lines = [
      JSON.stringify(distance),
      '',
      '{"id": ',
      JSON.stringify({ ...distance, id: 'x', task: 'summary' }),
      '[1, 2]',
      JSON.stringify(distance),
    ];
    const { records, errors } = modleJsonlCodec.decode(lines.join('\n'), 'b.jsonl');
    expect(records).toHaveLength(1);
    expect(errors.map((e) => [e.location.line, e.field])).toEqual([
      [3, undefined],
      [4, 'task'],
      [5, undefined],
      [6, 'id'],
    ]);
    expect(errors[0]!.message).toMatch(/^b\.jsonl \(line 3\): invalid JSON/);
    expect(errors[3]!.message).toBe('b.jsonl (line 6): id: duplicate id "tpl-dist-0001" (first used at line 1)');
  });

  it('accepts drafts without review fields', () => {
    const { status: _s, flagged: _f, annotator: _a, created_at: _c, updated_at: _u, revision: _r, ...draft } = distance;
    const { records, errors } = modleJsonlCodec.decode(JSON.stringify(draft), 'd.jsonl');
    expect(errors).toEqual([]);
    expect(records).toEqual([draft]);
  });
});

describe('modleCodecFor', () => {
  it('picks JSONL by extension or content', () => {
    expect(modleCodecFor('x.jsonl', '[')).toBe(modleJsonlCodec);
    expect(modleCodecFor('x.json', '  [{}]')).toBe(modleJsonCodec);
    expect(modleCodecFor('x.json', '{"id":1}\n{"id":2}')).toBe(modleJsonlCodec);
  });
});
