/**
 * Binary little-endian PLY records: decoding whole vertex records into the sink and skipping the
 * records of other elements (faces included). Works on whatever whole records a chunk holds.
 */
import { InputError } from '../domain/errors';
import { SCALAR_SIZE, type PlyElement, type PlyScalarType } from './ply-header';
import type { PlyVertexLayout } from './ply-layout';
import type { VertexSink } from './ply-sink';

export function readScalar(view: DataView, offset: number, type: PlyScalarType): number {
  switch (type) {
    case 'int8':
      return view.getInt8(offset);
    case 'uint8':
      return view.getUint8(offset);
    case 'int16':
      return view.getInt16(offset, true);
    case 'uint16':
      return view.getUint16(offset, true);
    case 'int32':
      return view.getInt32(offset, true);
    case 'uint32':
      return view.getUint32(offset, true);
    case 'float32':
      return view.getFloat32(offset, true);
    case 'float64':
      return view.getFloat64(offset, true);
  }
}

/**
 * Decodes `n` vertex records starting at `start` of `bytes`. `fileOffset` is the absolute file
 * offset of `bytes[0]`, so errors name the exact byte of the bad field.
 */
export function readBinaryVertices(
  bytes: Uint8Array,
  start: number,
  n: number,
  layout: PlyVertexLayout,
  sink: VertexSink,
  fileOffset: number,
  file: string,
): void {
  sink.reserve(n);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { stride, x, y, z, rgb, label } = layout;
  const first = sink.count;
  // Each loop lives in its own small function taking plain numbers, so V8 optimises it on its
  // own (a function holding several loops deoptimises when OSR code reaches a loop without feedback).
  const bad =
    x.type === 'float32' && y.type === 'float32' && z.type === 'float32'
      ? float32Xyz(view, start, n, stride, x.offset, y.offset, z.offset, sink.positions, first * 3)
      : genericXyz(view, start, n, stride, layout, sink.positions, first * 3);
  if (bad >= 0) {
    const base = start + bad * stride;
    const field = [x, y, z].find((f) => !Number.isFinite(readScalar(view, base + f.offset, f.type)))!;
    const value = readScalar(view, base + field.offset, field.type);
    throw new InputError(
      file,
      { byteOffset: fileOffset + base + field.offset },
      `vertex.${field.name}`,
      `non-finite coordinate ${value} at vertex ${first + bad}`,
    );
  }
  if (rgb) copyRgb(bytes, start, n, stride, rgb[0].offset, rgb[1].offset, rgb[2].offset, sink.colors, first * 3);
  if (label && sink.labels) {
    const labels = sink.labels;
    let base = start;
    for (let i = 0; i < n; i++, base += stride) {
      const value = readScalar(view, base + label.offset, label.type);
      if (value < 0 || value > 0xffff) {
        throw new InputError(
          file,
          { byteOffset: fileOffset + base + label.offset },
          'vertex.label',
          `label ${value} outside 0–65535 at vertex ${first + i}`,
        );
      }
      labels[first + i] = value;
    }
  }
  sink.count += n;
}

/** Copies float32 x y z; returns the index of the first vertex with a non-finite coordinate, or -1. */
function float32Xyz(
  view: DataView,
  start: number,
  n: number,
  stride: number,
  ox: number,
  oy: number,
  oz: number,
  out: Float32Array,
  at: number,
): number {
  let base = start;
  let p = at;
  for (let i = 0; i < n; i++) {
    const vx = view.getFloat32(base + ox, true);
    const vy = view.getFloat32(base + oy, true);
    const vz = view.getFloat32(base + oz, true);
    // `v - v` is NaN for both NaN and ±Infinity: one cheap test for non-finite values.
    if (vx - vx !== 0 || vy - vy !== 0 || vz - vz !== 0) return i;
    out[p] = vx;
    out[p + 1] = vy;
    out[p + 2] = vz;
    base += stride;
    p += 3;
  }
  return -1;
}

function genericXyz(
  view: DataView,
  start: number,
  n: number,
  stride: number,
  layout: PlyVertexLayout,
  out: Float32Array,
  at: number,
): number {
  const { x, y, z } = layout;
  for (let i = 0; i < n; i++) {
    const base = start + i * stride;
    const vx = readScalar(view, base + x.offset, x.type);
    const vy = readScalar(view, base + y.offset, y.type);
    const vz = readScalar(view, base + z.offset, z.type);
    if (vx - vx !== 0 || vy - vy !== 0 || vz - vz !== 0) return i;
    out[at + i * 3] = vx;
    out[at + i * 3 + 1] = vy;
    out[at + i * 3 + 2] = vz;
  }
  return -1;
}

function copyRgb(
  bytes: Uint8Array,
  start: number,
  n: number,
  stride: number,
  or: number,
  og: number,
  ob: number,
  out: Uint8Array,
  at: number,
): void {
  let base = start;
  let c = at;
  for (let i = 0; i < n; i++) {
    out[c] = bytes[base + or]!;
    out[c + 1] = bytes[base + og]!;
    out[c + 2] = bytes[base + ob]!;
    base += stride;
    c += 3;
  }
}

/**
 * Skips up to `maxRecords` records of an element that has list properties (e.g. faces),
 * stopping before a record that is not wholly inside `bytes[start, end)`.
 * Returns how many records and bytes were consumed.
 */
export function skipListRecords(
  bytes: Uint8Array,
  start: number,
  end: number,
  element: PlyElement,
  maxRecords: number,
  fileOffset: number,
  file: string,
): { records: number; bytes: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const props = element.properties;
  const only = props.length === 1 ? props[0] : undefined;
  let p = start;
  let records = 0;
  // ScanNet faces: a single `list uchar int` property, the common case kept tight.
  if (only && only.kind === 'list' && only.countType === 'uint8') {
    const itemSize = SCALAR_SIZE[only.itemType];
    while (records < maxRecords && p < end) {
      const next = p + 1 + bytes[p]! * itemSize;
      if (next > end) break;
      p = next;
      records++;
    }
    return { records, bytes: p - start };
  }
  outer: while (records < maxRecords) {
    let q = p;
    for (const prop of props) {
      if (prop.kind === 'scalar') {
        q += SCALAR_SIZE[prop.type];
        continue;
      }
      const countSize = SCALAR_SIZE[prop.countType];
      if (q + countSize > end) break outer;
      const count = readScalar(view, q, prop.countType);
      if (count < 0) {
        throw new InputError(
          file,
          { byteOffset: fileOffset + q },
          `${element.name}.${prop.name}`,
          `negative list count ${count}`,
        );
      }
      q += countSize + count * SCALAR_SIZE[prop.itemType];
    }
    if (q > end) break;
    p = q;
    records++;
  }
  return { records, bytes: p - start };
}
