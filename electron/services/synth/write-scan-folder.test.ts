import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateScene } from '../../../common/synth/generate';
import { deriveSeed } from '../../../common/synth/random';
import { importScenes } from '../import/import-scenes';
import { synthesizeScenes } from './write-scan-folder';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'synth-test-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const DENSITY = 300;

describe('synthesizeScenes', () => {
  it('writes one ScanNet folder per scene with ids from the run seed, reporting progress', async () => {
    const outDir = await tempDir();
    const progress: [number, number, string][] = [];
    const written = await synthesizeScenes({
      count: 2,
      seed: 12,
      outDir,
      pointsPerSquareMetre: DENSITY,
      onProgress: (done, total, id) => progress.push([done, total, id]),
    });
    expect(written).toEqual([
      { id: 'synth0012_00', dir: join(outDir, 'synth0012_00') },
      { id: 'synth0012_01', dir: join(outDir, 'synth0012_01') },
    ]);
    expect(progress).toEqual([
      [1, 2, 'synth0012_00'],
      [2, 2, 'synth0012_01'],
    ]);
    expect((await readdir(written[1]!.dir)).sort()).toEqual(
      [
        'synth0012_01.aggregation.json',
        'synth0012_01.txt',
        'synth0012_01_vh_clean_2.0.010000.segs.json',
        'synth0012_01_vh_clean_2.ply',
      ].sort(),
    );
  });

  it('writes byte-identical folders for the same seed', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await synthesizeScenes({ count: 1, seed: 3, outDir: a, pointsPerSquareMetre: DENSITY });
    await synthesizeScenes({ count: 1, seed: 3, outDir: b, pointsPerSquareMetre: DENSITY });
    for (const name of await readdir(join(a, 'synth0003_00'))) {
      const [x, y] = [await readFile(join(a, 'synth0003_00', name)), await readFile(join(b, 'synth0003_00', name))];
      expect(x.equals(y), name).toBe(true);
    }
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      synthesizeScenes({ count: 1, seed: 1, outDir: await tempDir(), signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('round-trips through the ScanNet importer: same ids, labels and point boxes within 0.1 mm', async () => {
    const outDir = await tempDir();
    const seed = 77;
    const written = await synthesizeScenes({ count: 2, seed, outDir, pointsPerSquareMetre: DENSITY });
    const imported = await importScenes(written.map((w) => w.dir));
    expect(imported.map((s) => s.id)).toEqual(written.map((w) => w.id));
    imported.forEach((scene, i) => {
      const truth = generateScene(deriveSeed(seed, i), { id: written[i]!.id, pointsPerSquareMetre: DENSITY });
      expect(scene.positions.length).toBe(truth.positions.length);
      expect(scene.objects.map((o) => [o.id, o.label])).toEqual(truth.objects.map((o) => [o.id, o.label]));
      for (const object of scene.objects) {
        const expected = truth.objects[object.id]!;
        expect(object.points).toBe(expected.points);
        expect(object.box.yaw).toBe(0);
        for (let a = 0; a < 3; a++) {
          expect(Math.abs(object.box.center[a]! - expected.pointBox.center[a]!)).toBeLessThan(1e-4);
          expect(Math.abs(object.box.size[a]! - expected.pointBox.size[a]!)).toBeLessThan(1e-4);
        }
      }
    });
  });
});
