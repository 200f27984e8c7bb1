/**
 * Minimum-area enclosing rectangle of a convex polygon (rotating calipers), the XY part of an
 * object's oriented box.
 *
 * Yaw convention: `angle` is normalised to [-π/4, π/4) and `length` is the extent along that
 * angle, `width` the extent across it. Every rectangle has four equivalent yaws a quarter turn
 * apart; this range keeps nearly axis-aligned objects (the common case in axis-aligned scans) at
 * yaw ≈ 0 with sizes matching their axis-aligned box, so noise never flips them by 90°.
 */

export interface Rect2d {
  cx: number;
  cy: number;
  /** Extent along the direction `angle`. */
  length: number;
  /** Extent perpendicular to `angle`. */
  width: number;
  /** Radians, in [-π/4, π/4). */
  angle: number;
}

const QUARTER_TURN = Math.PI / 2;
/** Relative area difference under which two candidate rectangles count as equally small. */
const AREA_TIE = 1e-9;

/** Maps an edge direction to the equivalent yaw in [-π/4, π/4), swapping extents on odd quarter turns. */
export function normalizeRectYaw(
  angle: number,
  along: number,
  across: number,
): { angle: number; length: number; width: number } {
  const turns = Math.round(angle / QUARTER_TURN);
  let yaw = angle - turns * QUARTER_TURN;
  let length = along;
  let width = across;
  if (turns % 2 !== 0) [length, width] = [across, along];
  if (yaw >= Math.PI / 4) {
    yaw -= QUARTER_TURN;
    [length, width] = [width, length];
  }
  return { angle: yaw, length, width };
}

/**
 * Smallest-area rectangle holding the convex polygon `hull` (interleaved x,y, counter-clockwise,
 * no collinear vertices, as `convexHull2d` returns). Ties prefer the yaw closest to 0.
 * Degenerate hulls give a zero-width rectangle (segment) or a zero-size one (point or empty).
 */
export function minAreaRectangle(hull: ArrayLike<number>): Rect2d {
  const n = hull.length / 2;
  if (n === 0) return { cx: 0, cy: 0, length: 0, width: 0, angle: 0 };
  if (n === 1) return { cx: hull[0]!, cy: hull[1]!, length: 0, width: 0, angle: 0 };
  if (n === 2) {
    const dx = hull[2]! - hull[0]!;
    const dy = hull[3]! - hull[1]!;
    const yaw = normalizeRectYaw(Math.atan2(dy, dx), Math.hypot(dx, dy), 0);
    return { cx: (hull[0]! + hull[2]!) / 2, cy: (hull[1]! + hull[3]!) / 2, ...yaw };
  }

  const x = (i: number): number => hull[2 * (i % n)]!;
  const y = (i: number): number => hull[2 * (i % n) + 1]!;
  let best: Rect2d | null = null;
  let bestArea = Infinity;
  // Caliper vertices: farthest along the edge, farthest across it (inward normal), and the
  // minimum along the edge. Each only ever moves forward as the edge turns counter-clockwise.
  let jMax = 1;
  let jFar = 1;
  let jMin = 0;
  for (let i = 0; i < n; i++) {
    const ox = x(i);
    const oy = y(i);
    const edgeLength = Math.hypot(x(i + 1) - ox, y(i + 1) - oy);
    const ex = (x(i + 1) - ox) / edgeLength;
    const ey = (y(i + 1) - oy) / edgeLength;
    const along = (j: number): number => (x(j) - ox) * ex + (y(j) - oy) * ey;
    const across = (j: number): number => (y(j) - oy) * ex - (x(j) - ox) * ey;
    if (i === 0) {
      // Seed the calipers with full scans once; later edges only advance them.
      for (let j = 0; j < n; j++) {
        if (along(j) > along(jMax)) jMax = j;
        if (across(j) > across(jFar)) jFar = j;
        if (along(j) < along(jMin)) jMin = j;
      }
    } else {
      for (let s = 0; s < n && along(jMax + 1) >= along(jMax); s++) jMax = (jMax + 1) % n;
      for (let s = 0; s < n && across(jFar + 1) >= across(jFar); s++) jFar = (jFar + 1) % n;
      for (let s = 0; s < n && along(jMin + 1) <= along(jMin); s++) jMin = (jMin + 1) % n;
    }
    const minAlong = along(jMin);
    const maxAlong = along(jMax);
    const height = across(jFar);
    const area = (maxAlong - minAlong) * height;
    const midAlong = (minAlong + maxAlong) / 2;
    const yaw = normalizeRectYaw(Math.atan2(ey, ex), maxAlong - minAlong, height);
    const smaller = area < bestArea * (1 - AREA_TIE);
    const tiedButStraighter =
      best !== null && area <= bestArea * (1 + AREA_TIE) && Math.abs(yaw.angle) < Math.abs(best.angle);
    if (best === null || smaller || tiedButStraighter) {
      bestArea = Math.min(area, bestArea);
      best = {
        cx: ox + ex * midAlong - ey * (height / 2),
        cy: oy + ey * midAlong + ex * (height / 2),
        ...yaw,
      };
    }
  }
  return best!;
}
