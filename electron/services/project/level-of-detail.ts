/**
 * The display level of detail: a deterministic subsample of a scene's points, small enough to
 * show at once (lod 1). Same input, same subset, on every machine and every import.
 *
 * The pick is a uniform random sample without replacement (Knuth's selection sampling,
 * Algorithm S) from a fixed-seed mulberry32 stream. Every point has the same chance, so the
 * subsample keeps the scan's spatial distribution: surfaces stay evenly covered and no stride can
 * alias with the order in which a mesh lists its vertices. Picked points keep their original order.
 */
import type { PointCloud } from '../../../common/domain/scene';

export const DISPLAY_MAX_POINTS = 250_000;
/** Fixed so the subsample of a given scene never changes between imports or app versions. */
export const DISPLAY_SEED = 0x1d0d5eed;

/** Ascending indices of `min(pointCount, maxPoints)` points, chosen uniformly at random. */
export function pickDisplayIndices(
  pointCount: number,
  maxPoints = DISPLAY_MAX_POINTS,
  seed = DISPLAY_SEED,
): Uint32Array {
  const wanted = Math.min(pointCount, Math.max(0, Math.floor(maxPoints)));
  const picked = new Uint32Array(wanted);
  if (wanted === pointCount) {
    for (let i = 0; i < wanted; i++) picked[i] = i;
    return picked;
  }
  let state = seed >>> 0;
  let taken = 0;
  for (let i = 0; i < pointCount && taken < wanted; i++) {
    // mulberry32, inlined: one draw per visited point is the whole cost of this loop.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const draw = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    // Take point i with probability (still wanted) / (still available): exactly `wanted` in total.
    if ((pointCount - i) * draw < wanted - taken) picked[taken++] = i;
  }
  return picked;
}

/** The points at `indices`, in that order, as fresh arrays. */
export function selectPoints(cloud: PointCloud, indices: Uint32Array): PointCloud {
  const count = indices.length;
  const positions = new Float32Array(count * 3);
  const colors = new Uint8Array(count * 3);
  const instances = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    const i = indices[k]!;
    positions[3 * k] = cloud.positions[3 * i]!;
    positions[3 * k + 1] = cloud.positions[3 * i + 1]!;
    positions[3 * k + 2] = cloud.positions[3 * i + 2]!;
    colors[3 * k] = cloud.colors[3 * i]!;
    colors[3 * k + 1] = cloud.colors[3 * i + 1]!;
    colors[3 * k + 2] = cloud.colors[3 * i + 2]!;
    instances[k] = cloud.instances[i]!;
  }
  return { positions, colors, instances };
}

/** The display subsample of `cloud`, or null when the cloud is already small enough to show whole. */
export function displaySubsample(cloud: PointCloud, maxPoints = DISPLAY_MAX_POINTS): PointCloud | null {
  const pointCount = cloud.instances.length;
  if (pointCount <= maxPoints) return null;
  return selectPoints(cloud, pickDisplayIndices(pointCount, maxPoints));
}
