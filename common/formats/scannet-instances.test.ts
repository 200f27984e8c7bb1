import { describe, expect, it } from 'vitest';
import { buildInstances } from './scannet-instances';

const segs = { sceneId: null, segIndices: new Int32Array([7, 7, 3, 3, 9, 11]) };

describe('buildInstances', () => {
  it('gives each vertex objectId + 1 of the group holding its segment, 0 otherwise', () => {
    const aggregation = {
      sceneId: null,
      segmentsFile: null,
      segGroups: [
        { id: 0, objectId: 0, segments: [7], label: 'chair' },
        { id: 1, objectId: 4, segments: [3, 11], label: 'door' },
      ],
    };
    const built = buildInstances(segs, aggregation, 'a.json', 's.json');
    expect([...built.instances]).toEqual([1, 1, 5, 5, 0, 5]);
    expect([...built.labels]).toEqual([
      [0, 'chair'],
      [4, 'door'],
    ]);
    expect(built.notices).toEqual([]);
  });

  it('rejects a segment the segs file does not have', () => {
    const aggregation = {
      sceneId: null,
      segmentsFile: null,
      segGroups: [{ id: 0, objectId: 0, segments: [7, 8], label: 'chair' }],
    };
    expect(() => buildInstances(segs, aggregation, 'a.json', 's.json')).toThrow(
      'a.json (record 0): segGroups.segments: segment 8 does not exist in s.json',
    );
  });

  it('keeps a segment in the first object that lists it and says so', () => {
    const aggregation = {
      sceneId: null,
      segmentsFile: null,
      segGroups: [
        { id: 0, objectId: 0, segments: [7], label: 'chair' },
        { id: 1, objectId: 1, segments: [7, 9], label: 'table' },
      ],
    };
    const built = buildInstances(segs, aggregation, 'a.json', 's.json');
    expect([...built.instances]).toEqual([1, 1, 0, 0, 2, 0]);
    expect(built.notices).toEqual(['a.json: segment 7 is in objects 0 and 1; kept in 0']);
  });
});
