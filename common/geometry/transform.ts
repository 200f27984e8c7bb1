/**
 * 4×4 homogeneous transforms, row-major as ScanNet's `axisAlignment` writes them (SPEC §3):
 * `p' = M · [x y z 1]ᵀ`, so element (row r, column c) is `m[4 * r + c]`.
 */
import type { Vec3 } from '../domain/box';

export type Mat4 = ArrayLike<number>;

export const IDENTITY4: readonly number[] = Object.freeze([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]);

/** Rotation part must be orthonormal within this tolerance to count as rigid. */
const RIGID_TOLERANCE = 1e-4;

function assertMat4(m: Mat4): void {
  if (m.length !== 16) throw new RangeError(`a 4×4 matrix needs 16 numbers, got ${m.length}`);
}

/**
 * Transforms interleaved x,y,z positions in place. Affine matrices (last row 0 0 0 1, the usual
 * case) skip the perspective divide; others divide by w.
 */
export function applyMatrixToPositions(m: Mat4, positions: Float32Array): void {
  assertMat4(m);
  // Hoisted into locals: the loop runs over millions of points.
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15] = Array.from(
    { length: 16 },
    (_, i) => m[i]!,
  ) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const affine = m12 === 0 && m13 === 0 && m14 === 0 && m15 === 1;
  const end = positions.length - (positions.length % 3);
  for (let i = 0; i < end; i += 3) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    const z = positions[i + 2]!;
    const w = affine ? 1 : m12 * x + m13 * y + m14 * z + m15;
    positions[i] = (m0 * x + m1 * y + m2 * z + m3) / w;
    positions[i + 1] = (m4 * x + m5 * y + m6 * z + m7) / w;
    positions[i + 2] = (m8 * x + m9 * y + m10 * z + m11) / w;
  }
}

/** One point through the matrix (same rule as `applyMatrixToPositions`, in double precision). */
export function transformPoint(m: Mat4, p: Vec3): Vec3 {
  assertMat4(m);
  const w = m[12]! * p[0] + m[13]! * p[1] + m[14]! * p[2] + m[15]!;
  const row = (r: number): number =>
    (m[4 * r]! * p[0] + m[4 * r + 1]! * p[1] + m[4 * r + 2]! * p[2] + m[4 * r + 3]!) / w;
  return [row(0), row(1), row(2)];
}

/** `a · b`: the transform that applies `b` first, then `a`. */
export function composeMatrices(a: Mat4, b: Mat4): number[] {
  assertMat4(a);
  assertMat4(b);
  const out = new Array<number>(16);
  for (let r = 0; r < 4; r++) {
    for (let c = 0; c < 4; c++) {
      let sum = 0;
      for (let k = 0; k < 4; k++) sum += a[4 * r + k]! * b[4 * k + c]!;
      out[4 * r + c] = sum;
    }
  }
  return out;
}

/** True when the matrix is a rotation plus translation (orthonormal 3×3 with det +1, last row 0 0 0 1). */
export function isRigid(m: Mat4, tolerance = RIGID_TOLERANCE): boolean {
  assertMat4(m);
  if (Math.abs(m[12]!) > tolerance || Math.abs(m[13]!) > tolerance || Math.abs(m[14]!) > tolerance) return false;
  if (Math.abs(m[15]! - 1) > tolerance) return false;
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      const dot = m[4 * i]! * m[4 * j]! + m[4 * i + 1]! * m[4 * j + 1]! + m[4 * i + 2]! * m[4 * j + 2]!;
      if (Math.abs(dot - (i === j ? 1 : 0)) > tolerance) return false;
    }
  }
  const det =
    m[0]! * (m[5]! * m[10]! - m[6]! * m[9]!) -
    m[1]! * (m[4]! * m[10]! - m[6]! * m[8]!) +
    m[2]! * (m[4]! * m[9]! - m[5]! * m[8]!);
  return det > 0;
}

/**
 * Inverse of a rigid transform: [Rᵀ | −Rᵀt]. Cheaper and better conditioned than a general
 * inverse; throws a RangeError for a matrix that is not rigid rather than returning a wrong one.
 */
export function invertRigid(m: Mat4): number[] {
  if (!isRigid(m)) throw new RangeError('invertRigid: the matrix is not a rotation plus translation');
  const out = [...IDENTITY4];
  for (let r = 0; r < 3; r++) {
    for (let c = 0; c < 3; c++) out[4 * r + c] = m[4 * c + r]!;
    out[4 * r + 3] = -(m[r]! * m[3]! + m[4 + r]! * m[7]! + m[8 + r]! * m[11]!);
  }
  return out;
}
