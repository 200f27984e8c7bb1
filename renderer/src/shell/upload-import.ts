/**
 * Imports dropped files through the web shell: stages them in chunks (with byte progress), then
 * runs the ordinary import on the staged folder. Cancelling discards what was staged.
 */
import type { StudioClient } from '../../../common/api/client';
import { UPLOAD_CHUNK_BYTES } from '../../../common/api/contract';
import type { ImportResult } from '../../../common/api/results';
import type { DroppedFile } from './dropped-files';

export async function uploadAndImport(
  studio: StudioClient,
  files: DroppedFile[],
  options: { signal: AbortSignal; onProgress: (p: { fraction: number | null; message: string }) => void },
): Promise<ImportResult> {
  const { uploadId } = await studio.call('uploads.begin', {});
  const total = files.reduce((sum, f) => sum + f.file.size, 0);
  let sent = 0;
  try {
    for (const { path, file } of files) {
      for (let offset = 0; offset < file.size || (offset === 0 && file.size === 0); offset += UPLOAD_CHUNK_BYTES) {
        options.signal.throwIfAborted();
        const bytes = new Uint8Array(await file.slice(offset, offset + UPLOAD_CHUNK_BYTES).arrayBuffer());
        await studio.call('uploads.write', { uploadId, path, offset, bytes });
        sent += bytes.byteLength;
        options.onProgress({ fraction: total ? (sent / total) * 0.5 : null, message: `Uploading ${path}` });
        if (file.size === 0) break;
      }
    }
    return await studio.call(
      'uploads.import',
      { uploadId },
      {
        signal: options.signal,
        onProgress: ({ fraction, message }) =>
          options.onProgress({ fraction: fraction === null ? null : 0.5 + fraction * 0.5, message }),
      },
    );
  } catch (error) {
    await studio.call('uploads.discard', { uploadId }).catch(() => {});
    throw error;
  }
}
