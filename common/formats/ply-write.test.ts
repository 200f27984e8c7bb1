import { describe, expect, it } from 'vitest';
import { encodePly } from './ply-write';

describe('encodePly', () => {
  const positions = new Float32Array([1, 2, 3, 4, 5, 6]);
  const colors = new Uint8Array([10, 20, 30, 40, 50, 60]);

  it("writes ScanNet's vertex layout and an empty face element", () => {
    const bytes = encodePly({ positions, colors, format: 'binary' });
    const text = new TextDecoder().decode(bytes);
    const header = text.slice(0, text.indexOf('end_header\n') + 'end_header\n'.length);
    expect(header).toBe(
      'ply\nformat binary_little_endian 1.0\ncomment written by Spatial Studio\nelement vertex 2\n' +
        'property float x\nproperty float y\nproperty float z\nproperty uchar red\nproperty uchar green\nproperty uchar blue\nproperty uchar alpha\n' +
        'element face 0\nproperty list uchar int vertex_indices\nend_header\n',
    );
    expect(bytes.length).toBe(header.length + 2 * 16);
    const view = new DataView(bytes.buffer, header.length);
    expect(view.getFloat32(16 + 8, true)).toBe(6);
    expect([...bytes.subarray(header.length + 12, header.length + 16)]).toEqual([10, 20, 30, 255]);
  });

  it('writes ASCII lines with alpha, labels and faces', () => {
    const text = new TextDecoder().decode(
      encodePly({
        positions,
        colors,
        labels: new Uint16Array([7, 8]),
        faces: new Uint32Array([0, 1, 1]),
        format: 'ascii',
      }),
    );
    expect(text).toContain('property ushort label\nelement face 1\n');
    expect(text.endsWith('end_header\n1 2 3 10 20 30 255 7\n4 5 6 40 50 60 255 8\n3 0 1 1\n')).toBe(true);
  });

  it('refuses mismatched array lengths', () => {
    expect(() => encodePly({ positions, colors: new Uint8Array(3), format: 'binary' })).toThrow(
      'colors hold 1 vertices, positions 2',
    );
    expect(() => encodePly({ positions, colors, faces: new Uint32Array(2), format: 'binary' })).toThrow(
      'multiple of 3',
    );
  });
});
