/**
 * From the model's outputs to the `ask` answer (SPEC §6): the task, the referents with their
 * scores, the distance (measured on the boxes the pointers pick, with the metric the model
 * chose), the answer text, and for layout edits the box the studio's geometry makes of the
 * model's reading (propose-edit.ts).
 */
import type { Task } from '../annotations/annotation';
import type { SceneObject } from '../domain/scene';
import { boxGap, centerDistance } from '../geometry/distance';
import { METRICS, MODEL_TASKS, RELATIONS, type ModelOutputName, type Relation } from './config';
import { proposeEdit, type ProposedEdit } from './propose-edit';

export interface AskReferent {
  id: number;
  role: 'target' | 'anchor';
  score: number;
}

export interface AskResult {
  task: Task;
  referents: AskReferent[];
  /** Metres, two decimals; null unless the task is distance. */
  distance: number | null;
  /** How `distance` was measured; null unless the task is distance. */
  metric: (typeof METRICS)[number] | null;
  answer: string | null;
  edit: ProposedEdit | null;
}

/** One sample's outputs (batch index already taken). */
export type SampleOutputs = Record<ModelOutputName, Float32Array>;

export interface DecodeContext {
  /** Object id per referent slot. */
  slots: readonly number[];
  objects: readonly SceneObject[];
  answers: readonly string[];
}

export function softmax(logits: ArrayLike<number>, length = logits.length): number[] {
  let max = -Infinity;
  for (let i = 0; i < length; i++) max = Math.max(max, logits[i]!);
  const e = Array.from({ length }, (_, i) => Math.exp(logits[i]! - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function argmax(values: ArrayLike<number>, length = values.length): number {
  let best = 0;
  for (let i = 1; i < length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

const round2 = (v: number): number => Math.round(v * 100) / 100;

export function decodeOutputs(out: SampleOutputs, ctx: DecodeContext): AskResult {
  const task = MODEL_TASKS[argmax(out.task_logits)]!;
  const n = ctx.slots.length;
  const target = softmax(out.target_logits, n);
  const anchor = softmax(out.anchor_logits, n);
  const byId = new Map(ctx.objects.map((o) => [o.id, o]));
  const objectIn = (slot: number): SceneObject => byId.get(ctx.slots[slot]!)!;
  const relation = RELATIONS[argmax(out.relation_logits)]!;
  // Distance and relative layout edits are about two objects: the best anchor other than the target.
  const needsTwo = task === 'distance' || (task === 'layout_edit' && relation !== 'none');
  let [t, a] = plainReading(target, anchor, needsTwo);

  let distance: number | null = null;
  let metric: AskResult['metric'] = null;
  let answer: string | null = null;
  let edit: AskResult['edit'] = null;
  if (task === 'distance') {
    metric = METRICS[argmax(out.metric_logits)]!;
    const [from, to] = [objectIn(t).box, objectIn(a).box];
    distance = round2(metric === 'gap' ? boxGap(from, to) : centerDistance(from, to));
    answer = `${distance.toFixed(2)} m`;
  } else if (task === 'vqa') {
    answer = ctx.answers.length > 0 ? ctx.answers[argmax(out.answer_logits, ctx.answers.length)]! : null;
  } else if (task === 'layout_edit') {
    // The most probable reading the scene can carry out: "turn the fridge towards the door" read
    // with the door as the mover has no edit (a door does not turn), the next reading does.
    for (const candidate of layoutReadings(target, anchor, softmax(out.relation_logits))) {
      const reading = {
        target: objectIn(candidate.target),
        anchor: objectIn(candidate.anchor),
        relation: candidate.relation,
        offset: out.layout_offset,
        metres: out.distance[0]!,
      };
      edit = proposeEdit(reading, ctx.objects);
      if (edit !== null) {
        [t, a] = [candidate.target, candidate.anchor];
        break;
      }
    }
  }

  const referents: AskReferent[] = [{ id: objectIn(t).id, role: 'target', score: round4(target[t]!) }];
  const usesAnchor = task === 'distance' || task === 'layout_edit' || relation !== 'none';
  if (usesAnchor && a !== t) referents.push({ id: objectIn(a).id, role: 'anchor', score: round4(anchor[a]!) });
  return { task, referents, distance, metric, answer, edit };
}

/** How many of the best targets and of the best anchors a layout edit may fall back on. */
const FALLBACK_CANDIDATES = 3;
/**
 * A fallback needs each pointer to give its object at least this probability: "put the pillow on
 * the end table" where the pillow does not fit must say so, not move whatever else fits.
 */
const FALLBACK_MIN_PROBABILITY = 0.05;

/** Indices of the `k` largest values, largest first. */
function topIndices(values: readonly number[], k: number): number[] {
  return values
    .map((_, i) => i)
    .sort((x, y) => values[y]! - values[x]!)
    .slice(0, k);
}

/**
 * The plain (target slot, anchor slot) reading: the best target, and the best anchor (other than
 * the target where the task needs two objects).
 */
function plainReading(target: readonly number[], anchor: readonly number[], needsTwo: boolean): [number, number] {
  const t = argmax(target);
  let a = argmax(anchor);
  if (a === t && needsTwo) a = argmax(anchor.map((p, i) => (i === t ? -1 : p)));
  return [t, a];
}

/**
 * (target slot, anchor slot) readings for a layout edit: the plain one first, then, for when the
 * scene cannot carry that out, pairs among the best few of each that both pointers find
 * plausible, most probable first (the product of the two pointers' probabilities).
 */
function likelyReadings(target: readonly number[], anchor: readonly number[], needsTwo: boolean): [number, number][] {
  const [t, a] = plainReading(target, anchor, needsTwo);
  const bestAnchors = topIndices(anchor, FALLBACK_CANDIDATES);
  const others = topIndices(target, FALLBACK_CANDIDATES)
    .flatMap((ti) => bestAnchors.map((ai): [number, number] => [ti, ai]))
    .filter(([ti, ai]) => !(ti === t && ai === a) && (!needsTwo || ti !== ai))
    .filter(([ti, ai]) => target[ti]! >= FALLBACK_MIN_PROBABILITY && anchor[ai]! >= FALLBACK_MIN_PROBABILITY)
    .sort(([t1, a1], [t2, a2]) => target[t2]! * anchor[a2]! - target[t1]! * anchor[a1]!);
  return [[t, a], ...others];
}

/** How many of the most probable intents a layout edit may fall back on. */
const FALLBACK_RELATIONS = 3;

interface LayoutCandidate {
  target: number;
  anchor: number;
  relation: Relation;
}

/**
 * Layout readings in the order to try them: the plain one (each head's best), then every other
 * combination of the fallback pairs and the intents the relation head gives at least
 * FALLBACK_MIN_PROBABILITY among its best few, most probable first (the product of the three).
 * "Put the chair at the back of the other chair", read as "on" (a chair on a chair), falls back to
 * the next intent the words allow rather than to no edit.
 */
function layoutReadings(
  target: readonly number[],
  anchor: readonly number[],
  relation: readonly number[],
): LayoutCandidate[] {
  const intents = topIndices(relation, FALLBACK_RELATIONS).filter(
    (r, k) => k === 0 || relation[r]! >= FALLBACK_MIN_PROBABILITY,
  );
  const scored = intents.flatMap((r) =>
    likelyReadings(target, anchor, RELATIONS[r] !== 'none').map(([t, a]) => ({
      candidate: { target: t, anchor: a, relation: RELATIONS[r]! },
      probability: target[t]! * anchor[a]! * relation[r]!,
    })),
  );
  const [plain, ...others] = scored;
  others.sort((x, y) => y.probability - x.probability);
  return [plain!, ...others].map((s) => s.candidate);
}

const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;
