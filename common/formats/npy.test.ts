import { describe, expect, it } from 'vitest';
import { npyLabels, npyPoints, parseNpy } from './npy';
import { encodeNpy } from './npy-write';

describe('parseNpy', () => {
  it('reads versions 1–3 and every supported dtype', () => {
    for (const version of [1, 2, 3] as const) {
      for (const dtype of ['f4', 'f8', 'i1', 'u1', 'i2', 'u2', 'i4', 'u4', 'i8', 'u8'] as const) {
        const array = parseNpy(encodeNpy(dtype, [2, 3], [0, 1, 2, 3, 4, 5], version), 'a.npy');
        expect(array.dtype).toBe(dtype);
        expect(array.shape).toEqual([2, 3]);
        expect([...array.data]).toEqual([0, 1, 2, 3, 4, 5]);
      }
    }
  });

  it('copies only its own data out of a view of a larger buffer ', () => {
    const bytes = encodeNpy('i8', [2], [3, 4]);
    const big = new Uint8Array(bytes.length + 64).fill(0xee);
    big.set(bytes, 32);
    expect([...parseNpy(big.subarray(32, 32 + bytes.length), 'a.npy').data]).toEqual([3, 4]);
  });

  it('reads from an unaligned view of a larger buffer', () => {
    const bytes = encodeNpy('f4', [3], [1.5, -2, 3]);
    const padded = new Uint8Array(bytes.length + 1);
    padded.set(bytes, 1);
    expect([...parseNpy(padded.subarray(1), 'a.npy').data]).toEqual([1.5, -2, 3]);
  });

  it('names file, place and field of bad input', () => {
    expect(() => parseNpy(new Uint8Array(0), 'e.npy')).toThrow('e.npy (byte 0): empty file');
    expect(() => parseNpy(new TextEncoder().encode('hello world!'), 'h.npy')).toThrow(
      'h.npy (byte 0): magic: not a NumPy .npy file',
    );
    const good = encodeNpy('f4', [4, 3], new Array(12).fill(0));
    expect(() => parseNpy(good.subarray(0, good.length - 4), 't.npy')).toThrow(
      `t.npy (byte ${good.length - 4}): shape: shape (4, 3) needs 48 data bytes but only 44 follow the header (truncated file)`,
    );
    const bigEndian = new TextDecoder('latin1').decode(good).replace("'<f4'", "'>f4'");
    expect(() =>
      parseNpy(
        Uint8Array.from(bigEndian, (c) => c.charCodeAt(0)),
        'b.npy',
      ),
    ).toThrow("b.npy (byte 10): descr: big-endian dtype '>f4' is not supported");
    const fortran = new TextDecoder('latin1').decode(good).replace('False', 'True ');
    expect(() =>
      parseNpy(
        Uint8Array.from(fortran, (c) => c.charCodeAt(0)),
        'f.npy',
      ),
    ).toThrow('f.npy (byte 10): fortran_order: Fortran-ordered arrays are not supported');
    const complex = new TextDecoder('latin1').decode(good).replace("'<f4'", "'<c8'");
    expect(() =>
      parseNpy(
        Uint8Array.from(complex, (c) => c.charCodeAt(0)),
        'c.npy',
      ),
    ).toThrow("c.npy (byte 10): descr: unsupported dtype '<c8'");
  });

  it('does not trust a huge declared shape', () => {
    const bytes = encodeNpy('f4', [1_000_000_000, 3], []);
    expect(() => parseNpy(bytes, 'big.npy')).toThrow(
      `big.npy (byte ${bytes.length}): shape: shape (1000000000, 3) needs 12000000000 data bytes but only 0 follow the header (truncated file)`,
    );
  });
});

describe('npyPoints and npyLabels', () => {
  it('reads N×6 xyz rgb and N×3 xyz', () => {
    const six = npyPoints(
      parseNpy(encodeNpy('f8', [2, 6], [1, 2, 3, 255, 128.4, 0, 4, 5, 6, 300, -1, 7]), 'v.npy'),
      'v.npy',
    );
    expect([...six.positions]).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...six.colors]).toEqual([255, 128, 0, 255, 0, 7]);
    const three = npyPoints(parseNpy(encodeNpy('f4', [1, 3], [1, 2, 3]), 'v.npy'), 'v.npy');
    expect(three.hasColor).toBe(false);
  });

  it('rejects other shapes, integer points and non-finite coordinates', () => {
    expect(() => npyPoints(parseNpy(encodeNpy('f4', [1, 4], [1, 2, 3, 4]), 'v.npy'), 'v.npy')).toThrow(
      'v.npy: shape: expected N×3 (xyz) or N×6 (xyz rgb), got (1, 4)',
    );
    expect(() => npyPoints(parseNpy(encodeNpy('i4', [1, 3], [1, 2, 3]), 'v.npy'), 'v.npy')).toThrow(
      'v.npy: descr: expected float32 or float64 points, got i4',
    );
    expect(() => npyPoints(parseNpy(encodeNpy('f4', [2, 3], [1, 2, 3, 4, Number.NaN, 6]), 'v.npy'), 'v.npy')).toThrow(
      'v.npy (record 1): y: non-finite coordinate NaN',
    );
  });

  it('reads 1-D label arrays of the right length', () => {
    expect([...npyLabels(parseNpy(encodeNpy('i8', [3], [0, 5, 2]), 'l.npy'), 'l.npy', 3)]).toEqual([0, 5, 2]);
    expect(() => npyLabels(parseNpy(encodeNpy('i4', [2], [0, 1]), 'l.npy'), 'l.npy', 3)).toThrow(
      'l.npy: shape: has 2 labels but the point array has 3 points',
    );
    expect(() => npyLabels(parseNpy(encodeNpy('i4', [2], [0, -1]), 'l.npy'), 'l.npy', 2)).toThrow(
      'l.npy (record 1): label: expected an integer in 0–65535, got -1',
    );
  });
});
