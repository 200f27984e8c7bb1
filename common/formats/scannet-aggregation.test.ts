import { describe, expect, it } from 'vitest';
import { parseAggregation } from './scannet-aggregation';

const group = (objectId: number, label = 'chair', segments = [1]) => ({ id: objectId, objectId, segments, label });

describe('parseAggregation', () => {
  it('reads seg groups', () => {
    const text = JSON.stringify({
      sceneId: 'scannet.scene0000_00',
      appId: 'Aggregator.v2',
      segGroups: [group(0), group(3, 'table', [2, 5])],
      segmentsFile: 'x.segs.json',
    });
    const aggregation = parseAggregation(text, 'a.json');
    expect(aggregation.sceneId).toBe('scannet.scene0000_00');
    expect(aggregation.segGroups[1]).toEqual({ id: 3, objectId: 3, segments: [2, 5], label: 'table' });
  });

  it('names the record and field of a bad group', () => {
    const text = JSON.stringify({ segGroups: [group(0), { id: 1, objectId: 'one', segments: [], label: 'x' }] });
    expect(() => parseAggregation(text, 'a.json')).toThrow(/^a\.json \(record 1\): segGroups\.objectId: /);
    const noLabel = JSON.stringify({ segGroups: [{ id: 1, objectId: 1, segments: [] }] });
    expect(() => parseAggregation(noLabel, 'a.json')).toThrow(/^a\.json \(record 0\): segGroups\.label: /);
  });

  it('rejects duplicate objectIds', () => {
    const text = JSON.stringify({ segGroups: [group(2), group(5), group(2)] });
    expect(() => parseAggregation(text, 'a.json')).toThrow(
      'a.json (record 2): segGroups.objectId: duplicate objectId 2 (also in record 0)',
    );
  });

  it('requires a segGroups list', () => {
    expect(() => parseAggregation('{"sceneId": "s"}', 'a.json')).toThrow(/^a\.json: segGroups: /);
  });
});
