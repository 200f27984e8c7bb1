/**
 * Object picking for the viewport: which object a ray (a click, a hover) points at, judged
 * against the objects' boxes and their own points. Environment-free so it is tested and
 * benchmarked in Node.
 *
 * Boxes first: only objects whose box the ray enters are candidates, nearest entry first. Then
 * points: an object is hit where the ray passes within a tolerance of one of its own points (the
 * tolerance grows with distance, as a pixel radius does under perspective). A candidate whose
 * entry lies beyond the best point hit so far cannot win, so the search stops there. Objects with
 * no point near the ray are still picked by their box when no object is hit by points.
 */
import type { Box, Vec3 } from '../domain/box';
import { rayBoxIntersection } from './collision';

/** Point indices grouped by instance: instance i's points are `order[start[i]] … order[start[i+1]-1]`. */
export interface PickIndex {
  positions: Float32Array;
  order: Uint32Array;
  start: Uint32Array;
}

export interface Ray {
  origin: Vec3;
  /** Unit length. */
  dir: Vec3;
}

/** How far from the ray a point may lie, in metres: `base + slope · t` at distance t along the ray. */
export interface PickTolerance {
  base: number;
  slope: number;
}

export interface Pickable {
  id: number;
  box: Box;
}

export interface PickHit {
  objectId: number;
  /** Distance along the ray to the hit (a point's projection on the ray, or the box entry). */
  t: number;
  /** The world point hit: on the ray, at t. */
  point: Vec3;
  /** Whether one of the object's points was hit, or only its box. */
  by: 'points' | 'box';
}

/** Groups point indices by instance id (objectId + 1, SPEC §2) with one counting sort: O(points). */
export function buildPickIndex(positions: Float32Array, instances: Uint16Array): PickIndex {
  let maxInstance = 0;
  for (let i = 0; i < instances.length; i++) if (instances[i]! > maxInstance) maxInstance = instances[i]!;
  const start = new Uint32Array(maxInstance + 2);
  for (let i = 0; i < instances.length; i++) start[instances[i]! + 1]!++;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const next = start.slice(0, maxInstance + 1);
  const order = new Uint32Array(instances.length);
  for (let i = 0; i < instances.length; i++) order[next[instances[i]!]!++] = i;
  return { positions, order, start };
}

/** Nearest t (along the ray) of the object's points within tolerance of the ray, or Infinity. */
function nearestPointT(ray: Ray, index: PickIndex, objectId: number, tolerance: PickTolerance): number {
  const instance = objectId + 1;
  if (instance + 1 >= index.start.length) return Infinity;
  const { positions, order } = index;
  const [ox, oy, oz] = ray.origin;
  const [dx, dy, dz] = ray.dir;
  const { base, slope } = tolerance;
  let best = Infinity;
  for (let k = index.start[instance]!, end = index.start[instance + 1]!; k < end; k++) {
    const p = order[k]! * 3;
    const vx = positions[p]! - ox;
    const vy = positions[p + 1]! - oy;
    const vz = positions[p + 2]! - oz;
    const t = vx * dx + vy * dy + vz * dz;
    if (t <= 0 || t >= best) continue;
    const perpSq = vx * vx + vy * vy + vz * vz - t * t;
    const r = base + slope * t;
    if (perpSq <= r * r) best = t;
  }
  return best;
}

/** The object the ray points at, or null. `index` may be omitted to pick by boxes alone. */
export function pickObject(
  ray: Ray,
  objects: readonly Pickable[],
  index: PickIndex | null,
  tolerance: PickTolerance = { base: 0.01, slope: 0.01 },
): PickHit | null {
  const candidates: { id: number; entry: number }[] = [];
  for (const object of objects) {
    const entry = rayBoxIntersection(ray.origin, ray.dir, object.box);
    if (entry !== null) candidates.push({ id: object.id, entry });
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.entry - b.entry);

  let bestId = -1;
  let bestT = Infinity;
  if (index) {
    for (const { id, entry } of candidates) {
      // A point of this object lies in its box, so no nearer than the entry (less the tolerance).
      if (entry - (tolerance.base + tolerance.slope * entry) > bestT) break;
      const t = nearestPointT(ray, index, id, tolerance);
      if (t < bestT) {
        bestT = t;
        bestId = id;
      }
    }
  }
  const by = bestId >= 0 ? 'points' : 'box';
  if (bestId < 0) {
    bestId = candidates[0]!.id;
    bestT = candidates[0]!.entry;
  }
  const [ox, oy, oz] = ray.origin;
  const [dx, dy, dz] = ray.dir;
  return { objectId: bestId, t: bestT, point: [ox + dx * bestT, oy + dy * bestT, oz + dz * bestT], by };
}
