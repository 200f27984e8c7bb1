import { describe, expect, it } from 'vitest';
import { applyMatrixToPositions, composeMatrices, IDENTITY4, invertRigid, isRigid, transformPoint } from './transform';

/** Row-major rigid transform: rotation by `yaw` about +Z, then translation t. */
function rigid(yaw: number, t: [number, number, number]): number[] {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  return [c, -s, 0, t[0], s, c, 0, t[1], 0, 0, 1, t[2], 0, 0, 0, 1];
}

describe('applyMatrixToPositions', () => {
  it("applies p' = M·[x y z 1]ᵀ to every interleaved point in place", () => {
    const positions = new Float32Array([1, 0, 0, 0, 2, 3]);
    applyMatrixToPositions(rigid(Math.PI / 2, [10, 20, 30]), positions);
    const expected = [10, 21, 30, 8, 20, 33];
    expected.forEach((v, i) => expect(positions[i]).toBeCloseTo(v, 5));
  });

  it('reads the matrix row-major (translation in the last column)', () => {
    const positions = new Float32Array([0, 0, 0]);
    applyMatrixToPositions([1, 0, 0, 5, 0, 1, 0, 6, 0, 0, 1, 7, 0, 0, 0, 1], positions);
    expect(Array.from(positions)).toEqual([5, 6, 7]);
  });

  it('divides by w for projective matrices', () => {
    const positions = new Float32Array([2, 4, 6]);
    applyMatrixToPositions([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 2], positions);
    expect(Array.from(positions)).toEqual([1, 2, 3]);
  });

  it('rejects a matrix without 16 numbers', () => {
    expect(() => applyMatrixToPositions([1, 0, 0], new Float32Array(3))).toThrow(RangeError);
  });
});

describe('composeMatrices and invertRigid', () => {
  const m = rigid(0.7, [1, -2, 0.5]);

  it('composes so that b applies first', () => {
    const moveThenTurn = composeMatrices(rigid(Math.PI / 2, [0, 0, 0]), rigid(0, [1, 0, 0]));
    const p = transformPoint(moveThenTurn, [0, 0, 0]);
    expect(p[0]).toBeCloseTo(0, 12);
    expect(p[1]).toBeCloseTo(1, 12);
  });

  it('inverts a rigid transform both ways', () => {
    const inverse = invertRigid(m);
    composeMatrices(m, inverse).forEach((v, i) => expect(v).toBeCloseTo(IDENTITY4[i]!, 12));
    composeMatrices(inverse, m).forEach((v, i) => expect(v).toBeCloseTo(IDENTITY4[i]!, 12));
    const p = transformPoint(inverse, transformPoint(m, [0.3, 0.4, 0.5]));
    [0.3, 0.4, 0.5].forEach((v, i) => expect(p[i]).toBeCloseTo(v, 12));
  });

  it('refuses matrices that are not rigid', () => {
    expect(isRigid(m)).toBe(true);
    expect(isRigid([2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])).toBe(false); // scale
    expect(isRigid([-1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])).toBe(false); // mirror
    expect(() => invertRigid([1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1])).toThrow(RangeError);
  });
});
