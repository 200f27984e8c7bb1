/**
 * Basic box geometry used everywhere: corners, axis-aligned bounds, overlap and the two distances
 * of SPEC §2. Boxes only ever rotate about +Z, so each is an XY rectangle times a Z interval.
 */
import type { Box, Vec3 } from '../domain/box';

export interface Aabb {
  min: Vec3;
  max: Vec3;
}

/** The four XY corners of a box's footprint, counter-clockwise. */
export function footprint(box: Box): [number, number][] {
  const [cx, cy] = box.center;
  const hx = box.size[0] / 2;
  const hy = box.size[1] / 2;
  const c = Math.cos(box.yaw);
  const s = Math.sin(box.yaw);
  const local: [number, number][] = [
    [-hx, -hy],
    [hx, -hy],
    [hx, hy],
    [-hx, hy],
  ];
  return local.map(([x, y]) => [cx + c * x - s * y, cy + s * x + c * y]);
}

export function boxAabb(box: Box): Aabb {
  const corners = footprint(box);
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const hz = box.size[2] / 2;
  return {
    min: [Math.min(...xs), Math.min(...ys), box.center[2] - hz],
    max: [Math.max(...xs), Math.max(...ys), box.center[2] + hz],
  };
}

export function centerDistance(a: Box, b: Box): number {
  return Math.hypot(a.center[0] - b.center[0], a.center[1] - b.center[1], a.center[2] - b.center[2]);
}

/** Distance between two closed intervals, 0 when they overlap or touch. */
export function intervalGap(aMin: number, aMax: number, bMin: number, bMax: number): number {
  return Math.max(0, bMin - aMax, aMin - bMax);
}
