/**
 * NumPy `.npy` arrays (format versions 1–3, little-endian, C order) and the two shapes the studio
 * reads from ScanNet preprocessing: N×3 / N×6 point arrays (xyz[rgb]) and 1-D label arrays.
 */
import { InputError } from '../domain/errors';

export type NpyDtype = 'f4' | 'f8' | 'i1' | 'u1' | 'i2' | 'u2' | 'i4' | 'u4' | 'i8' | 'u8';

export type NpyData =
  Float32Array | Float64Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array;

export interface NpyArray {
  dtype: NpyDtype;
  shape: number[];
  /** Values in C order; 64-bit integers arrive as Float64Array (checked to be exact). */
  data: NpyData;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

const ITEM_SIZE: Record<NpyDtype, number> = { f4: 4, f8: 8, i1: 1, u1: 1, i2: 2, u2: 2, i4: 4, u4: 4, i8: 8, u8: 8 };

export function parseNpy(bytes: Uint8Array, file: string): NpyArray {
  if (bytes.length === 0) throw new InputError(file, { byteOffset: 0 }, undefined, 'empty file');
  if (bytes.length < 10 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new InputError(file, { byteOffset: 0 }, 'magic', 'not a NumPy .npy file');
  }
  const major = bytes[6]!;
  if (major < 1 || major > 3)
    throw new InputError(file, { byteOffset: 6 }, 'version', `unsupported .npy version ${major}.${bytes[7]}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lengthSize = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lengthSize) throw new InputError(file, { byteOffset: 8 }, 'header', 'truncated header length');
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const headerStart = 8 + lengthSize;
  const dataStart = headerStart + headerLength;
  if (dataStart > bytes.length) {
    throw new InputError(
      file,
      { byteOffset: bytes.length },
      'header',
      `header declares ${headerLength} bytes but the file ends first`,
    );
  }
  let header: string;
  try {
    // Versions 1–2 use latin-1 headers that are ASCII in practice; version 3 allows UTF-8.
    header = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(headerStart, dataStart));
  } catch {
    throw new InputError(file, { byteOffset: headerStart }, 'header', 'invalid UTF-8 in header');
  }
  const dtype = parseDescr(header, file, headerStart);
  if (/'fortran_order'\s*:\s*True/.test(header)) {
    throw new InputError(
      file,
      { byteOffset: headerStart },
      'fortran_order',
      'Fortran-ordered arrays are not supported (save with C order)',
    );
  }
  const shape = parseShape(header, file, headerStart);
  const count = shape.reduce((a, b) => a * b, 1);
  const byteLength = count * ITEM_SIZE[dtype];
  if (dataStart + byteLength > bytes.length) {
    throw new InputError(
      file,
      { byteOffset: bytes.length },
      'shape',
      `shape (${shape.join(', ')}) needs ${byteLength} data bytes but only ${bytes.length - dataStart} follow the header (truncated file)`,
    );
  }
  // A copy gives the typed array its own aligned buffer, whatever the input's byte offset
  // (`new Uint8Array(view)` copies; a Node Buffer's `slice` would not).
  const raw = new Uint8Array(bytes.subarray(dataStart, dataStart + byteLength)).buffer;
  return { dtype, shape, data: typedData(dtype, raw, count, file, dataStart) };
}

function parseDescr(header: string, file: string, offset: number): NpyDtype {
  const match = /'descr'\s*:\s*'([^']*)'/.exec(header);
  if (!match) throw new InputError(file, { byteOffset: offset }, 'descr', 'missing in header');
  const descr = match[1]!;
  const order = descr[0];
  const code = descr.slice(1) as NpyDtype;
  if (!(code in ITEM_SIZE)) throw new InputError(file, { byteOffset: offset }, 'descr', `unsupported dtype '${descr}'`);
  const singleByte = ITEM_SIZE[code] === 1;
  if (order === '>' && !singleByte)
    throw new InputError(file, { byteOffset: offset }, 'descr', `big-endian dtype '${descr}' is not supported`);
  if (order !== '<' && order !== '|' && !(order === '>' && singleByte)) {
    throw new InputError(file, { byteOffset: offset }, 'descr', `unsupported dtype '${descr}'`);
  }
  return code;
}

function parseShape(header: string, file: string, offset: number): number[] {
  const match = /'shape'\s*:\s*\(([^)]*)\)/.exec(header);
  if (!match) throw new InputError(file, { byteOffset: offset }, 'shape', 'missing in header');
  const parts = match[1]!
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return parts.map((part) => {
    const n = Number(part.replace(/L$/, ''));
    if (!Number.isSafeInteger(n) || n < 0)
      throw new InputError(file, { byteOffset: offset }, 'shape', `invalid dimension '${part}'`);
    return n;
  });
}

function typedData(dtype: NpyDtype, buffer: ArrayBuffer, count: number, file: string, dataStart: number): NpyData {
  switch (dtype) {
    case 'f4':
      return new Float32Array(buffer);
    case 'f8':
      return new Float64Array(buffer);
    case 'i1':
      return new Int8Array(buffer);
    case 'u1':
      return new Uint8Array(buffer);
    case 'i2':
      return new Int16Array(buffer);
    case 'u2':
      return new Uint16Array(buffer);
    case 'i4':
      return new Int32Array(buffer);
    case 'u4':
      return new Uint32Array(buffer);
    case 'i8':
    case 'u8': {
      const wide = dtype === 'i8' ? new BigInt64Array(buffer) : new BigUint64Array(buffer);
      const out = new Float64Array(count);
      for (let i = 0; i < count; i++) {
        const value = wide[i]!;
        if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
          throw new InputError(
            file,
            { byteOffset: dataStart + i * 8 },
            'data',
            `64-bit value ${value} at index ${i} is too large`,
          );
        }
        out[i] = Number(value);
      }
      return out;
    }
  }
}

const isFloat = (dtype: NpyDtype) => dtype === 'f4' || dtype === 'f8';

/** An N×3 (xyz) or N×6 (xyz rgb) float array as positions and colours (grey when there is no rgb). */
export function npyPoints(
  array: NpyArray,
  file: string,
): { positions: Float32Array; colors: Uint8Array; hasColor: boolean } {
  const [n, columns] = array.shape;
  if (array.shape.length !== 2 || (columns !== 3 && columns !== 6)) {
    throw new InputError(file, {}, 'shape', `expected N×3 (xyz) or N×6 (xyz rgb), got (${array.shape.join(', ')})`);
  }
  if (!isFloat(array.dtype))
    throw new InputError(file, {}, 'descr', `expected float32 or float64 points, got ${array.dtype}`);
  const count = n!;
  const positions = new Float32Array(count * 3);
  const colors = new Uint8Array(count * 3).fill(128);
  const data = array.data;
  for (let i = 0; i < count; i++) {
    const row = i * columns!;
    for (let k = 0; k < 3; k++) {
      const v = data[row + k]!;
      if (!Number.isFinite(v)) throw new InputError(file, { record: i }, 'xyz'[k]!, `non-finite coordinate ${v}`);
      positions[i * 3 + k] = v;
    }
    if (columns === 6) {
      for (let k = 0; k < 3; k++) {
        const v = data[row + 3 + k]!;
        if (!Number.isFinite(v)) throw new InputError(file, { record: i }, 'rgb'[k]!, `non-finite colour ${v}`);
        colors[i * 3 + k] = Math.min(255, Math.max(0, Math.round(v)));
      }
    }
  }
  return { positions, colors, hasColor: columns === 6 };
}

/** A 1-D integer array of one label per point (instance or semantic), checked against the point count. */
export function npyLabels(array: NpyArray, file: string, points: number): Uint16Array {
  if (array.shape.length !== 1)
    throw new InputError(file, {}, 'shape', `expected a 1-D label array, got (${array.shape.join(', ')})`);
  if (array.shape[0] !== points)
    throw new InputError(file, {}, 'shape', `has ${array.shape[0]} labels but the point array has ${points} points`);
  const out = new Uint16Array(points);
  for (let i = 0; i < points; i++) {
    const v = array.data[i]!;
    if (!Number.isInteger(v) || v < 0 || v > 0xffff)
      throw new InputError(file, { record: i }, 'label', `expected an integer in 0–65535, got ${v}`);
    out[i] = v;
  }
  return out;
}
