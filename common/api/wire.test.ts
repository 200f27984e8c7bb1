import { describe, expect, it } from 'vitest';
import { decodeFrame, encodeFrame } from './wire';

describe('wire frames', () => {
  it('sends plain data as a JSON text frame', () => {
    const frame = encodeFrame({ type: 'result', value: [1, 2, 3] });
    expect(typeof frame).toBe('string');
    expect(decodeFrame(frame)).toEqual({ type: 'result', value: [1, 2, 3] });
  });

  it('carries typed arrays as binary attachments that decode to the same typed arrays', () => {
    const positions = new Float32Array([0.5, -1.25, 3e-7, 1e30]);
    const colors = new Uint8Array([1, 2, 3, 250, 251, 252, 9]); // odd length: forces padding before the next
    const instances = new Uint16Array([0, 65_535]);
    const frame = encodeFrame({ cloud: { positions, colors, instances }, note: 'x' });
    expect(frame).toBeInstanceOf(Uint8Array);
    const decoded = decodeFrame(frame) as { cloud: Record<string, unknown>; note: string };
    expect(decoded.note).toBe('x');
    expect(decoded.cloud.positions).toEqual(positions);
    expect(decoded.cloud.colors).toEqual(colors);
    expect(decoded.cloud.instances).toEqual(instances);
    expect((decoded.cloud.instances as Uint16Array).byteOffset % 8).toBe(0);
  });

  it('keeps subarray views to their own bytes', () => {
    const whole = new Float32Array([1, 2, 3, 4, 5, 6]);
    const decoded = decodeFrame(encodeFrame({ part: whole.subarray(2, 4) })) as { part: Float32Array };
    expect([...decoded.part]).toEqual([3, 4]);
  });

  it('decodes a frame that sits at an unaligned offset of a larger buffer (as Node delivers them)', () => {
    const frame = encodeFrame({ a: new Float64Array([Math.PI]) }) as Uint8Array;
    const shifted = new Uint8Array(frame.byteLength + 3);
    shifted.set(frame, 3);
    expect((decodeFrame(shifted.subarray(3)) as { a: Float64Array }).a[0]).toBe(Math.PI);
  });

  it('rejects truncated frames instead of reading past the end', () => {
    const frame = encodeFrame({ a: new Float32Array(100) }) as Uint8Array;
    expect(() => decodeFrame(frame.subarray(0, frame.byteLength - 8))).toThrow(/past the end/);
    expect(() => decodeFrame(new Uint8Array([1]))).toThrow(/shorter/);
  });
});
