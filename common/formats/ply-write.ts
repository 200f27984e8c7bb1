/**
 * PLY writer in ScanNet's layout: vertex `float x y z`, `uchar red green blue alpha` (alpha 255),
 * optional `ushort label` (as in `_vh_clean_2.labels.ply`), then `element face N` with
 * `property list uchar int vertex_indices`. What it writes, `PlyReader` reads back exactly.
 *
 *   const bytes = encodePly({ positions, colors, format: 'binary' });            // points only, `element face 0`
 *   const mesh  = encodePly({ positions, colors, faces: triangles, format: 'binary' });
 */

export interface PlyWriteInput {
  /** x y z per vertex, interleaved. */
  positions: Float32Array;
  /** r g b per vertex, interleaved, same vertex count as `positions`. */
  colors: Uint8Array;
  /** Optional per-vertex label, written as `property ushort label`. */
  labels?: Uint16Array;
  format: 'binary' | 'ascii';
  /** Optional triangles, three vertex indices each; without it the file declares `element face 0`. */
  faces?: Uint32Array;
}

export function encodePly(input: PlyWriteInput): Uint8Array {
  const { positions, colors, labels, faces } = input;
  const n = positions.length / 3;
  if (!Number.isInteger(n)) throw new RangeError('encodePly: positions length must be a multiple of 3');
  if (colors.length !== positions.length)
    throw new RangeError(`encodePly: colors hold ${colors.length / 3} vertices, positions ${n}`);
  if (labels && labels.length !== n)
    throw new RangeError(`encodePly: labels hold ${labels.length} vertices, positions ${n}`);
  if (faces && faces.length % 3 !== 0) throw new RangeError('encodePly: faces length must be a multiple of 3');
  const faceCount = faces ? faces.length / 3 : 0;
  const header = plyHeader(input.format, n, faceCount, labels !== undefined);
  return input.format === 'binary'
    ? encodeBinary(header, input, n, faceCount)
    : encodeAscii(header, input, n, faceCount);
}

function plyHeader(format: 'binary' | 'ascii', vertices: number, faces: number, withLabels: boolean): string {
  return [
    'ply',
    `format ${format === 'binary' ? 'binary_little_endian' : 'ascii'} 1.0`,
    'comment written by Spatial Studio',
    `element vertex ${vertices}`,
    'property float x',
    'property float y',
    'property float z',
    'property uchar red',
    'property uchar green',
    'property uchar blue',
    'property uchar alpha',
    ...(withLabels ? ['property ushort label'] : []),
    `element face ${faces}`,
    'property list uchar int vertex_indices',
    'end_header',
    '',
  ].join('\n');
}

function encodeBinary(header: string, input: PlyWriteInput, n: number, faceCount: number): Uint8Array {
  const headerBytes = new TextEncoder().encode(header);
  const stride = input.labels ? 18 : 16;
  const out = new Uint8Array(headerBytes.length + n * stride + faceCount * 13);
  out.set(headerBytes);
  const view = new DataView(out.buffer);
  const { positions, colors, labels, faces } = input;
  let p = headerBytes.length;
  for (let i = 0; i < n; i++, p += stride) {
    view.setFloat32(p, positions[i * 3]!, true);
    view.setFloat32(p + 4, positions[i * 3 + 1]!, true);
    view.setFloat32(p + 8, positions[i * 3 + 2]!, true);
    out[p + 12] = colors[i * 3]!;
    out[p + 13] = colors[i * 3 + 1]!;
    out[p + 14] = colors[i * 3 + 2]!;
    out[p + 15] = 255;
    if (labels) view.setUint16(p + 16, labels[i]!, true);
  }
  if (faces) {
    for (let f = 0; f < faceCount; f++, p += 13) {
      out[p] = 3;
      view.setInt32(p + 1, faces[f * 3]!, true);
      view.setInt32(p + 5, faces[f * 3 + 1]!, true);
      view.setInt32(p + 9, faces[f * 3 + 2]!, true);
    }
  }
  return out;
}

function encodeAscii(header: string, input: PlyWriteInput, n: number, faceCount: number): Uint8Array {
  const { positions, colors, labels, faces } = input;
  const lines: string[] = [header];
  for (let i = 0; i < n; i++) {
    // String(float32 value) is the shortest decimal that reads back to the same float32.
    const label = labels ? ` ${labels[i]}` : '';
    lines.push(
      `${positions[i * 3]} ${positions[i * 3 + 1]} ${positions[i * 3 + 2]} ${colors[i * 3]} ${colors[i * 3 + 1]} ${colors[i * 3 + 2]} 255${label}\n`,
    );
  }
  if (faces) {
    for (let f = 0; f < faceCount; f++) lines.push(`3 ${faces[f * 3]} ${faces[f * 3 + 1]} ${faces[f * 3 + 2]}\n`);
  }
  return new TextEncoder().encode(lines.join(''));
}
