import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors';
import { DEFAULT_GREY, PlyReader, decodePly } from './ply';
import { encodePly } from './ply-write';

const enc = new TextEncoder();

function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function header(lines: string[]): Uint8Array {
  return enc.encode(['ply', ...lines, 'end_header', ''].join('\n'));
}

/** Three vertices with ScanNet's layout (float xyz, uchar rgba) and two triangles. */
function sampleCloud() {
  const positions = new Float32Array([0, 0, 0, 1.5, -2.25, 3.125, 0.1, 0.2, 0.3]);
  const colors = new Uint8Array([255, 0, 0, 0, 255, 0, 10, 20, 30]);
  const faces = new Uint32Array([0, 1, 2, 2, 1, 0]);
  return { positions, colors, faces };
}

function randomCloud(n: number, seed = 1) {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const positions = new Float32Array(n * 3).map(() => (rand() - 0.5) * 20);
  const colors = new Uint8Array(n * 3).map(() => Math.floor(rand() * 256));
  const labels = new Uint16Array(n).map(() => Math.floor(rand() * 41));
  return { positions, colors, labels };
}

function sameValues(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

function pushInPieces(bytes: Uint8Array, file: string, size: number, totalBytes?: number) {
  const reader = new PlyReader(file, totalBytes === undefined ? {} : { totalBytes });
  for (let i = 0; i < bytes.length; i += size) reader.push(bytes.subarray(i, i + size));
  return reader.end();
}

describe('PlyReader, good input', () => {
  it('reads back what encodePly wrote (binary, with faces and labels)', () => {
    const cloud = { ...randomCloud(500), faces: new Uint32Array([0, 1, 2, 3, 4, 5]) };
    const points = decodePly(encodePly({ ...cloud, format: 'binary' }), 'a.ply');
    expect(points.format).toBe('binary_little_endian');
    expect(points.vertexCount).toBe(500);
    expect(points.positions).toEqual(cloud.positions);
    expect(points.colors).toEqual(cloud.colors);
    expect(points.labels).toEqual(cloud.labels);
    expect(points.hasColor).toBe(true);
    expect(points.elements).toEqual([
      { name: 'vertex', count: 500 },
      { name: 'face', count: 2 },
    ]);
  });

  it('gives identical arrays for ASCII and binary files', () => {
    const cloud = randomCloud(300, 7);
    const binary = decodePly(encodePly({ ...cloud, format: 'binary' }), 'b.ply');
    const ascii = decodePly(encodePly({ ...cloud, format: 'ascii' }), 'a.ply');
    expect(ascii.format).toBe('ascii');
    expect(ascii.positions).toEqual(binary.positions);
    expect(ascii.colors).toEqual(binary.colors);
    expect(ascii.labels).toEqual(binary.labels);
    expect(binary.positions).toEqual(cloud.positions);
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const { positions, colors, faces } = sampleCloud();
    for (const format of ['binary', 'ascii'] as const) {
      const bytes = encodePly({ positions, colors, faces, format });
      const whole = decodePly(bytes, 'c.ply');
      for (const size of [1, 3, 7, 16, 1000]) {
        const pieces = pushInPieces(bytes, 'c.ply', size);
        expect(pieces.positions).toEqual(whole.positions);
        expect(pieces.colors).toEqual(whole.colors);
      }
    }
  });

  it('reads large chunks whose records straddle chunk ends, and records longer than a chunk head', () => {
    const cloud = randomCloud(12_000, 3);
    for (const format of ['binary', 'ascii'] as const) {
      const bytes = encodePly({ ...cloud, format });
      const expected = decodePly(bytes, 'big.ply');
      expect(sameValues(expected.positions, cloud.positions)).toBe(true);
      const pieces = pushInPieces(bytes, 'big.ply', format === 'binary' ? 70_001 : 100_003, bytes.length);
      // Plain loops: toEqual on large typed arrays is slow.
      expect(sameValues(pieces.positions, cloud.positions)).toBe(true);
      expect(sameValues(pieces.colors, cloud.colors)).toBe(true);
      expect(sameValues(pieces.labels!, cloud.labels)).toBe(true);
    }
    // One ASCII record of ~120 KB (a long list) cut inside by 100 KB chunks.
    const longList = Array.from({ length: 20_000 }, (_, i) => i + 100_000).join(' ');
    const bytes = concatBytes(
      header([
        'format ascii 1.0',
        'element vertex 1',
        'property float x',
        'property float y',
        'property float z',
        'element blob 1',
        'property list int int values',
      ]),
      enc.encode(`1 2 3\n20000 ${longList}\n`),
    );
    expect([...pushInPieces(bytes, 'long.ply', 100_000).positions]).toEqual([1, 2, 3]);
  });

  it('reads properties in any order, skips unknown ones and reads double coordinates', () => {
    const head = header([
      'format binary_little_endian 1.0',
      'comment odd layout',
      'element vertex 2',
      'property uchar blue',
      'property float nx',
      'property double z',
      'property uchar red',
      'property double x',
      'property short label',
      'property uchar green',
      'property double y',
      'element face 0',
      'property list uchar int vertex_indices',
    ]);
    const stride = 1 + 4 + 8 + 1 + 8 + 2 + 1 + 8;
    const body = new Uint8Array(stride * 2);
    const view = new DataView(body.buffer);
    const write = (
      i: number,
      v: { x: number; y: number; z: number; r: number; g: number; b: number; label: number },
    ) => {
      const o = i * stride;
      view.setUint8(o, v.b);
      view.setFloat32(o + 1, 9, true);
      view.setFloat64(o + 5, v.z, true);
      view.setUint8(o + 13, v.r);
      view.setFloat64(o + 14, v.x, true);
      view.setInt16(o + 22, v.label, true);
      view.setUint8(o + 24, v.g);
      view.setFloat64(o + 25, v.y, true);
    };
    write(0, { x: 1, y: 2, z: 3, r: 4, g: 5, b: 6, label: 7 });
    write(1, { x: -1, y: -2, z: -3, r: 40, g: 50, b: 60, label: 70 });
    const points = decodePly(concatBytes(head, body), 'order.ply');
    expect([...points.positions]).toEqual([1, 2, 3, -1, -2, -3]);
    expect([...points.colors]).toEqual([4, 5, 6, 40, 50, 60]);
    expect([...points.labels!]).toEqual([7, 70]);
  });

  it('fills grey when the file has no colour', () => {
    const bytes = concatBytes(
      header(['format ascii 1.0', 'element vertex 2', 'property float x', 'property float y', 'property float z']),
      enc.encode('1 2 3\r\n4 5 6\r\n'),
    );
    const points = decodePly(bytes, 'grey.ply');
    expect(points.hasColor).toBe(false);
    expect([...points.colors]).toEqual(new Array(6).fill(DEFAULT_GREY));
    expect([...points.positions]).toEqual([1, 2, 3, 4, 5, 6]);
    expect(points.labels).toBeNull();
  });

  it('ignores bytes after the last element', () => {
    const { positions, colors } = sampleCloud();
    const bytes = concatBytes(encodePly({ positions, colors, format: 'binary' }), new Uint8Array(5));
    expect(decodePly(bytes, 't.ply').positions).toEqual(positions);
  });
});

describe('PlyReader, bad input names file, place and field', () => {
  const xyz = ['property float x', 'property float y', 'property float z'];

  it('empty file', () => {
    expect(errorOf(() => decodePly(new Uint8Array(0), 'empty.ply')).message).toBe('empty.ply (byte 0): empty file');
  });

  it('not a PLY', () => {
    expect(errorOf(() => decodePly(enc.encode('solid cube\n'), 'x.ply')).message).toBe(
      "x.ply (line 1): header: not a PLY file: first line must be 'ply'",
    );
  });

  it('header without end_header', () => {
    const bytes = enc.encode('ply\nformat ascii 1.0\nelement vertex 1\n');
    expect(errorOf(() => decodePly(bytes, 'h.ply')).message).toBe(
      `h.ply (byte ${bytes.length}): header: file ends before 'end_header'`,
    );
  });

  it('unsupported format', () => {
    const bytes = header(['format binary_big_endian 1.0', 'element vertex 0', ...xyz]);
    expect(errorOf(() => decodePly(bytes, 'be.ply')).message).toBe(
      "be.ply (line 2): format: unsupported format 'binary_big_endian' (binary_little_endian or ascii)",
    );
  });

  it('unknown header keyword', () => {
    const bytes = header(['format ascii 1.0', 'elephant vertex 1']);
    expect(errorOf(() => decodePly(bytes, 'k.ply')).message).toBe(
      "k.ply (line 3): header: unknown header keyword 'elephant'",
    );
  });

  it('unsupported property type int64', () => {
    const bytes = header([
      'format binary_little_endian 1.0',
      'element vertex 1',
      'property int64 x',
      'property float y',
      'property float z',
    ]);
    expect(errorOf(() => decodePly(bytes, 'i.ply')).message).toBe(
      "i.ply (line 4): vertex.x: unsupported property type 'int64'",
    );
  });

  it('a list property on vertex', () => {
    const bytes = header([
      'format binary_little_endian 1.0',
      'element vertex 1',
      ...xyz,
      'property list uchar int neighbours',
    ]);
    expect(errorOf(() => decodePly(bytes, 'l.ply')).message).toBe(
      "l.ply (line 7): vertex.neighbours: unsupported property type 'list' on vertex",
    );
  });

  it('missing z', () => {
    const bytes = header(['format ascii 1.0', 'element vertex 1', 'property float x', 'property float y']);
    expect(errorOf(() => decodePly(bytes, 'z.ply')).message).toBe('z.ply (line 3): vertex.z: missing property');
  });

  it('no vertex element', () => {
    const bytes = header(['format ascii 1.0', 'element face 0', 'property list uchar int vertex_indices']);
    expect(errorOf(() => decodePly(bytes, 'nv.ply')).message).toBe("nv.ply: vertex: header has no 'element vertex'");
  });

  it('header declaring more vertices than data, known size: error before any allocation', () => {
    const bytes = concatBytes(
      header(['format binary_little_endian 1.0', 'element vertex 2000000000', ...xyz]),
      new Uint8Array(24),
    );
    const error = errorOf(() => decodePly(bytes, 'lie.ply'));
    expect(error.message).toBe(
      `lie.ply (byte ${bytes.length}): vertex: header declares 2000000000 vertices (at least ${bytes.length - 24 + 24e9} bytes) but the file holds only ${bytes.length} bytes (truncated file)`,
    );
  });

  it('header declaring more vertices than data, streamed without a size: grows, then errors', () => {
    const bytes = concatBytes(
      header(['format binary_little_endian 1.0', 'element vertex 2000000000', ...xyz]),
      new Uint8Array(24),
    );
    const error = errorOf(() => pushInPieces(bytes, 'lie.ply', 5));
    expect(error.message).toBe(
      `lie.ply (byte ${bytes.length}): vertex: header declares 2000000000 vertices but the data ends after 2 (truncated file)`,
    );
  });

  it('truncated inside the vertex section', () => {
    const { positions, colors } = sampleCloud();
    const bytes = encodePly({ positions, colors, format: 'binary' });
    const cut = bytes.subarray(0, bytes.length - 3);
    expect(errorOf(() => pushInPieces(cut, 'cut.ply', 10)).message).toBe(
      `cut.ply (byte ${cut.length}): vertex: header declares 3 vertices but the data ends after 2 (truncated file)`,
    );
  });

  it('truncated face section', () => {
    const { positions, colors, faces } = sampleCloud();
    const bytes = encodePly({ positions, colors, faces, format: 'binary' });
    const cut = bytes.subarray(0, bytes.length - 1);
    expect(errorOf(() => decodePly(cut, 'f.ply')).message).toBe(
      `f.ply (byte ${cut.length}): face: truncated face section: header declares 2, the data ends after 1`,
    );
  });

  it('truncated ASCII file names the line', () => {
    const bytes = concatBytes(header(['format ascii 1.0', 'element vertex 3', ...xyz]), enc.encode('1 2 3\n4 5 6\n'));
    expect(errorOf(() => decodePly(bytes, 'ta.ply')).message).toBe(
      'ta.ply (line 10): vertex: header declares 3 vertices but the data ends after 2 (truncated file)',
    );
  });

  it('NaN coordinate in binary names the byte of the field', () => {
    const positions = new Float32Array([0, 0, 0, 1, Number.NaN, 2]);
    const colors = new Uint8Array(6);
    const bytes = encodePly({ positions, colors, format: 'binary' });
    const headerLength = bytes.length - 2 * 16;
    const error = errorOf(() => decodePly(bytes, 'nan.ply'));
    expect(error.message).toBe(
      `nan.ply (byte ${headerLength + 16 + 4}): vertex.y: non-finite coordinate NaN at vertex 1`,
    );
    expect(error.location.byteOffset).toBe(headerLength + 20);
  });

  it('infinite coordinate in ASCII names the line', () => {
    const bytes = concatBytes(
      header(['format ascii 1.0', 'element vertex 2', ...xyz]),
      enc.encode('1 2 3\n4 5 Infinity\n'),
    );
    expect(errorOf(() => decodePly(bytes, 'inf.ply')).message).toBe(
      "inf.ply (line 9): vertex.z: non-finite coordinate 'Infinity' at vertex 1",
    );
  });

  it('ASCII line with the wrong number of values, and a colour out of range', () => {
    const head = header([
      'format ascii 1.0',
      'element vertex 1',
      ...xyz,
      'property uchar red',
      'property uchar green',
      'property uchar blue',
    ]);
    expect(errorOf(() => decodePly(concatBytes(head, enc.encode('1 2 3 4\n')), 'n.ply')).message).toBe(
      'n.ply (line 11): vertex: expected 6 values, found 4',
    );
    expect(errorOf(() => decodePly(concatBytes(head, enc.encode('1 2 3 4 300 6\n')), 'r.ply')).message).toBe(
      "r.ply (line 11): vertex.green: '300' is not an integer in 0–255",
    );
  });

  it('invalid UTF-8 in the header and in ASCII data', () => {
    const badHeader = concatBytes(
      enc.encode('ply\nformat ascii 1.0\ncomment '),
      new Uint8Array([0xff, 0x0a]),
      enc.encode('element vertex 0\nproperty float x\nproperty float y\nproperty float z\nend_header\n'),
    );
    expect(errorOf(() => decodePly(badHeader, 'u.ply')).message).toBe(
      'u.ply (byte 29): header: invalid UTF-8 in header text',
    );
    const head = header(['format ascii 1.0', 'element vertex 2', ...xyz]);
    const badBody = concatBytes(head, enc.encode('1 2 3\n4 5 '), new Uint8Array([0xc3, 0x28]), enc.encode('\n'));
    expect(errorOf(() => pushInPieces(badBody, 'ub.ply', 4)).message).toBe(
      `ub.ply (line 9, byte ${head.length + 10}): data: invalid UTF-8`,
    );
  });
});
