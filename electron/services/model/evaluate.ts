/**
 * `eval`: the model measured on a prepared split (native-models/data/<split>, written by
 * prepare-data.ts): grounding accuracy, distance with both referents right and the median
 * absolute error, layout edits within 0.25 m of the truth and free of collisions, and VQA accuracy
 * per question type. Batches are assembled from the split's arrays exactly as
 * native-models/dataset.py does for training.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { SceneObject } from '../../../common/domain/scene';
import { parseNpy, type NpyArray } from '../../../common/formats/npy';
import { MAX_OBJECTS, MODEL_INPUTS, type ModelInputName } from '../../../common/model/config';
import { decodeOutputs } from '../../../common/model/decode';
import type { ModelInputs, ModelObject } from '../../../common/model/features';
import { checkPlacement } from '../../../common/placement/check';
import { roomFromObjects } from '../../../common/placement/room';
import type { ModelHost } from './model-host';
import { sampleOutputs } from './spatial-model';
import type { SplitMeta } from './training-data';

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '../../../native-models/data');
const ARRAYS = [
  'scene_points',
  'object_points',
  'object_box',
  'object_label',
  'sample_scene',
  'sample_slots',
  'sample_obj_text',
  'sample_tokens',
  'sample_token_mask',
] as const;
const LAYOUT_TOLERANCE = 0.25;
const BATCH = 16;

export interface LoadedSplit {
  arrays: Record<(typeof ARRAYS)[number], NpyArray>;
  meta: SplitMeta;
}

/** A split's file, or its gzip twin (`name.gz`: how the committed test splits are kept small). */
function readSplitFile(dir: string, name: string): { bytes: Buffer; file: string } {
  const file = join(dir, name);
  if (existsSync(file)) return { bytes: readFileSync(file), file };
  return { bytes: gunzipSync(readFileSync(`${file}.gz`)), file: `${file}.gz` };
}

export function loadSplit(dir: string): LoadedSplit {
  const arrays = {} as LoadedSplit['arrays'];
  for (const name of ARRAYS) {
    const { bytes, file } = readSplitFile(dir, `${name}.npy`);
    arrays[name] = parseNpy(bytes, file);
  }
  return { arrays, meta: JSON.parse(readSplitFile(dir, 'meta.json').bytes.toString('utf8')) as SplitMeta };
}

/** Model inputs for `rows` stacked (TypeScript twin of dataset.assemble). */
export function assembleBatch(split: LoadedSplit, rows: readonly number[]): ModelInputs {
  const a = split.arrays;
  const size = (name: ModelInputName): number => MODEL_INPUTS[name].reduce((x: number, y: number) => x * y, 1);
  const out = {} as ModelInputs;
  for (const name of Object.keys(MODEL_INPUTS) as ModelInputName[]) {
    out[name] =
      name === 'obj_label' || name === 'tokens'
        ? new Int32Array(rows.length * size(name))
        : new Float32Array(rows.length * size(name));
  }
  const block = (name: ModelInputName): number => size(name) / MAX_OBJECTS;
  rows.forEach((row, b) => {
    for (let slot = 0; slot < MAX_OBJECTS; slot++) {
      const object = a.sample_slots.data[row * MAX_OBJECTS + slot]!;
      if (object < 0) continue;
      const copy = (name: ModelInputName, from: NpyArray): void => {
        const n = block(name);
        out[name].set(from.data.subarray(object * n, (object + 1) * n), (b * MAX_OBJECTS + slot) * n);
      };
      copy('obj_points', a.object_points);
      copy('obj_box', a.object_box);
      out.obj_label[b * MAX_OBJECTS + slot] = a.object_label.data[object]!;
      out.obj_mask[b * MAX_OBJECTS + slot] = 1;
    }
    const take = (name: ModelInputName, from: NpyArray, index: number): void => {
      const n = size(name);
      out[name].set(from.data.subarray(index * n, (index + 1) * n), b * n);
    };
    take('obj_text', a.sample_obj_text, row);
    take('scene_points', a.scene_points, a.sample_scene.data[row]!);
    take('tokens', a.sample_tokens, row);
    take('token_mask', a.sample_token_mask, row);
  });
  return out;
}

interface Ratio {
  correct: number;
  total: number;
  accuracy: number;
}
const ratio = (correct: number, total: number): Ratio => ({
  correct,
  total,
  accuracy: total ? Math.round((correct / total) * 1e4) / 1e4 : 0,
});

export interface EvalReport {
  split: string;
  samples: number;
  task: Ratio;
  grounding: Ratio;
  distance: { bothReferents: Ratio; medianAbsError: number | null };
  /** `collisionFree` counts an instruction without an edit as a failure; `proposed` says how many got one. */
  layout: { objectCorrect: Ratio; within: Ratio; collisionFree: Ratio; proposed: Ratio; tolerance: number };
  vqa: Record<string, Ratio>;
}

function asSceneObject(o: ModelObject): SceneObject {
  return { ...o, nyu40: null, obb: o.box, points: 0 };
}

export async function evaluateSplit(
  host: ModelHost,
  dir: string,
  split: string,
  answers: readonly string[],
): Promise<EvalReport> {
  const data = loadSplit(dir);
  const samples = data.meta.samples;
  const scenes = new Map(data.meta.scenes.map((s) => [s.id, s.objects.map(asSceneObject)]));
  const objectIdOfRow: number[] = data.meta.scenes.flatMap((s) => s.objects.map((o) => o.id));
  const counts = {
    task: [0, 0],
    grounding: [0, 0],
    both: [0, 0],
    layoutObject: [0, 0],
    within: [0, 0],
    free: [0, 0],
    proposed: [0, 0],
  };
  const vqa = new Map<string, [number, number]>();
  const errors: number[] = [];
  const tally = (key: keyof typeof counts, ok: boolean): void => {
    counts[key][0]! += ok ? 1 : 0;
    counts[key][1]! += 1;
  };
  for (let start = 0; start < samples.length; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, samples.length - start) }, (_, i) => start + i);
    const outputs = await host.run(assembleBatch(data, rows), rows.length);
    rows.forEach((row, b) => {
      const s = samples[row]!;
      const objects = scenes.get(s.scene)!;
      const slots: number[] = [];
      for (let k = 0; k < MAX_OBJECTS; k++) {
        const r = data.arrays.sample_slots.data[row * MAX_OBJECTS + k]!;
        if (r >= 0) slots.push(objectIdOfRow[r]!);
      }
      const result = decodeOutputs(sampleOutputs(outputs, b), { slots, objects, answers });
      tally('task', result.task === s.task);
      const predTarget = result.referents.find((r) => r.role === 'target')?.id ?? null;
      const predAnchor = result.referents.find((r) => r.role === 'anchor')?.id ?? null;
      if (s.task === 'grounding') tally('grounding', predTarget === s.target);
      if (s.task === 'distance') {
        const a = [predTarget, predAnchor].sort().join();
        tally('both', a === [s.target, s.anchor].sort().join());
        if (s.metres !== null) {
          const out = sampleOutputs(outputs, b);
          const predicted = result.distance ?? out.distance[0]!;
          errors.push(Math.abs(predicted - s.metres));
        }
      }
      if (s.task === 'layout_edit' && s.boxAfter) {
        tally('layoutObject', predTarget === s.target);
        const edit = result.edit;
        const box = edit?.object === s.target ? edit.box : null;
        tally(
          'within',
          box !== null &&
            Math.hypot(box.center[0] - s.boxAfter.center[0], box.center[1] - s.boxAfter.center[1]) <= LAYOUT_TOLERANCE,
        );
        // Whatever object the edit moves must land inside the room and clear of everything (a
        // swap's partner moves away, so it is no obstacle); no edit at all counts as a failure.
        const ignore = edit?.partner ? [edit.partner.id] : [];
        const check =
          edit && checkPlacement(edit.box, { objects, room: roomFromObjects(objects), movingId: edit.object, ignore });
        tally('free', check !== null && check.inside && check.collisions.length === 0);
        tally('proposed', edit !== null);
      }
      if (s.task === 'vqa') {
        const type = s.template ?? 'vqa';
        const entry = vqa.get(type) ?? [0, 0];
        entry[0] += result.answer !== null && s.answers.includes(result.answer) ? 1 : 0;
        entry[1] += 1;
        vqa.set(type, entry);
      }
    });
  }
  errors.sort((x, y) => x - y);
  const r = (k: keyof typeof counts): Ratio => ratio(counts[k][0]!, counts[k][1]!);
  return {
    split,
    samples: samples.length,
    task: r('task'),
    grounding: r('grounding'),
    distance: {
      bothReferents: r('both'),
      medianAbsError: errors.length ? Math.round(errors[Math.floor(errors.length / 2)]! * 1000) / 1000 : null,
    },
    layout: {
      objectCorrect: r('layoutObject'),
      within: r('within'),
      collisionFree: r('free'),
      proposed: r('proposed'),
      tolerance: LAYOUT_TOLERANCE,
    },
    vqa: Object.fromEntries([...vqa].sort().map(([k, [c, t]]) => [k, ratio(c, t)])),
  };
}
