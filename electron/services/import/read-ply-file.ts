/**
 * Streams a PLY file from disk into the incremental reader in 1 MiB chunks, so the whole file is
 * never in memory at once, reporting bytes read and honouring cancellation between chunks.
 *
 * It reads into one reused buffer (FileHandle.read) rather than a read stream: the reader copies
 * what it keeps, and a stream's fresh 1 MiB Buffer per chunk would pile up as garbage, raising the
 * peak memory of a 60 MB scan by tens of megabytes before a GC frees it.
 */
import { open } from 'node:fs/promises';
import { PlyReader, type PlyPoints } from '../../../common/formats/ply';
import { throwIfAborted } from './abort';

export const CHUNK_BYTES = 1 << 20;

export interface ReadPlyOptions {
  signal?: AbortSignal;
  /** Bytes read so far and the file's size. */
  onBytes?: (read: number, total: number) => void;
  /** Name used in error messages (defaults to the path). */
  displayName?: string;
}

export async function readPlyFile(path: string, options: ReadPlyOptions = {}): Promise<PlyPoints> {
  const { signal, onBytes } = options;
  throwIfAborted(signal);
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const reader = new PlyReader(options.displayName ?? path, { totalBytes: size });
    const buffer = new Uint8Array(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      throwIfAborted(signal);
      reader.push(buffer.subarray(0, bytesRead));
      onBytes?.(reader.bytesRead, size);
    }
    return reader.end();
  } finally {
    await file.close();
  }
}
