import { describe, expect, it } from 'vitest';
import {
  anchorFrameOffset,
  anchorSide,
  isBehind,
  isInFrontOf,
  isLeftOf,
  isRightOf,
  SIDE_AMBIGUITY_MARGIN,
} from './anchor-relations';
import { floorBox } from './test-support';

const stool = (x: number, y: number) => floorBox(x, y, [0.3, 0.3, 0.45]);

describe('anchor-frame relations', () => {
  it('uses +X as front and +Y as left for an unrotated anchor', () => {
    const desk = floorBox(0, 0, [1.2, 0.6, 0.75]);
    expect(anchorSide(stool(1, 0), desk)).toBe('front');
    expect(anchorSide(stool(-1, 0.1), desk)).toBe('behind');
    expect(anchorSide(stool(0.2, 1), desk)).toBe('left');
    expect(anchorSide(stool(0, -1), desk)).toBe('right');
    expect(anchorSide(stool(0.1, 0.1), desk)).toBeNull(); // inside the footprint
  });

  it('turns with the anchor: a chair facing +Y has its left at -X', () => {
    const chair = floorBox(2, 2, [0.5, 0.5, 0.9], Math.PI / 2);
    expect(isInFrontOf(stool(2, 3), chair)).toBe(true);
    expect(isBehind(stool(2, 1), chair)).toBe(true);
    expect(isLeftOf(stool(1, 2), chair)).toBe(true);
    expect(isRightOf(stool(3, 2), chair)).toBe(true);
    expect(isInFrontOf(stool(3, 2), chair)).toBe(false);
  });

  it('handles arbitrary yaw, including facing backwards', () => {
    const yaw = 2.5;
    const tv = floorBox(-1, 1, [0.2, 1.2, 0.7], yaw);
    const ahead = stool(-1 + 2 * Math.cos(yaw), 1 + 2 * Math.sin(yaw));
    const leftward = stool(-1 - 2 * Math.sin(yaw), 1 + 2 * Math.cos(yaw));
    expect(anchorSide(ahead, tv)).toBe('front');
    expect(anchorSide(leftward, tv)).toBe('left');
    const offset = anchorFrameOffset(ahead, tv);
    expect(offset[0]).toBeCloseTo(2, 12);
    expect(offset[1]).toBeCloseTo(0, 12);
  });

  it('measures sides from the faces, so an elongated anchor keeps a wide front', () => {
    // A sofa 2.5 m wide facing +X: a lamp 1 m forward and 1 m to the side is still in front,
    // because it is beyond the front face and within the sofa's width.
    const sofa = floorBox(0, 0, [1, 2.5, 0.8]);
    expect(anchorSide(stool(1, 1), sofa)).toBe('front');
    // Beyond the end of the sofa and only a little forward: to its left.
    expect(anchorSide(stool(0.6, 1.8), sofa)).toBe('left');
  });

  it('gives no side near a corner diagonal', () => {
    const sofa = floorBox(0, 0, [1, 2.5, 0.8]);
    expect(anchorSide(stool(1, 1.75), sofa)).toBeNull(); // 0.5 m beyond both faces
    expect(anchorSide(stool(1, 1.75 - SIDE_AMBIGUITY_MARGIN / 2), sofa)).toBeNull();
    expect(anchorSide(stool(1, 1.75 - SIDE_AMBIGUITY_MARGIN * 1.5), sofa)).toBe('front');
    expect(anchorSide(stool(1 - SIDE_AMBIGUITY_MARGIN * 1.5, 1.75), sofa)).toBe('left');
  });
});
