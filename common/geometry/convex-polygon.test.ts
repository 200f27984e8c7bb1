import { describe, expect, it } from 'vitest';
import {
  polygonArea,
  polygonContains,
  polygonDistance,
  polygonPenetration,
  pointSegmentDistance,
  type Polygon2,
} from './convex-polygon';

const square = (x: number, y: number, side = 1): Polygon2 => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
];
const diamond = (x: number, y: number, r: number): Polygon2 => [
  [x + r, y],
  [x, y + r],
  [x - r, y],
  [x, y - r],
];

describe('polygonPenetration', () => {
  it('is positive for overlap, zero for touching, negative for separation', () => {
    expect(polygonPenetration(square(0, 0), square(0.5, 0.25))).toBeCloseTo(0.5, 12);
    expect(polygonPenetration(square(0, 0), square(1, 0))).toBeCloseTo(0, 12);
    expect(polygonPenetration(square(0, 0), square(3, 0))).toBeCloseTo(-2, 12);
  });

  it('separates a diamond that only the diagonal axis can separate', () => {
    // Axis-aligned bounds overlap, but the diamond sits beyond the square's corner.
    expect(polygonPenetration(square(0, 0), diamond(1.6, 1.6, 1))).toBeLessThan(0);
    expect(polygonPenetration(square(0, 0), diamond(1.4, 1.4, 1))).toBeGreaterThan(0);
  });

  it('handles points and segments (zero-size footprints)', () => {
    const point: Polygon2 = [
      [0.5, 0.5],
      [0.5, 0.5],
      [0.5, 0.5],
      [0.5, 0.5],
    ];
    const farPoint: Polygon2 = [
      [5, 0.5],
      [5, 0.5],
      [5, 0.5],
      [5, 0.5],
    ];
    const segment: Polygon2 = [
      [0, 0],
      [2, 0],
      [2, 0],
      [0, 0],
    ];
    expect(polygonPenetration(point, farPoint)).toBeLessThan(0);
    expect(polygonPenetration(point, square(0, 0))).toBeCloseTo(0, 12);
    expect(polygonPenetration(farPoint, square(0, 0))).toBeLessThan(0);
    // On the segment's line but past its end: only the segment's own direction separates.
    expect(
      polygonPenetration(segment, [
        [3, 0],
        [3, 0],
        [3, 0],
        [3, 0],
      ]),
    ).toBeLessThan(0);
  });
});

describe('polygonDistance', () => {
  it('measures edge-to-edge, corner-to-corner and corner-to-edge gaps, 0 on contact', () => {
    expect(polygonDistance(square(0, 0), square(3, 0))).toBeCloseTo(2, 12);
    expect(polygonDistance(square(0, 0), square(4, 5))).toBeCloseTo(5, 12);
    expect(polygonDistance(square(0, 0), diamond(3, 0.5, 1))).toBeCloseTo(1, 12);
    expect(polygonDistance(square(0, 0), square(1, 1))).toBe(0);
    expect(polygonDistance(square(0, 0), square(0.2, 0.2, 0.5))).toBe(0);
  });
});

describe('polygonContains and helpers', () => {
  it('accepts interior and boundary points, rejects outside ones', () => {
    expect(polygonContains(square(0, 0), 0.5, 0.5)).toBe(true);
    expect(polygonContains(square(0, 0), 1, 0.5)).toBe(true);
    expect(polygonContains(square(0, 0), 1.01, 0.5)).toBe(false);
    expect(polygonContains(square(0, 0), 1.01, 0.5, 0.02)).toBe(true);
    expect(polygonContains([], 0, 0)).toBe(false);
  });

  it('treats a zero-width footprint as a segment', () => {
    const segment: Polygon2 = [
      [0, 0],
      [2, 0],
      [2, 0],
      [0, 0],
    ];
    expect(polygonContains(segment, 1, 0)).toBe(true);
    expect(polygonContains(segment, 3, 0)).toBe(false);
    expect(polygonContains(segment, 1, 0.1)).toBe(false);
  });

  it('computes signed area and point-segment distance', () => {
    expect(polygonArea(square(0, 0, 2))).toBe(4);
    expect(polygonArea([...square(0, 0, 2)].reverse())).toBe(-4);
    expect(pointSegmentDistance(0, 1, [-1, 0], [1, 0])).toBe(1);
    expect(pointSegmentDistance(4, 4, [-1, 0], [1, 0])).toBe(5);
    expect(pointSegmentDistance(3, 4, [0, 0], [0, 0])).toBe(5);
  });
});
