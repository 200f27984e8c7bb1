/**
 * Collision and containment tests for yawed boxes: the checks a layout edit's target box must
 * pass (SPEC §4: inside the room, colliding with nothing) and ray picking for the viewport.
 */
import type { Box, Vec3 } from '../domain/box';
import { footprint, type Aabb } from './box';
import { polygonPenetration } from './convex-polygon';

/** A room's bounds: either an axis-aligned box or a (possibly yawed) box. */
export type Bounds = Aabb | Box;

function zRange(box: Box): [number, number] {
  return [box.center[2] - box.size[2] / 2, box.center[2] + box.size[2] / 2];
}

/**
 * True when the two boxes' interiors overlap by more than `tolerance` metres along every
 * separating axis (XY footprint axes and Z). Boxes that merely touch (a chair standing against a
 * wall, a lamp resting on a table) do not overlap.
 */
export function boxesOverlap(a: Box, b: Box, tolerance = 1e-6): boolean {
  const [aLow, aHigh] = zRange(a);
  const [bLow, bHigh] = zRange(b);
  if (Math.min(aHigh, bHigh) - Math.max(aLow, bLow) <= tolerance) return false;
  return polygonPenetration(footprint(a), footprint(b)) > tolerance;
}

/** Expresses a world point in the box's own frame (origin at its center, x along its yaw). */
export function toBoxFrame(point: Vec3, box: Box): Vec3 {
  const c = Math.cos(box.yaw);
  const s = Math.sin(box.yaw);
  const dx = point[0] - box.center[0];
  const dy = point[1] - box.center[1];
  return [c * dx + s * dy, -s * dx + c * dy, point[2] - box.center[2]];
}

/** True when the point lies in the box or on its surface, with `tolerance` metres of slack. */
export function pointInBox(point: Vec3, box: Box, tolerance = 0): boolean {
  const local = toBoxFrame(point, box);
  return local.every((v, axis) => Math.abs(v) <= box.size[axis]! / 2 + tolerance);
}

/** The eight corners of a box in world coordinates. */
export function boxCorners(box: Box): Vec3[] {
  const low = box.center[2] - box.size[2] / 2;
  const high = box.center[2] + box.size[2] / 2;
  return footprint(box).flatMap(([x, y]): Vec3[] => [
    [x, y, low],
    [x, y, high],
  ]);
}

/**
 * True when `inner` lies entirely within `outer` (room bounds as an Aabb or a box), allowing
 * `tolerance` metres of overhang so a box flush with a wall counts as inside.
 */
export function boxInside(inner: Box, outer: Bounds, tolerance = 1e-6): boolean {
  const corners = boxCorners(inner);
  if ('min' in outer) {
    return corners.every((p) =>
      p.every((v, axis) => v >= outer.min[axis]! - tolerance && v <= outer.max[axis]! + tolerance),
    );
  }
  return corners.every((p) => pointInBox(p, outer, tolerance));
}

/**
 * Where the ray `origin + t·dir` (t ≥ 0) first meets the box, as the parameter t in units of
 * `dir`'s length; 0 when the origin is inside; null when it misses. Slab method in the box frame.
 */
export function rayBoxIntersection(origin: Vec3, dir: Vec3, box: Box): number | null {
  const o = toBoxFrame(origin, box);
  const c = Math.cos(box.yaw);
  const s = Math.sin(box.yaw);
  const d: Vec3 = [c * dir[0] + s * dir[1], -s * dir[0] + c * dir[1], dir[2]];
  let tNear = 0;
  let tFar = Infinity;
  for (let axis = 0; axis < 3; axis++) {
    const half = box.size[axis]! / 2;
    if (d[axis] === 0) {
      if (Math.abs(o[axis]!) > half) return null; // parallel to this slab and outside it
      continue;
    }
    let t1 = (-half - o[axis]!) / d[axis]!;
    let t2 = (half - o[axis]!) / d[axis]!;
    if (t1 > t2) [t1, t2] = [t2, t1];
    tNear = Math.max(tNear, t1);
    tFar = Math.min(tFar, t2);
    if (tNear > tFar) return null;
  }
  return tNear;
}
