import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../common/api/dispatch';
import { synthesizeScenes } from '../synth/write-scan-folder';
import { createStudio, type Studio } from '../studio';
import { confinedPath } from './upload-staging';

const studios: Studio[] = [];
afterEach(() => studios.splice(0).forEach((s) => s.close()));

async function emptyStudio(): Promise<{ studio: Studio; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'scene-handlers-'));
  const studio = await createStudio({ dataDir: dir, projectPath: join(dir, 'p.studio'), log: () => {} });
  studios.push(studio);
  return { studio, dir };
}

const context = (): CallContext => ({ signal: new AbortController().signal, progress: () => {} });

describe('scene import through the API', () => {
  it('refuses a batch with one broken scan whole, naming the file, and leaves the project unchanged', async () => {
    const { studio, dir } = await emptyStudio();
    const rooms = await synthesizeScenes({ count: 2, seed: 5, outDir: join(dir, 'rooms'), pointsPerSquareMetre: 200 });
    const segs = join(rooms[1]!.dir, `${rooms[1]!.id}_vh_clean_2.0.010000.segs.json`);
    const parsed = JSON.parse(readFileSync(segs, 'utf8')) as { segIndices: number[] };
    parsed.segIndices.pop(); // one fewer segment index than the PLY has vertices
    writeFileSync(segs, JSON.stringify(parsed));

    const outcome = await studio.dispatch('scenes.import', { paths: [join(dir, 'rooms')] }, context());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.error.code).toBe('bad_file');
      expect(outcome.error.message).toContain(segs);
      expect(outcome.error.message).toMatch(/segIndices/);
    }
    expect(await studio.dispatch('scenes.list', {}, context())).toEqual({ ok: true, value: [] });
  });

  it('imports an upload staged in chunks, then forgets the upload', async () => {
    const { studio, dir } = await emptyStudio();
    const [room] = await synthesizeScenes({ count: 1, seed: 9, outDir: join(dir, 'rooms'), pointsPerSquareMetre: 200 });
    const { handlers } = studio;
    const { uploadId } = await handlers['uploads.begin']({}, context());
    for (const name of ['_vh_clean_2.ply', '_vh_clean_2.0.010000.segs.json', '.aggregation.json', '.txt']) {
      const bytes = new Uint8Array(readFileSync(join(room!.dir, room!.id + name)));
      // Out of order and in small chunks, as a browser may deliver them.
      const chunk = 4096;
      const offsets = [...Array(Math.ceil(bytes.length / chunk)).keys()].map((i) => i * chunk).reverse();
      for (const offset of offsets) {
        await handlers['uploads.write'](
          { uploadId, path: `${room!.id}/${room!.id}${name}`, offset, bytes: bytes.subarray(offset, offset + chunk) },
          context(),
        );
      }
    }
    const result = await handlers['uploads.import']({ uploadId }, context());
    expect(result.scenes.map((s) => s.id)).toEqual([room!.id]);
    await expect(handlers['uploads.import']({ uploadId }, context())).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps upload paths inside the staging folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'staging-'));
    mkdirSync(join(root, 'a'));
    expect(confinedPath(root, 'a/b.ply')).toBe(join(root, 'a', 'b.ply'));
    for (const bad of ['../x.ply', 'a/../../x', '/etc/passwd/..', '', './x', 'a\\..\\..\\x']) {
      expect(() => confinedPath(root, bad), bad).toThrow(/plain relative path/);
    }
    // An absolute path is read as relative to the staging folder, never as itself.
    expect(confinedPath(root, '/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
  });
});
