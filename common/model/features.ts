/**
 * Feature preparation: a scene (its current layout and its scan) plus a text become the model's
 * fixed-shape input tensors. Training data (electron/services/model/prepare-data.ts) and the
 * runtime (`ask`) both go through here, so the model sees at inference exactly what it was trained
 * on; native-models/golden/ pins the output.
 *
 * Split in two: `prepareScene` (the expensive, text-independent part: per-object and scene point
 * samples) can be cached per layout; `prepareQuery` adds the text and picks the referent slots.
 */
import type { Box, Vec3 } from '../domain/box';
import type { PointCloud, Rgb } from '../domain/scene';
import { colourName } from '../templates/words';
import {
  BOX_CHANNELS,
  MAX_OBJECTS,
  MAX_TOKENS,
  OBJECT_POOL,
  POINT_CHANNELS,
  POINTS_PER_OBJECT,
  SCENE_POINTS,
  SCENE_POOL,
  type ModelInputName,
} from './config';
import { farthestPointSample, strideIndices } from './sampling';
import { encodeText, sameWord, tokenize, type Vocabulary } from './tokenizer';

/** What feature preparation needs of an object: its id, label, current box and mean colour. */
export interface ModelObject {
  id: number;
  label: string;
  box: Box;
  /** Mean colour of its points, 0–255: names the colour word that links it to a text. */
  color: Rgb;
}

/** What the model reads of a scene: its scan (points) and its objects (the template engine's
 * SceneInput is the objects alone). */
export interface ScannedScene {
  objects: readonly ModelObject[];
  cloud: PointCloud;
}

/** Text-independent features of every object of a scene (not yet cut to MAX_OBJECTS). */
export interface SceneFeatures {
  objects: readonly ModelObject[];
  /** POINTS_PER_OBJECT × POINT_CHANNELS floats per object, in `objects` order. */
  objectPoints: Float32Array;
  /** SCENE_POINTS × POINT_CHANNELS. */
  scenePoints: Float32Array;
  /** Midpoint of the sampled scan's bounds; box centres are given relative to it. */
  center: Vec3;
}

export type ModelInputs = Record<ModelInputName, Float32Array | Int32Array>;

export interface QueryFeatures {
  inputs: ModelInputs;
  /** Object id in each referent slot (length ≤ MAX_OBJECTS; the rest are padding). */
  slots: number[];
  /** The words the model saw. */
  words: string[];
}

const OBJECT_BLOCK = POINTS_PER_OBJECT * POINT_CHANNELS;
/** Objects smaller than this (metres) are not blown up to the unit ball: keeps sensor noise small. */
const MIN_OBJECT_RADIUS = 0.02;

export function prepareScene(scene: ScannedScene): SceneFeatures {
  const { cloud, objects } = scene;
  const n = cloud.instances.length;
  const sceneIndices = farthestPointSample(cloud.positions, strideIndices(n, SCENE_POOL), SCENE_POINTS);
  const center = boundsMidpoint(cloud.positions, sceneIndices);
  const scenePoints = new Float32Array(SCENE_POINTS * POINT_CHANNELS);
  sceneIndices.forEach((p, k) => writePoint(scenePoints, k * POINT_CHANNELS, cloud, p, center, 1));

  const pools = objectPools(cloud, objects);
  const objectPoints = new Float32Array(objects.length * OBJECT_BLOCK);
  objects.forEach((object, o) => {
    const pool = pools[o]!;
    if (pool.length === 0) {
      // An object without points (added by hand): its box alone describes it.
      return;
    }
    const picks = farthestPointSample(cloud.positions, pool, POINTS_PER_OBJECT);
    const mid = boundsMidpoint(cloud.positions, pool);
    let radius2 = MIN_OBJECT_RADIUS * MIN_OBJECT_RADIUS;
    const xyz = cloud.positions;
    for (const p of pool) {
      const dx = xyz[p * 3]! - mid[0];
      const dy = xyz[p * 3 + 1]! - mid[1];
      const dz = xyz[p * 3 + 2]! - mid[2];
      radius2 = Math.max(radius2, dx * dx + dy * dy + dz * dz);
    }
    const radius = Math.sqrt(radius2);
    picks.forEach((p, k) => writePoint(objectPoints, o * OBJECT_BLOCK + k * POINT_CHANNELS, cloud, p, mid, 1 / radius));
  });
  return { objects, objectPoints, scenePoints, center };
}

/**
 * The model's inputs for `text` about a prepared scene. Referent slots hold the objects the text
 * names first (in order of mention), then the others by id, MAX_OBJECTS at most.
 */
export function prepareQuery(
  scene: SceneFeatures,
  text: string,
  vocabulary: Vocabulary,
  labels: Vocabulary,
): QueryFeatures {
  const encoded = encodeText(text, vocabulary);
  const mentions = scene.objects.map((object) => labelMentions(encoded.words, object.label));
  const firstMention = mentions.map((m) => m.indexOf(1));
  const order = scene.objects.map((_, i) => i);
  const rank = (i: number): number => (firstMention[i]! < 0 ? MAX_TOKENS : firstMention[i]!);
  order.sort((a, b) => rank(a) - rank(b) || scene.objects[a]!.id - scene.objects[b]!.id);
  const chosen = order.slice(0, MAX_OBJECTS);

  const inputs: ModelInputs = {
    obj_points: new Float32Array(MAX_OBJECTS * OBJECT_BLOCK),
    obj_box: new Float32Array(MAX_OBJECTS * BOX_CHANNELS),
    obj_label: new Int32Array(MAX_OBJECTS),
    obj_mask: new Float32Array(MAX_OBJECTS),
    obj_text: new Float32Array(MAX_OBJECTS * MAX_TOKENS),
    scene_points: scene.scenePoints,
    tokens: encoded.ids,
    token_mask: encoded.mask,
  };
  chosen.forEach((o, slot) => {
    const object = scene.objects[o]!;
    inputs.obj_points.set(scene.objectPoints.subarray(o * OBJECT_BLOCK, (o + 1) * OBJECT_BLOCK), slot * OBJECT_BLOCK);
    inputs.obj_box.set(boxFeatures(object.box, scene.center), slot * BOX_CHANNELS);
    inputs.obj_label[slot] = labels.id(object.label);
    inputs.obj_mask[slot] = 1;
    inputs.obj_text.set(describingWords(encoded.words, object, mentions[o]!), slot * MAX_TOKENS);
  });
  return { inputs, slots: chosen.map((o) => scene.objects[o]!.id), words: encoded.words };
}

/** Both steps at once. */
export function prepareFeatures(
  scene: ScannedScene,
  text: string,
  vocabulary: Vocabulary,
  labels: Vocabulary,
): QueryFeatures {
  return prepareQuery(prepareScene(scene), text, vocabulary, labels);
}

/** Centre relative to the scene centre, size, sin and cos of yaw. */
export function boxFeatures(box: Box, sceneCenter: Vec3): number[] {
  return [
    box.center[0] - sceneCenter[0],
    box.center[1] - sceneCenter[1],
    box.center[2] - sceneCenter[2],
    box.size[0],
    box.size[1],
    box.size[2],
    Math.sin(box.yaw),
    Math.cos(box.yaw),
  ];
}

/**
 * 1 at every word position where the text names `label` (all its words, the last one possibly
 * plural), else 0: the lexical link from a referent to the text the model refines with context.
 */
export function labelMentions(words: readonly string[], label: string): Float32Array {
  const out = new Float32Array(MAX_TOKENS);
  const parts = tokenize(label);
  if (parts.length === 0) return out;
  for (let start = 0; start + parts.length <= words.length; start++) {
    const last = parts.length - 1;
    const match = parts.every((part, k) =>
      k === last ? sameWord(words[start + k]!, part) : words[start + k] === part,
    );
    if (match) for (let k = 0; k < parts.length; k++) out[start + k] = 1;
  }
  return out;
}

/**
 * The lexical links the model reads for an object: where the text names its label, and where it
 * names its colour (the studio's colour word for its mean colour, as the template engine and the
 * resolver use it). Colour words were the model's largest error: with the mean colour as an input
 * it still got 57% of the distance questions that name a colour wrong, nearly always by picking
 * another object of the same label. Binding a word to a point colour is slow to learn; the link
 * states what the studio's own colour naming already says.
 */
export function describingWords(words: readonly string[], object: ModelObject, labelLinks: Float32Array): Float32Array {
  const colour = colourName(object.color);
  const out = Float32Array.from(labelLinks);
  words.forEach((word, k) => {
    if (word === colour) out[k] = 1;
  });
  return out;
}

/** Per object (in `objects` order), up to OBJECT_POOL of its point indices, evenly strided. */
function objectPools(cloud: PointCloud, objects: readonly ModelObject[]): Uint32Array[] {
  // Instance values are uint16: a flat lookup table beats a Map in this per-point loop.
  const slotOfInstance = new Int32Array(65536).fill(-1);
  objects.forEach((object, o) => {
    if (object.id + 1 < 65536) slotOfInstance[object.id + 1] = o;
  });
  const counts = new Uint32Array(objects.length);
  const { instances } = cloud;
  for (let p = 0; p < instances.length; p++) {
    const o = slotOfInstance[instances[p]!]!;
    if (o >= 0) counts[o]!++;
  }
  const strides = Array.from(counts, (c) => Math.max(1, Math.ceil(c / OBJECT_POOL)));
  const pools = Array.from(counts, (c, o) => new Uint32Array(Math.min(OBJECT_POOL, Math.ceil(c / strides[o]!))));
  const seen = new Uint32Array(objects.length);
  const filled = new Uint32Array(objects.length);
  for (let p = 0; p < instances.length; p++) {
    const o = slotOfInstance[instances[p]!]!;
    if (o < 0) continue;
    if (seen[o]! % strides[o]! === 0 && filled[o]! < pools[o]!.length) pools[o]![filled[o]!++] = p;
    seen[o]!++;
  }
  return pools;
}

function boundsMidpoint(positions: ArrayLike<number>, indices: ArrayLike<number>): Vec3 {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < indices.length; i++) {
    const p = indices[i]! * 3;
    for (let a = 0; a < 3; a++) {
      const v = positions[p + a]!;
      if (v < min[a]!) min[a] = v;
      if (v > max[a]!) max[a] = v;
    }
  }
  if (indices.length === 0) return [0, 0, 0];
  return [(min[0]! + max[0]!) / 2, (min[1]! + max[1]!) / 2, (min[2]! + max[2]!) / 2];
}

function writePoint(out: Float32Array, at: number, cloud: PointCloud, p: number, origin: Vec3, scale: number): void {
  for (let a = 0; a < 3; a++) out[at + a] = (cloud.positions[p * 3 + a]! - origin[a]!) * scale;
  for (let c = 0; c < 3; c++) out[at + 3 + c] = cloud.colors[p * 3 + c]! / 255;
}
