/**
 * The viewpoint-free spatial relations of SPEC §2 (near/far, closest/farthest, above/below/on,
 * between, next to) as predicates on boxes, each with a named threshold so templates, checks and
 * the model's features agree. The anchor-frame relations (left/right/front/behind) live in
 * anchor-relations.ts and are re-exported here so this is the one entry point for relations.
 */
import type { Box } from '../domain/box';
import { centerDistance, footprint, intervalGap } from './box';
import { polygonContains, polygonPenetration } from './convex-polygon';
import { boxGap } from './distance';

export * from './anchor-relations';
export { hasFront, FRONTED_CATEGORIES } from './front-categories';

/** Near: gap (closest distance between the boxes) at most 0.5 m — about an arm's reach. */
export const NEAR_MAX_GAP = 0.5;
/** Far: gap at least 2 m, so near and far leave a band in between that is neither. */
export const FAR_MIN_GAP = 2.0;
/** Vertical slack for resting contact (on) and for above/below: scans are noisy by a few cm. */
export const CONTACT_TOLERANCE = 0.05;
/** Between: A's center may stray at most 0.5 m sideways from the segment joining B's and C's centers. */
export const BETWEEN_MAX_LATERAL = 0.5;
/** Next to: gap at most 0.3 m (closer than near: side by side, nothing fits between). */
export const NEXT_TO_MAX_GAP = 0.3;
/** Next to: the Z ranges must share at least half of the shorter object's height. */
export const NEXT_TO_MIN_HEIGHT_SHARE = 0.5;
/** Closest/farthest: the winner must beat the runner-up by 5 cm, or the choice is ambiguous. */
export const EXTREME_MARGIN = 0.05;

export type DistanceMetric = 'center' | 'gap';

function bottom(box: Box): number {
  return box.center[2] - box.size[2] / 2;
}

function top(box: Box): number {
  return box.center[2] + box.size[2] / 2;
}

/** A is near B: their gap is at most NEAR_MAX_GAP. */
export function isNear(a: Box, b: Box): boolean {
  return boxGap(a, b) <= NEAR_MAX_GAP;
}

/** A is far from B: their gap is at least FAR_MIN_GAP. */
export function isFar(a: Box, b: Box): boolean {
  return boxGap(a, b) >= FAR_MIN_GAP;
}

/**
 * Index of the candidate closest to `anchor` (center distance by default, or gap), or -1 when
 * there are no candidates or the runner-up is within EXTREME_MARGIN (no unique answer).
 */
export function closestIndex(anchor: Box, candidates: readonly Box[], metric: DistanceMetric = 'center'): number {
  return extremeIndex(anchor, candidates, metric, 1);
}

/** Index of the candidate farthest from `anchor`; -1 when none or not unique (see closestIndex). */
export function farthestIndex(anchor: Box, candidates: readonly Box[], metric: DistanceMetric = 'center'): number {
  return extremeIndex(anchor, candidates, metric, -1);
}

function extremeIndex(anchor: Box, candidates: readonly Box[], metric: DistanceMetric, sign: 1 | -1): number {
  const measure = metric === 'gap' ? boxGap : centerDistance;
  let best = -1;
  let bestScore = Infinity;
  let runnerUp = Infinity;
  candidates.forEach((candidate, index) => {
    const score = sign * measure(anchor, candidate);
    if (score < bestScore) {
      runnerUp = bestScore;
      bestScore = score;
      best = index;
    } else if (score < runnerUp) {
      runnerUp = score;
    }
  });
  return runnerUp - bestScore >= EXTREME_MARGIN ? best : -1;
}

/**
 * A is above B: A's bottom is no lower than B's top (less CONTACT_TOLERANCE) and their
 * footprints overlap, so A is over B rather than merely higher somewhere in the room.
 */
export function isAbove(a: Box, b: Box): boolean {
  return bottom(a) >= top(b) - CONTACT_TOLERANCE && polygonPenetration(footprint(a), footprint(b)) > 0;
}

/** A is below B: B is above A. */
export function isBelow(a: Box, b: Box): boolean {
  return isAbove(b, a);
}

/**
 * A is on B (resting on top of it): A's bottom is within CONTACT_TOLERANCE of B's top and A's
 * footprint center is over B's footprint, so B supports it (a cup half over the edge still counts,
 * a cup beside the table at the same height does not).
 */
export function isOn(a: Box, b: Box): boolean {
  return Math.abs(bottom(a) - top(b)) <= CONTACT_TOLERANCE && polygonContains(footprint(b), a.center[0], a.center[1]);
}

/**
 * A is between B and C: in the floor plane, A's center projects strictly inside the segment from
 * B's center to C's center and lies within BETWEEN_MAX_LATERAL of it. Heights are ignored so a
 * lamp on a nightstand between two beds still counts.
 */
export function isBetween(a: Box, b: Box, c: Box): boolean {
  const sx = c.center[0] - b.center[0];
  const sy = c.center[1] - b.center[1];
  const len2 = sx * sx + sy * sy;
  if (len2 === 0) return false;
  const px = a.center[0] - b.center[0];
  const py = a.center[1] - b.center[1];
  const t = (px * sx + py * sy) / len2;
  if (t <= 0 || t >= 1) return false;
  return Math.abs(px * sy - py * sx) / Math.sqrt(len2) <= BETWEEN_MAX_LATERAL;
}

/**
 * A is next to B: gap at most NEXT_TO_MAX_GAP and they share a height range (Z overlap of at
 * least NEXT_TO_MIN_HEIGHT_SHARE of the shorter one's height), so a cup on a table is not "next
 * to" the table but a nightstand beside the bed is.
 */
export function isNextTo(a: Box, b: Box): boolean {
  if (boxGap(a, b) > NEXT_TO_MAX_GAP) return false;
  if (intervalGap(bottom(a), top(a), bottom(b), top(b)) > 0) return false;
  const shared = Math.min(top(a), top(b)) - Math.max(bottom(a), bottom(b));
  return shared >= NEXT_TO_MIN_HEIGHT_SHARE * Math.min(a.size[2], b.size[2]);
}
