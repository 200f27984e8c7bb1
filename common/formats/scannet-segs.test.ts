import { describe, expect, it } from 'vitest';
import { checkSegsMatchVertices, parseSegs } from './scannet-segs';

describe('parseSegs', () => {
  it('reads segment ids per vertex', () => {
    const segs = parseSegs(
      '{"params": {"kThresh": "0.0001"}, "sceneId": "scene0000_00", "segIndices": [4, 4, 9]}',
      's.segs.json',
    );
    expect(segs.sceneId).toBe('scene0000_00');
    expect([...segs.segIndices]).toEqual([4, 4, 9]);
  });

  it('names file, record and field for bad entries', () => {
    expect(() => parseSegs('{"segIndices": [1, -2]}', 's.json')).toThrow(
      's.json (record 1): segIndices: expected a non-negative integer segment id, got -2',
    );
    expect(() => parseSegs('{"sceneId": "x"}', 's.json')).toThrow('s.json: segIndices: missing');
    expect(() => parseSegs('{"segIndices": [1,\n 2],\n}', 's.json')).toThrow(/^s\.json \(line 3\): invalid JSON/);
  });

  it('checks the length against the mesh', () => {
    const segs = parseSegs('{"segIndices": [0, 0]}', 's.json');
    expect(() => checkSegsMatchVertices(segs, 3, 's.json')).toThrow(
      's.json: segIndices: has 2 entries but the mesh has 3 vertices',
    );
    expect(() => checkSegsMatchVertices(segs, 2, 's.json')).not.toThrow();
  });
});
