/**
 * Files dropped on the web shell's page travel here in chunks and are staged in a temporary
 * folder with their relative paths, so the ordinary importer reads them like any scan folder.
 * Paths are confined to the staging folder, and sizes are bounded before anything is written.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { StudioError } from '../../../common/api/outcome';

/** A 1.5M-point ScanNet scan with its mesh is ~70 MB; a folder of many scans stays well under this. */
export const MAX_UPLOAD_BYTES = 8 * 1024 ** 3;
export const MAX_UPLOAD_FILES = 20_000;

interface Upload {
  dir: string;
  bytes: number;
  files: Set<string>;
}

export class UploadStaging {
  private readonly uploads = new Map<string, Upload>();

  begin(): string {
    const id = randomUUID();
    this.uploads.set(id, { dir: mkdtempSync(join(tmpdir(), 'spatial-studio-upload-')), bytes: 0, files: new Set() });
    return id;
  }

  async write(id: string, relativePath: string, offset: number, bytes: Uint8Array): Promise<void> {
    const upload = this.get(id);
    const target = confinedPath(upload.dir, relativePath);
    if (!upload.files.has(target) && upload.files.size >= MAX_UPLOAD_FILES) {
      throw new StudioError('invalid_input', `An upload may hold at most ${MAX_UPLOAD_FILES} files`);
    }
    if (upload.bytes + bytes.byteLength > MAX_UPLOAD_BYTES) {
      throw new StudioError('invalid_input', `An upload may hold at most ${MAX_UPLOAD_BYTES / 1024 ** 3} GiB`);
    }
    mkdirSync(dirname(target), { recursive: true });
    const handle = await open(target, upload.files.has(target) ? 'r+' : 'w');
    try {
      await handle.write(bytes, 0, bytes.byteLength, offset);
    } finally {
      await handle.close();
    }
    upload.files.add(target);
    upload.bytes += bytes.byteLength;
  }

  /** The staged top-level entries: each a scan folder, a folder of scans, or a single file. */
  entries(id: string): string[] {
    const { dir } = this.get(id);
    return readdirSync(dir).map((name) => join(dir, name));
  }

  discard(id: string): void {
    const upload = this.uploads.get(id);
    if (!upload) return;
    this.uploads.delete(id);
    rmSync(upload.dir, { recursive: true, force: true });
  }

  discardAll(): void {
    for (const id of [...this.uploads.keys()]) this.discard(id);
  }

  private get(id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload)
      throw new StudioError('not_found', `No upload ${id} (it finished, was discarded, or the studio restarted)`);
    return upload;
  }
}

export function confinedPath(root: string, relativePath: string): string {
  const parts = relativePath.split(/[\\/]+/).filter((p) => p.length > 0);
  if (parts.length === 0 || parts.some((p) => p === '.' || p === '..' || p.includes('\0'))) {
    throw new StudioError('invalid_input', `Upload path ${JSON.stringify(relativePath)} is not a plain relative path`, [
      { path: 'path', message: 'must be a relative path without . or .. segments' },
    ]);
  }
  const target = resolve(root, ...parts);
  if (!target.startsWith(resolve(root) + sep)) {
    throw new StudioError('invalid_input', `Upload path ${JSON.stringify(relativePath)} leaves the upload folder`);
  }
  return target;
}
