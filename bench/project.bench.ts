/**
 * Project store benchmark: loading a stored 1.5M-point scene (`getPoints`, both levels of detail)
 * against reading the same bytes from plain files with `fs.readFileSync` in the same run.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchFigure } from './figure';
import { openProject } from '../electron/services/project/project-store';
import { sampleScene } from '../electron/services/project/sample-scene';
import { median, timeRuns } from './stats';

const POINTS = 1_500_000;
const RUNS = 25;
const GOAL_MS = 50;

const round = (value: number): number => Math.round(value * 100) / 100;

export default async function projectBench(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'project-bench-'));
  try {
    const scene = sampleScene('bench_scene', POINTS, 42, 20);
    const store = openProject(join(dir, 'bench.studio'), { create: true });
    const storeStart = performance.now();
    store.addScenes([scene]);
    const storeMs = performance.now() - storeStart;

    const files = { positions: scene.positions, colors: scene.colors, instances: scene.instances };
    for (const [name, array] of Object.entries(files)) {
      writeFileSync(join(dir, `${name}.bin`), Buffer.from(array.buffer, array.byteOffset, array.byteLength));
    }
    const readPlain = (): number =>
      Object.keys(files).reduce((bytes, name) => bytes + readFileSync(join(dir, `${name}.bin`)).byteLength, 0);

    const fullMs = median(timeRuns(RUNS, () => store.getPoints(scene.id, 0)));
    const displayMs = median(timeRuns(RUNS, () => store.getPoints(scene.id, 1)));
    const plainMs = median(timeRuns(RUNS, readPlain));
    store.close();

    const baseline = {
      name: `fs.readFileSync of the same ${(readPlain() / 1e6).toFixed(1)} MB`,
      value: round(plainMs),
    };
    return [
      {
        name: 'project: load 1.5M-point scene, getPoints lod 0 (median of 25)',
        value: round(fullMs),
        unit: 'ms',
        baseline,
        ratio: round(fullMs / plainMs),
        goal: `<= ${GOAL_MS} ms`,
        pass: fullMs <= GOAL_MS,
      },
      {
        name: 'project: load display subsample (250k points), getPoints lod 1 (median of 25)',
        value: round(displayMs),
        unit: 'ms',
        goal: `<= ${GOAL_MS} ms`,
        pass: displayMs <= GOAL_MS,
      },
      {
        name: 'project: store 1.5M-point scene with its display subsample (addScenes, once)',
        value: round(storeMs),
        unit: 'ms',
        goal: '<= 5000 ms',
        pass: storeMs <= 5000,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
