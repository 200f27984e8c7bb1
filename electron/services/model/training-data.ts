/**
 * Training tensors for native-models/train.py: a project's scenes and MODLE records turned into
 * the arrays native-models/dataset.py documents, through the SAME feature preparation the runtime
 * uses (common/model/features.ts), so training sees exactly what `ask` sees.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotationDraft } from '../../../common/annotations/annotation';
import type { Box } from '../../../common/domain/box';
import { encodeNpy } from '../../../common/formats/npy-write';
import type { NpyDtype } from '../../../common/formats/npy';
import {
  BOX_CHANNELS,
  MAX_OBJECTS,
  MAX_TOKENS,
  METRICS,
  MODEL_TASKS,
  POINT_CHANNELS,
  POINTS_PER_OBJECT,
  SCENE_POINTS,
} from '../../../common/model/config';
import { boxFeatures, prepareQuery, type ModelObject, type SceneFeatures } from '../../../common/model/features';
import { relationOf, roleIds, templateIdOf } from '../../../common/model/labels';
import type { Vocabulary } from '../../../common/model/tokenizer';

export interface PreparedScene {
  id: string;
  features: SceneFeatures;
}

/** What eval needs of a sample beyond the tensors: the record's truth in object ids and metres. */
export interface SampleMeta {
  id: string;
  scene: string;
  text: string;
  task: string;
  template: string | null;
  target: number | null;
  anchor: number | null;
  metric: string | null;
  metres: number | null;
  answers: string[];
  boxAfter: Box | null;
}

export interface SplitMeta {
  vocabulary: readonly string[];
  labels: readonly string[];
  answers: readonly string[];
  scenes: { id: string; objects: ModelObject[] }[];
  samples: SampleMeta[];
}

export interface SplitArrays {
  [name: string]: { dtype: NpyDtype; shape: number[]; data: ArrayLike<number> };
}

/** The arrays and meta of one split (pure: writing is `writeSplit`). */
export function encodeSplit(
  scenes: readonly PreparedScene[],
  records: readonly AnnotationDraft[],
  vocabulary: Vocabulary,
  labels: Vocabulary,
  answers: readonly string[],
): { arrays: SplitArrays; meta: SplitMeta } {
  const sceneIndex = new Map(scenes.map((s, i) => [s.id, i]));
  const rowOffset: number[] = [];
  let objectRows = 0;
  for (const s of scenes) {
    rowOffset.push(objectRows);
    objectRows += s.features.objects.length;
  }
  const objectPoints = new Float32Array(objectRows * POINTS_PER_OBJECT * POINT_CHANNELS);
  const objectBox = new Float32Array(objectRows * BOX_CHANNELS);
  const objectLabel = new Int32Array(objectRows);
  const scenePoints = new Float32Array(scenes.length * SCENE_POINTS * POINT_CHANNELS);
  scenes.forEach((s, i) => {
    const f = s.features;
    objectPoints.set(f.objectPoints, rowOffset[i]! * POINTS_PER_OBJECT * POINT_CHANNELS);
    f.objects.forEach((o, k) => {
      objectBox.set(boxFeatures(o.box, f.center), (rowOffset[i]! + k) * BOX_CHANNELS);
      objectLabel[rowOffset[i]! + k] = labels.id(o.label);
    });
    scenePoints.set(f.scenePoints, i * SCENE_POINTS * POINT_CHANNELS);
  });

  const kept = records.filter((r) => sceneIndex.has(r.scene_id));
  const n = kept.length;
  const sampleScene = new Int32Array(n);
  const slots = new Int32Array(n * MAX_OBJECTS).fill(-1);
  const objText = new Uint8Array(n * MAX_OBJECTS * MAX_TOKENS);
  const tokens = new Int32Array(n * MAX_TOKENS);
  const tokenMask = new Float32Array(n * MAX_TOKENS);
  const y = {
    task: new Int32Array(n),
    target: new Int32Array(n),
    anchor: new Int32Array(n),
    relation: new Int32Array(n),
    metric: new Int32Array(n).fill(-1),
    answer: new Int32Array(n).fill(-1),
    distance: new Float32Array(n).fill(-1),
    offset: new Float32Array(n * 3),
  };
  const answerIndex = new Map(answers.map((a, i) => [a, i]));
  const samples: SampleMeta[] = [];
  kept.forEach((record, i) => {
    const s = sceneIndex.get(record.scene_id)!;
    const features = scenes[s]!.features;
    const query = prepareQuery(features, record.text, vocabulary, labels);
    sampleScene[i] = s;
    const rowOf = new Map(features.objects.map((o, k) => [o.id, rowOffset[s]! + k]));
    query.slots.forEach((id, slot) => (slots[i * MAX_OBJECTS + slot] = rowOf.get(id)!));
    objText.set(query.inputs.obj_text, i * MAX_OBJECTS * MAX_TOKENS);
    tokens.set(query.inputs.tokens, i * MAX_TOKENS);
    tokenMask.set(query.inputs.token_mask, i * MAX_TOKENS);
    const { target, anchor } = roleIds(record);
    const slotOf = (id: number | null): number => (id === null ? -1 : query.slots.indexOf(id));
    y.task[i] = MODEL_TASKS.indexOf(record.task);
    y.target[i] = slotOf(target);
    y.anchor[i] = slotOf(anchor);
    y.relation[i] = relationOf(templateIdOf(record), record.text);
    const value = record.value;
    let metres: number | null = null;
    let metric: string | null = null;
    let boxAfter: Box | null = null;
    let answerList: string[] = [];
    if (value.kind === 'distance') {
      metres = value.metres;
      metric = value.metric;
      y.metric[i] = METRICS.indexOf(value.metric);
      y.distance[i] = value.metres;
    } else if (value.kind === 'layout') {
      boxAfter = value.box_after;
      const anchorBox = features.objects.find((o) => o.id === anchor)?.box ?? value.box_before;
      for (let a = 0; a < 3; a++) y.offset[i * 3 + a] = value.box_after.center[a]! - anchorBox.center[a]!;
      // "move X d metres towards Y": the distance head learns d (read off the digits), which the
      // layout decoder walks from X towards Y.
      if (templateIdOf(record) === 'layout.towards')
        y.distance[i] = planarDisplacement(value.box_before, value.box_after);
    } else if (value.kind === 'answers') {
      answerList = value.answers;
      y.answer[i] = answerIndex.get(value.answers[0] ?? '') ?? -1;
    }
    samples.push({
      id: record.id,
      scene: record.scene_id,
      text: record.text,
      task: record.task,
      template: templateIdOf(record),
      target,
      anchor,
      metric,
      metres,
      answers: answerList,
      boxAfter,
    });
  });

  const f4 = (shape: number[], data: ArrayLike<number>) => ({ dtype: 'f4' as const, shape, data });
  const i4 = (shape: number[], data: ArrayLike<number>) => ({ dtype: 'i4' as const, shape, data });
  return {
    arrays: {
      scene_points: f4([scenes.length, SCENE_POINTS, POINT_CHANNELS], scenePoints),
      object_points: f4([objectRows, POINTS_PER_OBJECT, POINT_CHANNELS], objectPoints),
      object_box: f4([objectRows, BOX_CHANNELS], objectBox),
      object_label: i4([objectRows], objectLabel),
      sample_scene: i4([n], sampleScene),
      sample_slots: i4([n, MAX_OBJECTS], slots),
      sample_obj_text: { dtype: 'u1', shape: [n, MAX_OBJECTS, MAX_TOKENS], data: objText },
      sample_tokens: i4([n, MAX_TOKENS], tokens),
      sample_token_mask: f4([n, MAX_TOKENS], tokenMask),
      y_task: i4([n], y.task),
      y_target: i4([n], y.target),
      y_anchor: i4([n], y.anchor),
      y_relation: i4([n], y.relation),
      y_metric: i4([n], y.metric),
      y_answer: i4([n], y.answer),
      y_distance: f4([n], y.distance),
      y_offset: f4([n, 3], y.offset),
    },
    meta: {
      vocabulary: vocabulary.words,
      labels: labels.words,
      answers,
      scenes: scenes.map((s) => ({
        id: s.id,
        objects: s.features.objects.map(({ id, label, box, color }) => ({ id, label, box, color })),
      })),
      samples,
    },
  };
}

function planarDisplacement(before: Box, after: Box): number {
  return Math.hypot(after.center[0] - before.center[0], after.center[1] - before.center[1]);
}

export function writeSplit(dir: string, split: { arrays: SplitArrays; meta: SplitMeta }): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, a] of Object.entries(split.arrays))
    writeFileSync(join(dir, `${name}.npy`), encodeNpy(a.dtype, a.shape, a.data));
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(split.meta));
}
