/**
 * Small convex polygons in the XY plane (box footprints): overlap by separating axes, distance,
 * and point containment. Polygons are vertex lists in counter-clockwise order.
 */
export type Point2 = readonly [number, number];
export type Polygon2 = readonly Point2[];

/**
 * Depth by which the two polygons overlap along their least-overlapping axis: positive when the
 * interiors overlap, 0 when they touch, negative when apart (then minus the separation along the
 * most separating axis, a lower bound of the distance). Separating axis theorem: exact in sign.
 */
export function polygonPenetration(a: Polygon2, b: Polygon2): number {
  let least = Infinity;
  const test = (nx: number, ny: number): void => {
    const [aMin, aMax] = project(a, nx, ny);
    const [bMin, bMax] = project(b, nx, ny);
    least = Math.min(least, Math.min(aMax, bMax) - Math.max(aMin, bMin));
  };
  // The world axes and each edge's direction are redundant for proper polygons but make the test
  // complete for degenerate footprints (zero-size boxes are points or segments).
  test(1, 0);
  test(0, 1);
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i]!;
      const q = poly[(i + 1) % poly.length]!;
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
      if (len === 0) continue;
      const ex = (q[0] - p[0]) / len;
      const ey = (q[1] - p[1]) / len;
      test(ey, -ex);
      test(ex, ey);
    }
  }
  return least;
}

function project(poly: Polygon2, nx: number, ny: number): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const [x, y] of poly) {
    const d = x * nx + y * ny;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  return [min, max];
}

/** Distance from point (px, py) to the segment p–q. */
export function pointSegmentDistance(px: number, py: number, p: Point2, q: Point2): number {
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - p[0]) * dx + (py - p[1]) * dy) / len2));
  return Math.hypot(px - (p[0] + t * dx), py - (p[1] + t * dy));
}

/** Below this area (m²) a polygon is a point or a segment, and containment means touching it. */
const DEGENERATE_AREA = 1e-12;

/** True when the point lies inside the convex polygon or on its boundary (within `tolerance`). */
export function polygonContains(poly: Polygon2, px: number, py: number, tolerance = 0): boolean {
  if (poly.length === 0) return false;
  if (Math.abs(polygonArea(poly)) <= DEGENERATE_AREA) return polygonDistanceToPoint(poly, px, py) <= tolerance;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!;
    const q = poly[(i + 1) % poly.length]!;
    const ex = q[0] - p[0];
    const ey = q[1] - p[1];
    const len = Math.hypot(ex, ey);
    if (len === 0) continue;
    // Signed distance to the edge's line, negative on the outside of a counter-clockwise polygon.
    if ((ex * (py - p[1]) - ey * (px - p[0])) / len < -tolerance) return false;
  }
  return true;
}

/** Signed area (shoelace), positive for counter-clockwise vertex order. */
export function polygonArea(poly: Polygon2): number {
  let twice = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!;
    const q = poly[(i + 1) % poly.length]!;
    twice += p[0] * q[1] - q[0] * p[1];
  }
  return twice / 2;
}

function polygonDistanceToPoint(poly: Polygon2, px: number, py: number): number {
  let best = Infinity;
  for (let i = 0; i < poly.length; i++) {
    best = Math.min(best, pointSegmentDistance(px, py, poly[i]!, poly[(i + 1) % poly.length]!));
  }
  return best;
}

/**
 * Closest distance between two convex polygons, 0 when they touch or overlap. Apart polygons'
 * closest points always include a vertex of one of them, so vertex–edge distances suffice.
 */
export function polygonDistance(a: Polygon2, b: Polygon2): number {
  if (polygonPenetration(a, b) >= 0) return 0;
  let best = Infinity;
  for (const [x, y] of a) best = Math.min(best, polygonDistanceToPoint(b, x, y));
  for (const [x, y] of b) best = Math.min(best, polygonDistanceToPoint(a, x, y));
  return best;
}
