import { describe, expect, it } from 'vitest';
import { convexHull2d } from './convex-hull';
import { polygonContains, type Point2 } from './convex-polygon';
import { minAreaRectangle, normalizeRectYaw, type Rect2d } from './min-area-rect';
import { seededRandom } from './test-support';

/** Corners of a rotated rectangle plus some points inside it, as a flat x,y list. */
function rectanglePoints(
  cx: number,
  cy: number,
  length: number,
  width: number,
  angle: number,
  random: () => number,
): number[] {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const out: number[] = [];
  const put = (u: number, v: number): void => {
    out.push(cx + c * u - s * v, cy + s * u + c * v);
  };
  for (const [u, v] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ] as const)
    put((u * length) / 2, (v * width) / 2);
  for (let i = 0; i < 50; i++) put((random() - 0.5) * length, (random() - 0.5) * width);
  return out;
}

function rectCorners(r: Rect2d): Point2[] {
  const c = Math.cos(r.angle);
  const s = Math.sin(r.angle);
  return (
    [
      [-1, -1],
      [1, -1],
      [1, 1],
      [-1, 1],
    ] as const
  ).map(([u, v]) => {
    const x = (u * r.length) / 2;
    const y = (v * r.width) / 2;
    return [r.cx + c * x - s * y, r.cy + s * x + c * y] as const;
  });
}

/** Independent O(n²) answer: try every hull edge direction, project everything onto it. */
function bruteForceMinArea(hull: Float64Array): number {
  const n = hull.length / 2;
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    const angle = Math.atan2(hull[2 * j + 1]! - hull[2 * i + 1]!, hull[2 * j]! - hull[2 * i]!);
    const c = Math.cos(angle);
    const s = Math.sin(angle);
    let [uMin, uMax, vMin, vMax] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let k = 0; k < n; k++) {
      const u = c * hull[2 * k]! + s * hull[2 * k + 1]!;
      const v = -s * hull[2 * k]! + c * hull[2 * k + 1]!;
      [uMin, uMax, vMin, vMax] = [Math.min(uMin, u), Math.max(uMax, u), Math.min(vMin, v), Math.max(vMax, v)];
    }
    best = Math.min(best, (uMax - uMin) * (vMax - vMin));
  }
  return best;
}

describe('normalizeRectYaw', () => {
  it('maps every quarter turn into [-π/4, π/4) and swaps extents on odd turns', () => {
    expect(normalizeRectYaw(0.3, 2, 1)).toEqual({ angle: 0.3, length: 2, width: 1 });
    const quarter = normalizeRectYaw(0.3 + Math.PI / 2, 2, 1);
    expect(quarter.angle).toBeCloseTo(0.3, 12);
    expect([quarter.length, quarter.width]).toEqual([1, 2]);
    const half = normalizeRectYaw(0.3 - Math.PI, 2, 1);
    expect(half.angle).toBeCloseTo(0.3, 12);
    expect([half.length, half.width]).toEqual([2, 1]);
    const diagonal = normalizeRectYaw(Math.PI / 4, 2, 1);
    expect(diagonal.angle).toBeCloseTo(-Math.PI / 4, 12);
    expect([diagonal.length, diagonal.width]).toEqual([1, 2]);
  });
});

describe('minAreaRectangle', () => {
  it('recovers a rotated rectangle with its yaw in [-π/4, π/4)', () => {
    const random = seededRandom(1);
    const r = minAreaRectangle(convexHull2d(rectanglePoints(1, -2, 3, 1, 0.5, random)));
    expect(r.angle).toBeCloseTo(0.5, 9);
    expect(r.length).toBeCloseTo(3, 9);
    expect(r.width).toBeCloseTo(1, 9);
    expect(r.cx).toBeCloseTo(1, 9);
    expect(r.cy).toBeCloseTo(-2, 9);

    const steep = minAreaRectangle(convexHull2d(rectanglePoints(0, 0, 3, 1, 1.2, random)));
    expect(steep.angle).toBeCloseTo(1.2 - Math.PI / 2, 9);
    expect(steep.length).toBeCloseTo(1, 9);
    expect(steep.width).toBeCloseTo(3, 9);
  });

  it('gives exactly yaw 0 for an axis-aligned rectangle, even a square', () => {
    const random = seededRandom(2);
    for (const [l, w] of [
      [2, 1],
      [1, 2],
      [1, 1],
    ] as const) {
      const r = minAreaRectangle(convexHull2d(rectanglePoints(0.5, 0.25, l, w, 0, random)));
      expect(r.angle).toBe(0);
      expect(r.length).toBeCloseTo(l, 12);
      expect(r.width).toBeCloseTo(w, 12);
    }
  });

  it('matches an O(n²) search and encloses the hull on random clouds', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 40; trial++) {
      const xy: number[] = [];
      const count = 3 + Math.floor(random() * 200);
      const squash = 0.2 + random();
      const angle = random() * 2 * Math.PI;
      for (let i = 0; i < count; i++) {
        // Elliptical blobs of random orientation: many hull vertices, no obvious answer.
        const r = Math.sqrt(random());
        const t = random() * 2 * Math.PI;
        const u = r * Math.cos(t);
        const v = squash * r * Math.sin(t);
        xy.push(Math.cos(angle) * u - Math.sin(angle) * v, Math.sin(angle) * u + Math.cos(angle) * v);
      }
      const hull = convexHull2d(xy);
      const rect = minAreaRectangle(hull);
      expect(rect.length * rect.width).toBeCloseTo(bruteForceMinArea(hull), 9);
      expect(rect.angle).toBeGreaterThanOrEqual(-Math.PI / 4);
      expect(rect.angle).toBeLessThan(Math.PI / 4);
      const corners = rectCorners(rect);
      for (let i = 0; i < hull.length; i += 2)
        expect(polygonContains(corners, hull[i]!, hull[i + 1]!, 1e-9)).toBe(true);
    }
  });

  it('treats degenerate hulls as a segment or a point', () => {
    expect(minAreaRectangle(new Float64Array([2, 3]))).toEqual({ cx: 2, cy: 3, length: 0, width: 0, angle: 0 });
    const segment = minAreaRectangle(new Float64Array([0, 0, 0, 2]));
    expect(segment.angle).toBeCloseTo(0, 12);
    expect([segment.length, segment.width]).toEqual([0, 2]);
    expect([segment.cx, segment.cy]).toEqual([0, 1]);
  });
});
