/**
 * Writes `.npy` files (format versions 1-3, little-endian, C order): the spatial model's training
 * splits and golden vectors, and the importer's and reader's test fixtures. npy.ts reads them.
 */
import type { NpyDtype } from './npy';

const ARRAYS = {
  f4: Float32Array,
  f8: Float64Array,
  i1: Int8Array,
  u1: Uint8Array,
  i2: Int16Array,
  u2: Uint16Array,
  i4: Int32Array,
  u4: Uint32Array,
} as const;

export function encodeNpy(
  dtype: NpyDtype,
  shape: number[],
  values: ArrayLike<number>,
  version: 1 | 2 | 3 = 1,
): Uint8Array {
  const descr = `${dtype.endsWith('1') ? '|' : '<'}${dtype}`;
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const lengthSize = version === 1 ? 2 : 4;
  const pad = 64 - ((6 + 2 + lengthSize + dict.length + 1) % 64);
  dict = `${dict}${' '.repeat(pad % 64)}\n`;
  const head = new TextEncoder().encode(dict);
  let data: Uint8Array;
  if (dtype === 'i8' || dtype === 'u8') {
    const wide =
      dtype === 'i8'
        ? BigInt64Array.from(Array.from(values, (v) => BigInt(v)))
        : BigUint64Array.from(Array.from(values, (v) => BigInt(v)));
    data = new Uint8Array(wide.buffer);
  } else {
    data = new Uint8Array(ARRAYS[dtype].from(values).buffer);
  }
  const out = new Uint8Array(8 + lengthSize + head.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, head.length, true);
  else view.setUint32(8, head.length, true);
  out.set(head, 8 + lengthSize);
  out.set(data, 8 + lengthSize + head.length);
  return out;
}
