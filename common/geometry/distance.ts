/**
 * The gap of SPEC §2: closest distance between two boxes, 0 when they touch or overlap.
 * (The other distance, `centerDistance`, lives in box.ts.)
 */
import type { Box } from '../domain/box';
import { footprint, intervalGap } from './box';
import { polygonDistance } from './convex-polygon';

/**
 * Closest distance between two yawed boxes. Each box is its XY footprint times a Z interval, and
 * the squared distance between such prisms splits exactly into the XY part plus the Z part.
 */
export function boxGap(a: Box, b: Box): number {
  const dxy = polygonDistance(footprint(a), footprint(b));
  const dz = intervalGap(
    a.center[2] - a.size[2] / 2,
    a.center[2] + a.size[2] / 2,
    b.center[2] - b.size[2] / 2,
    b.center[2] + b.size[2] / 2,
  );
  return Math.hypot(dxy, dz);
}

export { centerDistance } from './box';
