/**
 * Spatial model benchmark: loading the committed ONNX model into its worker, and one `ask` on a
 * 50-object, 150k-point scene including feature preparation (FPS over the scan and every object,
 * tokenizing, inference, decoding). Baseline in the same run: the same query with the scene's
 * features already prepared (what `ask` does on a scene it has seen), i.e. inference + decoding.
 */
import { performance } from 'node:perf_hooks';
import type { BenchFigure } from './figure';
import { prepareScene } from '../common/model/features';
import { sampleScene } from '../electron/services/project/sample-scene';
import { SpatialModelService } from '../electron/services/model/spatial-model';

const RUNS = 25;
const round = (v: number): number => Math.round(v * 100) / 100;

async function medianMs(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export default async function modelBench(): Promise<BenchFigure[]> {
  const loadTimes: number[] = [];
  let service: SpatialModelService | null = null;
  for (let i = 0; i < 3; i++) {
    await service?.close();
    const start = performance.now();
    service = await SpatialModelService.open();
    loadTimes.push(performance.now() - start);
  }
  loadTimes.sort((a, b) => a - b);
  const loadMs = loadTimes[1]!;
  const model = service!;
  try {
    const scene = sampleScene('bench_model', 150_000, 7, 50);
    const text = 'How far is the chair from the table closest to the door?';
    const input = { objects: scene.objects, cloud: scene };
    const prepared = prepareScene(input);
    const fullMs = await medianMs(RUNS, () => model.askPrepared(prepareScene(input), scene.objects, text));
    const cachedMs = await medianMs(RUNS, () => model.askPrepared(prepared, scene.objects, text));
    return [
      {
        name: `model: load manifest + ONNX session in worker (${model.host.provider}, median of 3)`,
        value: round(loadMs),
        unit: 'ms',
        goal: '<= 1000 ms',
        pass: loadMs <= 1000,
      },
      {
        name: 'model: one ask on a 50-object 150k-point scene incl. feature preparation (median of 25)',
        value: round(fullMs),
        unit: 'ms',
        baseline: { name: 'same ask with scene features cached (inference + decode)', value: round(cachedMs) },
        ratio: round(fullMs / cachedMs),
        goal: '<= 25 ms',
        pass: fullMs <= 25,
      },
    ];
  } finally {
    await model.close();
  }
}
