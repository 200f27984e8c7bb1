/**
 * Turns a labelled point cloud into scene objects: per object its axis-aligned box, its oriented
 * box, point count and mean colour (SPEC §2). Importers and the synthetic generator call it.
 *
 * Conventions:
 * - Objects come back sorted by id, one per entry of `labels`, `nyu40: null` (the caller maps it).
 * - `obb` is the minimum-area XY rectangle of the points' convex hull times their Z range, with
 *   yaw in [-π/4, π/4) and size[0] along the yaw (see min-area-rect.ts for why).
 * - An object with no points is still returned (the importer reports it): `points: 0`, colour
 *   [0, 0, 0], and zero-size boxes at the origin.
 * - A cloud with an empty `colors` array gives colour [0, 0, 0] to every object.
 * - Ids that no Uint16 instance value can carry (negative, fractional, ≥ 65535) get 0 points.
 * - Mismatched array lengths are a programming error (RangeError), not bad file input.
 *
 * Cost: two passes over the points with no per-point allocation. The first gathers counts,
 * bounds, colour sums and each object's extreme points in eight directions; the second keeps only
 * the points outside the octagon those extremes span (they cannot be hull vertices), so the hull
 * sorts a small fraction of the cloud.
 */
import type { Box } from '../domain/box';
import type { PointCloud, SceneObject } from '../domain/scene';
import { convexHull2d } from './convex-hull';
import { minAreaRectangle } from './min-area-rect';

/** Directions at 45° steps, counter-clockwise; an object's extreme points along them span an inner octagon. */
const DIRECTIONS = 8;
const INSTANCE_VALUES = 0x10000;

export function summarizeObjects(cloud: PointCloud, labels: ReadonlyMap<number, string>): SceneObject[] {
  const { positions, colors, instances } = cloud;
  const n = instances.length;
  if (positions.length !== 3 * n) {
    throw new RangeError(`point cloud: positions hold ${positions.length / 3} points but instances ${n}`);
  }
  const hasColor = colors.length > 0;
  if (hasColor && colors.length !== 3 * n) {
    throw new RangeError(`point cloud: colors hold ${colors.length / 3} points but instances ${n}`);
  }

  const ids = [...labels.keys()].sort((a, b) => a - b);
  const slots = ids.length;
  // Instance value → slot, -1 for values no label asks for (0, unannotated, included).
  const slotOf = new Int32Array(INSTANCE_VALUES).fill(-1);
  ids.forEach((id, slot) => {
    if (Number.isInteger(id) && id >= 0 && id + 1 < INSTANCE_VALUES) slotOf[id + 1] = slot;
  });

  const count = new Uint32Array(slots);
  const colorSum = new Float64Array(3 * slots);
  const zMin = new Float64Array(slots).fill(Infinity);
  const zMax = new Float64Array(slots).fill(-Infinity);
  // Best projection value and the point reaching it, per slot and direction.
  const extreme = new Float64Array(DIRECTIONS * slots).fill(-Infinity);
  const extremeX = new Float64Array(DIRECTIONS * slots);
  const extremeY = new Float64Array(DIRECTIONS * slots);

  for (let i = 0; i < n; i++) {
    const slot = slotOf[instances[i]!]!;
    if (slot < 0) continue;
    count[slot]!++;
    const x = positions[3 * i]!;
    const y = positions[3 * i + 1]!;
    const z = positions[3 * i + 2]!;
    if (z < zMin[slot]!) zMin[slot] = z;
    if (z > zMax[slot]!) zMax[slot] = z;
    if (hasColor) {
      colorSum[3 * slot] = colorSum[3 * slot]! + colors[3 * i]!;
      colorSum[3 * slot + 1] = colorSum[3 * slot + 1]! + colors[3 * i + 1]!;
      colorSum[3 * slot + 2] = colorSum[3 * slot + 2]! + colors[3 * i + 2]!;
    }
    const e = DIRECTIONS * slot;
    // Unrolled projections onto (1,0) (1,1) (0,1) (-1,1) (-1,0) (-1,-1) (0,-1) (1,-1).
    const s = x + y;
    const d = y - x;
    if (x > extreme[e]!) {
      extreme[e] = x;
      extremeX[e] = x;
      extremeY[e] = y;
    }
    if (s > extreme[e + 1]!) {
      extreme[e + 1] = s;
      extremeX[e + 1] = x;
      extremeY[e + 1] = y;
    }
    if (y > extreme[e + 2]!) {
      extreme[e + 2] = y;
      extremeX[e + 2] = x;
      extremeY[e + 2] = y;
    }
    if (d > extreme[e + 3]!) {
      extreme[e + 3] = d;
      extremeX[e + 3] = x;
      extremeY[e + 3] = y;
    }
    if (-x > extreme[e + 4]!) {
      extreme[e + 4] = -x;
      extremeX[e + 4] = x;
      extremeY[e + 4] = y;
    }
    if (-s > extreme[e + 5]!) {
      extreme[e + 5] = -s;
      extremeX[e + 5] = x;
      extremeY[e + 5] = y;
    }
    if (-y > extreme[e + 6]!) {
      extreme[e + 6] = -y;
      extremeX[e + 6] = x;
      extremeY[e + 6] = y;
    }
    if (-d > extreme[e + 7]!) {
      extreme[e + 7] = -d;
      extremeX[e + 7] = x;
      extremeY[e + 7] = y;
    }
  }

  const { a, b, c, edges } = innerOctagons(slots, count, extremeX, extremeY);

  // Second pass: bucket the possible hull vertices of each object, contiguous per slot.
  const offset = new Uint32Array(slots + 1);
  for (let slot = 0; slot < slots; slot++) offset[slot + 1] = offset[slot]! + count[slot]!;
  const fill = offset.slice(0, slots);
  const candidates = new Float32Array(2 * offset[slots]!);
  for (let i = 0; i < n; i++) {
    const slot = slotOf[instances[i]!]!;
    if (slot < 0) continue;
    const x = positions[3 * i]!;
    const y = positions[3 * i + 1]!;
    // Inlined half-plane tests: strictly inside every edge means not a hull vertex.
    const m = edges[slot]!;
    const e = DIRECTIONS * slot;
    let k = 0;
    while (k < m && a[e + k]! * x + b[e + k]! * y > c[e + k]!) k++;
    if (m > 0 && k === m) continue;
    const at = fill[slot]!++;
    candidates[2 * at] = x;
    candidates[2 * at + 1] = y;
  }

  return ids.map((id, slot) => {
    const points = count[slot]!;
    const label = labels.get(id)!;
    if (points === 0) {
      return { id, label, nyu40: null, box: zeroBox(), obb: zeroBox(), points: 0, color: [0, 0, 0] };
    }
    const e = DIRECTIONS * slot;
    const minX = -extreme[e + 4]!;
    const maxX = extreme[e]!;
    const minY = -extreme[e + 6]!;
    const maxY = extreme[e + 2]!;
    const cz = (zMin[slot]! + zMax[slot]!) / 2;
    const height = zMax[slot]! - zMin[slot]!;
    const hull = convexHull2d(candidates, offset[slot]!, fill[slot]! - offset[slot]!);
    const rect = minAreaRectangle(hull);
    const mean = (channel: number): number => Math.round(colorSum[3 * slot + channel]! / points);
    return {
      id,
      label,
      nyu40: null,
      box: { center: [(minX + maxX) / 2, (minY + maxY) / 2, cz], size: [maxX - minX, maxY - minY, height], yaw: 0 },
      obb: { center: [rect.cx, rect.cy, cz], size: [rect.length, rect.width, height], yaw: rect.angle },
      points,
      color: [mean(0), mean(1), mean(2)],
    };
  });
}

function zeroBox(): Box {
  return { center: [0, 0, 0], size: [0, 0, 0], yaw: 0 };
}

/**
 * Per slot, the edges of the convex polygon through its extreme points as half-planes
 * `a·x + b·y > c` (interior side), `edges[slot]` of them (0: nothing can be skipped). The extremes are hull points in counter-clockwise order, so a
 * point strictly inside all of them is strictly inside the hull and can be skipped.
 */
function innerOctagons(slots: number, count: Uint32Array, ex: Float64Array, ey: Float64Array) {
  const a = new Float64Array(DIRECTIONS * slots);
  const b = new Float64Array(DIRECTIONS * slots);
  const c = new Float64Array(DIRECTIONS * slots);
  const edges = new Uint8Array(slots);
  for (let slot = 0; slot < slots; slot++) {
    if (count[slot]! < 3) continue;
    const e = DIRECTIONS * slot;
    let kept = 0;
    for (let k = 0; k < DIRECTIONS; k++) {
      const px = ex[e + k]!;
      const py = ey[e + k]!;
      const qx = ex[e + ((k + 1) % DIRECTIONS)]!;
      const qy = ey[e + ((k + 1) % DIRECTIONS)]!;
      if (px === qx && py === qy) continue; // two directions share an extreme point
      // Left of p→q: (q - p) × (r - p) > 0  ⇔  -(qy-py)·rx + (qx-px)·ry > -(qy-py)·px + (qx-px)·py.
      a[e + kept] = py - qy;
      b[e + kept] = qx - px;
      c[e + kept] = (py - qy) * px + (qx - px) * py;
      kept++;
    }
    // Fewer than three edges means the extremes are collinear: no interior to skip.
    edges[slot] = kept >= 3 ? kept : 0;
  }
  return { a, b, c, edges };
}
