/**
 * Typed arrays to and from SQLite blobs, without JSON and, where possible, without copies.
 *
 * A blob holds the array's raw bytes in little-endian order (the order of every platform the
 * studio ships on; the module refuses to load elsewhere rather than store bytes it would misread).
 *
 * Reading: better-sqlite3 hands each blob over as a Buffer with its own ArrayBuffer. When that
 * Buffer covers its whole ArrayBuffer (offset 0, hence aligned) the typed array is a view of it:
 * no copy. Otherwise (a pooled or offset Buffer) the bytes are copied once, so every returned
 * array owns its whole ArrayBuffer and a transport may send `array.buffer` as it is.
 */
import { endianness } from 'node:os';

if (endianness() !== 'LE') {
  throw new Error('the project store keeps point data little-endian and needs a little-endian machine');
}

type TypedPointArray = Float32Array | Uint8Array | Uint16Array;

/** The array's bytes as a Buffer sharing its memory (for binding as a BLOB parameter). */
export function toBlob(array: TypedPointArray): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

export function float32FromBlob(blob: Buffer): Float32Array {
  return ownsWholeBuffer(blob)
    ? new Float32Array(blob.buffer, 0, blob.byteLength / 4)
    : new Float32Array(copyBytes(blob));
}

export function uint16FromBlob(blob: Buffer): Uint16Array {
  return ownsWholeBuffer(blob)
    ? new Uint16Array(blob.buffer, 0, blob.byteLength / 2)
    : new Uint16Array(copyBytes(blob));
}

export function uint8FromBlob(blob: Buffer): Uint8Array {
  return ownsWholeBuffer(blob) ? new Uint8Array(blob.buffer, 0, blob.byteLength) : new Uint8Array(copyBytes(blob));
}

function ownsWholeBuffer(blob: Buffer): boolean {
  return blob.byteOffset === 0 && blob.byteLength === blob.buffer.byteLength && blob.buffer instanceof ArrayBuffer;
}

function copyBytes(blob: Buffer): ArrayBuffer {
  const bytes = new Uint8Array(blob.byteLength);
  bytes.set(blob);
  return bytes.buffer;
}
