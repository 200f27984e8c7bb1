/**
 * ScanNet scene meta `<scene>.txt`: `key = value` lines, of which the studio uses `axisAlignment`
 * (16 floats, row-major 4×4, applied as p' = M · [x y z 1]ᵀ to store scenes axis-aligned).
 */
import { InputError } from '../domain/errors';

export interface ScanNetMeta {
  values: Map<string, string>;
  /** Row-major 4×4, or null when the file has no `axisAlignment` (ScanNet test scans). */
  axisAlignment: Float64Array | null;
}

export function parseSceneMeta(text: string, file: string): ScanNetMeta {
  const values = new Map<string, string>();
  let axisAlignment: Float64Array | null = null;
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const eq = trimmed.indexOf('=');
    if (eq <= 0) throw new InputError(file, { line }, undefined, "expected 'key = value'");
    const key = trimmed.slice(0, eq).trim();
    const value = trimmed.slice(eq + 1).trim();
    values.set(key, value);
    if (key === 'axisAlignment') axisAlignment = parseMatrix(value, file, line);
  });
  return { values, axisAlignment };
}

function parseMatrix(value: string, file: string, line: number): Float64Array {
  const words = value.split(/\s+/).filter((w) => w !== '');
  if (words.length !== 16)
    throw new InputError(file, { line }, 'axisAlignment', `expected 16 numbers, found ${words.length}`);
  const m = new Float64Array(16);
  words.forEach((word, i) => {
    const n = Number(word);
    if (!Number.isFinite(n))
      throw new InputError(file, { line }, 'axisAlignment', `value ${i + 1} '${word}' is not a finite number`);
    m[i] = n;
  });
  const [a, b, c, d] = [m[12]!, m[13]!, m[14]!, m[15]!];
  if (Math.abs(a) > 1e-9 || Math.abs(b) > 1e-9 || Math.abs(c) > 1e-9 || Math.abs(d - 1) > 1e-9) {
    throw new InputError(
      file,
      { line },
      'axisAlignment',
      `last row must be 0 0 0 1 (an affine transform), found ${a} ${b} ${c} ${d}`,
    );
  }
  return m;
}

/** Applies a row-major affine 4×4 to interleaved x y z positions in place. */
export function applyAxisAlignment(positions: Float32Array, m: Float64Array): void {
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11] = m as unknown as number[];
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    const z = positions[i + 2]!;
    positions[i] = m0! * x + m1! * y + m2! * z + m3!;
    positions[i + 1] = m4! * x + m5! * y + m6! * z + m7!;
    positions[i + 2] = m8! * x + m9! * y + m10! * z + m11!;
  }
}
