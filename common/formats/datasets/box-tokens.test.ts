import { describe, expect, it } from 'vitest';
import type { Box } from '../../domain/box';
import type { Aabb } from '../../geometry/box';
import { decodeBoxTokens, encodeBoxToken } from './box-tokens';

const BOUNDS: Aabb = { min: [-2, -1, 0], max: [4, 5, 3] };
const STEP = [6 / 255, 6 / 255, 3 / 255];

describe('LL3DA box tokens', () => {
  it('writes centre and size normalised to the scene extent as integers 0–255', () => {
    const box: Box = { center: [1, 2, 1.5], size: [6, 3, 0.4], yaw: 0 };
    expect(encodeBoxToken(box, BOUNDS)).toBe('<obj>128, 128, 128, 255, 128, 34</obj>');
  });

  it('decodes every token in a text to within one quantisation step', () => {
    const boxes: Box[] = [
      { center: [0.37, 4.1, 0.45], size: [0.52, 0.61, 0.9], yaw: 0 },
      { center: [-1.9, -0.8, 2.7], size: [0.05, 1.33, 0.4], yaw: 0 },
    ];
    const text = `Move ${encodeBoxToken(boxes[0]!, BOUNDS)} next to ${encodeBoxToken(boxes[1]!, BOUNDS)}.`;
    const decoded = decodeBoxTokens(text, BOUNDS);
    expect(decoded).toHaveLength(2);
    decoded.forEach((token, k) => {
      expect(text.slice(token.start, token.end)).toMatch(/^<obj>[\d, ]+<\/obj>$/);
      for (let i = 0; i < 3; i++) {
        expect(Math.abs(token.box!.center[i]! - boxes[k]!.center[i]!)).toBeLessThanOrEqual(STEP[i]!);
        expect(Math.abs(token.box!.size[i]! - boxes[k]!.size[i]!)).toBeLessThanOrEqual(STEP[i]!);
      }
      expect(token.box!.yaw).toBe(0);
    });
  });

  it('clamps boxes outside the scene and writes rotated boxes by their axis-aligned bounds', () => {
    expect(encodeBoxToken({ center: [-10, 10, 1.5], size: [20, 0, 0], yaw: 0 }, BOUNDS)).toBe(
      '<obj>0, 255, 128, 255, 0, 0</obj>',
    );
    const rotated = decodeBoxTokens(
      encodeBoxToken({ center: [1, 2, 1.5], size: [2, 1, 1], yaw: Math.PI / 2 }, BOUNDS),
      BOUNDS,
    );
    expect(rotated[0]!.box!.size[0]).toBeCloseTo(1, 1);
    expect(rotated[0]!.box!.size[1]).toBeCloseTo(2, 1);
  });

  it('reports malformed tokens instead of guessing', () => {
    const decoded = decodeBoxTokens('<obj>1, 2, 3</obj> and <obj>1, 2, 3, 4, 5, 300</obj>', BOUNDS);
    expect(decoded.map((t) => [t.box, t.problem])).toEqual([
      [null, 'expected six integers 0–255, got "1, 2, 3"'],
      [null, 'expected six integers 0–255, got "1, 2, 3, 4, 5, 300"'],
    ]);
  });
});
