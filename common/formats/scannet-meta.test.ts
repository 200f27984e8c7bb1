import { describe, expect, it } from 'vitest';
import { applyAxisAlignment, parseSceneMeta } from './scannet-meta';

describe('parseSceneMeta', () => {
  it('reads key = value lines and the axis alignment', () => {
    const meta = parseSceneMeta(
      'colorHeight = 968\r\naxisAlignment = 0 -1 0 2 1 0 0 3 0 0 1 4 0 0 0 1\nsceneType = Bedroom\n',
      'scene.txt',
    );
    expect(meta.values.get('sceneType')).toBe('Bedroom');
    expect([...meta.axisAlignment!]).toEqual([0, -1, 0, 2, 1, 0, 0, 3, 0, 0, 1, 4, 0, 0, 0, 1]);
  });

  it('returns null without axisAlignment', () => {
    expect(parseSceneMeta('sceneType = Office\n', 's.txt').axisAlignment).toBeNull();
  });

  it('names the line and field of a bad matrix', () => {
    expect(() => parseSceneMeta('a = 1\naxisAlignment = 1 0 0\n', 's.txt')).toThrow(
      's.txt (line 2): axisAlignment: expected 16 numbers, found 3',
    );
    expect(() => parseSceneMeta('axisAlignment = 1 0 0 0 0 1 0 0 0 0 1 0 0 0 0 x\n', 's.txt')).toThrow(
      "s.txt (line 1): axisAlignment: value 16 'x' is not a finite number",
    );
    expect(() => parseSceneMeta('axisAlignment = 1 0 0 0 0 1 0 0 0 0 1 0 0 0 1 1\n', 's.txt')).toThrow(
      's.txt (line 1): axisAlignment: last row must be 0 0 0 1',
    );
    expect(() => parseSceneMeta('ok = 1\njust words\n', 's.txt')).toThrow("s.txt (line 2): expected 'key = value'");
  });
});

describe('applyAxisAlignment', () => {
  it("applies p' = M · [x y z 1] with a row-major M", () => {
    // 90° about +Z, then translate by (2, 3, 4).
    const m = new Float64Array([0, -1, 0, 2, 1, 0, 0, 3, 0, 0, 1, 4, 0, 0, 0, 1]);
    const positions = new Float32Array([1, 0, 0, 0, 2, 5]);
    applyAxisAlignment(positions, m);
    expect([...positions]).toEqual([2, 4, 4, 0, 3, 9]);
  });
});
