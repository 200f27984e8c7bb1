/**
 * The spatial model's fixed shapes and class lists: the contract between the TypeScript feature
 * preparation, the PyTorch definition (native-models/spatial_model.py mirrors these numbers) and
 * the ONNX graph. Shapes are fixed (padding + masks) so the exported graph stays static.
 */
import { TASKS, type Task } from '../annotations/annotation';

/** Referents per scene; scenes with more objects keep the ones the text names first. */
export const MAX_OBJECTS = 64;
/** Points sampled from each object by farthest-point sampling (FPS order, so a prefix is an FPS too). */
export const POINTS_PER_OBJECT = 64;
/** Points sampled over the whole scan (walls and floor included). */
export const SCENE_POINTS = 1024;
/** Candidate pool FPS draws the scene points from (a deterministic stride subsample of the scan). */
export const SCENE_POOL = 4096;
/** Candidate pool for one object's FPS. */
export const OBJECT_POOL = 512;
/** Text tokens after truncation / padding. */
export const MAX_TOKENS = 32;
/** Per-point channels: x y z (object: centred and scaled to the unit ball; scene: metres from the scene centre), r g b in 0–1. */
export const POINT_CHANNELS = 6;
/** Per-box channels: centre xyz relative to the scene centre, size xyz, sin yaw, cos yaw. */
export const BOX_CHANNELS = 8;

/** Task classes, in the order of the `task_logits` output. */
export const MODEL_TASKS: readonly Task[] = TASKS;

/** Relation classes of the `relation_logits` output (SPEC §2 relations, `none` for none, then the
 * layout intents `face` and `swap`, which the layout decoder needs told apart). */
export const RELATIONS = [
  'none',
  'near',
  'far',
  'closest',
  'farthest',
  'above',
  'below',
  'on',
  'between',
  'next to',
  'left',
  'right',
  'front',
  'behind',
  // layout intents that name no spatial relation
  'face',
  'swap',
] as const;
export type Relation = (typeof RELATIONS)[number];

/** Distance metric classes of the `metric_logits` output. */
export const METRICS = ['center', 'gap'] as const;

/** Index 0 pads, index 1 is any word or label outside the vocabulary. */
export const PAD_ID = 0;
export const UNK_ID = 1;
export const SPECIAL_TOKENS = ['<pad>', '<unk>'] as const;

/** Names of the ONNX graph's inputs, in order, with their shapes after the batch axis. */
export const MODEL_INPUTS = {
  obj_points: [MAX_OBJECTS, POINTS_PER_OBJECT, POINT_CHANNELS],
  obj_box: [MAX_OBJECTS, BOX_CHANNELS],
  obj_label: [MAX_OBJECTS],
  obj_mask: [MAX_OBJECTS],
  obj_text: [MAX_OBJECTS, MAX_TOKENS],
  scene_points: [SCENE_POINTS, POINT_CHANNELS],
  tokens: [MAX_TOKENS],
  token_mask: [MAX_TOKENS],
} as const;
export type ModelInputName = keyof typeof MODEL_INPUTS;
/** Integer inputs (int32); every other input is float32. */
export const INT_INPUTS: ReadonlySet<ModelInputName> = new Set(['obj_label', 'tokens']);

/** Names of the graph's outputs; sizes of class axes come from the manifest (answers vary). */
export const MODEL_OUTPUTS = [
  'task_logits',
  'target_logits',
  'anchor_logits',
  'relation_logits',
  'metric_logits',
  'distance',
  'layout_offset',
  'answer_logits',
] as const;
export type ModelOutputName = (typeof MODEL_OUTPUTS)[number];
