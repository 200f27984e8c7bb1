import { describe, expect, it } from 'vitest';
import { convexHull2d } from './convex-hull';
import { polygonArea, polygonContains, type Point2 } from './convex-polygon';
import { seededRandom } from './test-support';

function pairs(flat: ArrayLike<number>): Point2[] {
  const out: Point2[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push([flat[i]!, flat[i + 1]!]);
  return out;
}

describe('convexHull2d', () => {
  it('keeps only the corners of a square, counter-clockwise, dropping interior and edge points', () => {
    const xy = [0, 0, 2, 0, 1, 0, 2, 2, 0, 2, 1, 1, 0.5, 1.5, 2, 1, 0, 0];
    const hull = pairs(convexHull2d(xy));
    expect(hull).toHaveLength(4);
    expect(new Set(hull.map((p) => p.join(',')))).toEqual(new Set(['0,0', '2,0', '2,2', '0,2']));
    expect(polygonArea(hull)).toBeCloseTo(4, 12);
  });

  it('handles empty, single, coincident and collinear input', () => {
    expect(convexHull2d([])).toHaveLength(0);
    expect(Array.from(convexHull2d([3, 4]))).toEqual([3, 4]);
    expect(Array.from(convexHull2d([3, 4, 3, 4, 3, 4]))).toEqual([3, 4]);
    expect(pairs(convexHull2d([0, 0, 1, 1, 3, 3, 2, 2, 1, 1]))).toEqual([
      [0, 0],
      [3, 3],
    ]);
  });

  it('hulls only the requested slice', () => {
    const xy = [100, 100, 0, 0, 1, 0, 0, 1, -100, 5];
    const hull = pairs(convexHull2d(xy, 1, 3));
    expect(hull).toHaveLength(3);
    expect(polygonArea(hull)).toBeCloseTo(0.5, 12);
  });

  it('on random clouds gives a strictly convex polygon of input points containing every point', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 20; trial++) {
      const count = 3 + Math.floor(random() * 300);
      const xy: number[] = [];
      for (let i = 0; i < count; i++) xy.push(random() * 4 - 2, random() * 3 - 1);
      const hull = pairs(convexHull2d(xy));
      const inputs = new Set(pairs(xy).map((p) => p.join(',')));
      for (const vertex of hull) expect(inputs.has(vertex.join(','))).toBe(true);
      for (let i = 0; i < hull.length; i++) {
        const [a, b, c] = [hull[i]!, hull[(i + 1) % hull.length]!, hull[(i + 2) % hull.length]!];
        expect((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])).toBeGreaterThan(0);
      }
      for (const [x, y] of pairs(xy)) expect(polygonContains(hull, x, y, 1e-12)).toBe(true);
    }
  });
});
