/**
 * The bundled sample scenes: rooms from the studio's own generator with fixed seeds, written as
 * ScanNet scan folders and read back through the real importer, exactly as a user's scans are.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportedScene } from '../../../common/domain/scene';
import { importScenes } from '../import/import-scenes';
import { synthesizeScenes } from '../synth/write-scan-folder';

/** Seeds chosen once; the generator is deterministic, so every install gets the same rooms. */
export const SAMPLE_SEED = 2026;
export const SAMPLE_COUNT = 3;

export async function loadSampleScenes(): Promise<ImportedScene[]> {
  const dir = await mkdtemp(join(tmpdir(), 'spatial-studio-samples-'));
  try {
    const written = await synthesizeScenes({ count: SAMPLE_COUNT, seed: SAMPLE_SEED, outDir: dir });
    return await importScenes(
      written.map((scene) => scene.dir),
      {},
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
