import { describe, expect, it } from 'vitest';
import { boxCorners, boxesOverlap, boxInside, pointInBox, rayBoxIntersection, toBoxFrame } from './collision';
import { box, floorBox } from './test-support';

describe('boxesOverlap', () => {
  const unit = floorBox(0, 0, [1, 1, 1]);

  it('detects interpenetration and ignores contact', () => {
    expect(boxesOverlap(unit, floorBox(0.5, 0.5, [1, 1, 1]))).toBe(true);
    expect(boxesOverlap(unit, floorBox(1, 0, [1, 1, 1]))).toBe(false); // side by side
    expect(boxesOverlap(unit, box([0, 0, 1.5], [1, 1, 1]))).toBe(false); // stacked
    expect(boxesOverlap(unit, floorBox(1.0000005, 0, [1, 1, 1]))).toBe(false);
    expect(boxesOverlap(unit, floorBox(0.999, 0, [1, 1, 1]))).toBe(true);
  });

  it('respects the tolerance', () => {
    expect(boxesOverlap(unit, floorBox(0.99, 0, [1, 1, 1]), 0.02)).toBe(false);
    expect(boxesOverlap(unit, floorBox(0.97, 0, [1, 1, 1]), 0.02)).toBe(true);
  });

  it('uses the yawed footprints, not their axis-aligned bounds', () => {
    // A 45° square whose AABB overlaps the unit box's corner region but which itself stays clear.
    const diamond = floorBox(0.9, 0.9, [1, 1, 1], Math.PI / 4);
    expect(boxesOverlap(unit, diamond)).toBe(false);
    expect(boxesOverlap(unit, floorBox(0.7, 0.7, [1, 1, 1], Math.PI / 4))).toBe(true);
    // Corner of the diamond exactly touching the unit box's face.
    expect(boxesOverlap(unit, floorBox(0.5 + Math.SQRT1_2, 0, [1, 1, 1], Math.PI / 4))).toBe(false);
  });

  it('never reports zero-size boxes as overlapping', () => {
    expect(boxesOverlap(unit, box([0, 0, 0.5], [0, 0, 0]))).toBe(false);
  });
});

describe('pointInBox and toBoxFrame', () => {
  it('tests in the box frame, including the surface', () => {
    const turned = box([1, 1, 1], [2, 0.5, 2], Math.PI / 2);
    expect(pointInBox([1, 1.9, 1], turned)).toBe(true); // long axis now along +Y
    expect(pointInBox([1.9, 1, 1], turned)).toBe(false);
    expect(pointInBox([1, 2, 2], turned)).toBe(true); // corner of the surface
    expect(pointInBox([1.26, 1, 1], turned, 0.02)).toBe(true);
    const local = toBoxFrame([1, 2, 1], turned);
    expect(local[0]).toBeCloseTo(1, 12);
    expect(local[1]).toBeCloseTo(0, 12);
  });
});

describe('boxInside', () => {
  const room = { min: [0, 0, 0] as [number, number, number], max: [4, 3, 2.5] as [number, number, number] };

  it('accepts boxes within the room bounds, including flush with a wall', () => {
    expect(boxInside(floorBox(2, 1.5, [1, 1, 1]), room)).toBe(true);
    expect(boxInside(floorBox(3.5, 1.5, [1, 1, 1]), room)).toBe(true);
    expect(boxInside(floorBox(3.6, 1.5, [1, 1, 1]), room)).toBe(false);
    expect(boxInside(box([2, 1.5, 2.2], [1, 1, 1]), room)).toBe(false); // through the ceiling
  });

  it('checks the yawed corners, which reach further than the center suggests', () => {
    expect(boxInside(floorBox(3.4, 1.5, [1, 1, 1], Math.PI / 4), room)).toBe(false);
    expect(boxInside(floorBox(3.2, 1.5, [1, 1, 1], Math.PI / 4), room)).toBe(true);
  });

  it('accepts a yawed box as the outer bounds', () => {
    const turnedRoom = box([0, 0, 1], [4, 2, 2], Math.PI / 2);
    expect(boxInside(floorBox(0, 1.5, [0.5, 0.5, 1]), turnedRoom)).toBe(true);
    expect(boxInside(floorBox(1.5, 0, [0.5, 0.5, 1]), turnedRoom)).toBe(false);
    expect(boxCorners(turnedRoom)).toHaveLength(8);
  });
});

describe('rayBoxIntersection', () => {
  const target = box([5, 0, 0], [2, 2, 2]);

  it('returns the entry parameter along the ray', () => {
    expect(rayBoxIntersection([0, 0, 0], [1, 0, 0], target)).toBeCloseTo(4, 12);
    expect(rayBoxIntersection([0, 0, 0], [2, 0, 0], target)).toBeCloseTo(2, 12);
    expect(rayBoxIntersection([0, 0.9, 0], [1, 0, 0], target)).toBeCloseTo(4, 12);
  });

  it('misses when passing beside, pointing away, or parallel outside a slab', () => {
    expect(rayBoxIntersection([0, 0, 0], [-1, 0, 0], target)).toBeNull();
    expect(rayBoxIntersection([0, 1.1, 0], [1, 0, 0], target)).toBeNull();
    expect(rayBoxIntersection([0, 0, 0], [1, 1, 0], target)).toBeNull();
  });

  it('returns 0 from inside and respects yaw', () => {
    expect(rayBoxIntersection([5, 0, 0], [0, 0, 1], target)).toBe(0);
    // A plank 0.2 m thick turned 45°: a ray along +X meets its face 0.1·√2 before the midline.
    const plank = box([5, 0, 0], [4, 0.2, 1], Math.PI / 4);
    const t = rayBoxIntersection([0, 0, 0], [1, 0, 0], plank)!;
    expect(t).toBeCloseTo(5 - 0.1 * Math.SQRT2, 12);
    expect(rayBoxIntersection([0, 1, 0], [1, 0, 0], plank)).toBeCloseTo(6 - 0.1 * Math.SQRT2, 12);
    expect(rayBoxIntersection([0, 3, 0], [1, 0, 0], plank)).toBeNull(); // past the plank's end
    expect(rayBoxIntersection([0, 0, 0], [0, 1, 0], plank)).toBeNull();
  });
});
