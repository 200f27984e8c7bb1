/**
 * `studio synth`: generates synthetic rooms and writes each as a ScanNet scan folder
 * `<outDir>/<id>/`. Scene i of a run uses the seed derived from (seed, i) and the id
 * `synth<seed padded to 4>_<i padded to 2>`, so runs with different seeds never share ids.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeScanNetScene } from '../../../common/formats/scannet-write';
import { generateScene } from '../../../common/synth/generate';
import { deriveSeed } from '../../../common/synth/random';

export interface SynthesizeOptions {
  count: number;
  seed: number;
  outDir: string;
  pointsPerSquareMetre?: number;
  /** Called after each scene is written: `done` of `total` scenes, the last one being `id`. */
  onProgress?: (done: number, total: number, id: string) => void;
  signal?: AbortSignal;
}

export interface SynthesizedScene {
  id: string;
  dir: string;
}

export function synthSceneId(seed: number, index: number): string {
  return `synth${String(seed >>> 0).padStart(4, '0')}_${String(index).padStart(2, '0')}`;
}

export async function synthesizeScenes(options: SynthesizeOptions): Promise<SynthesizedScene[]> {
  const { count, seed, outDir, signal } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`synth: count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(seed)) throw new RangeError(`synth: seed must be an integer, got ${seed}`);
  const out: SynthesizedScene[] = [];
  for (let i = 0; i < count; i++) {
    signal?.throwIfAborted();
    const id = synthSceneId(seed, i);
    const scene = generateScene(deriveSeed(seed, i), { id, pointsPerSquareMetre: options.pointsPerSquareMetre });
    const dir = join(outDir, id);
    await mkdir(dir, { recursive: true });
    for (const file of encodeScanNetScene(scene)) await writeFile(join(dir, file.name), file.bytes);
    out.push({ id, dir });
    options.onProgress?.(i + 1, count, id);
    // Yield between scenes so a cancel or other I/O gets a turn in a long run.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}
