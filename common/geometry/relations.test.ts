import { describe, expect, it } from 'vitest';
import {
  BETWEEN_MAX_LATERAL,
  closestIndex,
  CONTACT_TOLERANCE,
  farthestIndex,
  FAR_MIN_GAP,
  isAbove,
  isBelow,
  isBetween,
  isFar,
  isNear,
  isNextTo,
  isOn,
  NEAR_MAX_GAP,
  NEXT_TO_MAX_GAP,
} from './relations';
import { box, floorBox } from './test-support';

// A small bedroom: bed along the wall, a nightstand beside it, a lamp on the nightstand, a shelf
// hanging over the bed, a rug under it, a chair across the room and a wardrobe far away.
const bed = floorBox(0, 0, [2, 1.6, 0.5]);
const nightstand = floorBox(1.25, 0.5, [0.4, 0.4, 0.6]);
const lamp = box([1.25, 0.5, 0.8], [0.2, 0.2, 0.4]);
const shelf = box([0, 0, 1.6], [1, 0.3, 0.1]);
const rug = box([0, 0, 0.005], [3, 2.5, 0.01]);
const chair = floorBox(2.5, -1.5, [0.5, 0.5, 0.9], 0.4);
const wardrobe = floorBox(6, 2, [1.2, 0.6, 2]);

describe('near and far (by gap)', () => {
  it('calls touching and close things near, distant ones far, and leaves a band between', () => {
    expect(isNear(nightstand, bed)).toBe(true); // 5 cm apart
    expect(isNear(chair, bed)).toBe(false);
    expect(isFar(wardrobe, bed)).toBe(true);
    expect(isFar(chair, bed)).toBe(false);
    expect(isNear(chair, bed) || isFar(chair, bed)).toBe(false);
  });

  it('uses the thresholds at their edges', () => {
    expect(isNear(floorBox(0, 0, [1, 1, 1]), floorBox(1 + NEAR_MAX_GAP, 0, [1, 1, 1]))).toBe(true);
    expect(isNear(floorBox(0, 0, [1, 1, 1]), floorBox(1.01 + NEAR_MAX_GAP, 0, [1, 1, 1]))).toBe(false);
    expect(isFar(floorBox(0, 0, [1, 1, 1]), floorBox(1.01 + FAR_MIN_GAP, 0, [1, 1, 1]))).toBe(true);
  });
});

describe('closest and farthest', () => {
  it('picks the unique extreme among candidates', () => {
    const candidates = [wardrobe, chair, nightstand];
    expect(closestIndex(bed, candidates)).toBe(2);
    expect(farthestIndex(bed, candidates)).toBe(0);
  });

  it('refuses ties and empty sets', () => {
    const left = floorBox(-3, 0, [1, 1, 1]);
    const right = floorBox(3.01, 0, [1, 1, 1]);
    expect(closestIndex(bed, [left, right])).toBe(-1);
    expect(farthestIndex(bed, [left, right])).toBe(-1);
    expect(closestIndex(bed, [])).toBe(-1);
    expect(closestIndex(bed, [left])).toBe(0);
  });

  it('can rank by gap instead of center distance', () => {
    // A long sofa whose end reaches close to the bed but whose center is farther than a stool's.
    const sofa = floorBox(0, 3, [6, 1, 0.8], Math.PI / 2 - 0.3);
    const stool = floorBox(-2.2, 0, [0.3, 0.3, 0.4]);
    expect(closestIndex(bed, [sofa, stool], 'center')).toBe(1);
    expect(closestIndex(bed, [sofa, stool], 'gap')).toBe(0);
  });
});

describe('above, below, on', () => {
  it('puts a resting lamp on the nightstand, and above it', () => {
    expect(isOn(lamp, nightstand)).toBe(true);
    expect(isAbove(lamp, nightstand)).toBe(true);
    expect(isBelow(nightstand, lamp)).toBe(true);
    expect(isOn(nightstand, lamp)).toBe(false);
  });

  it('puts a hanging shelf above the bed but not on it', () => {
    expect(isAbove(shelf, bed)).toBe(true);
    expect(isOn(shelf, bed)).toBe(false);
    expect(isBelow(bed, shelf)).toBe(true);
  });

  it('puts the bed on the rug, within the contact tolerance', () => {
    expect(isOn(bed, rug)).toBe(true);
    const hovering = box([0, 0, 0.25 + 0.01 + CONTACT_TOLERANCE + 0.01], [2, 1.6, 0.5]);
    expect(isOn(hovering, rug)).toBe(false);
  });

  it('needs overlapping footprints: higher but beside is not above', () => {
    const shelfOverFloor = box([4, 0, 1.6], [1, 0.3, 0.1]);
    expect(isAbove(shelfOverFloor, bed)).toBe(false);
    // Same height as the nightstand's top, next to it rather than on it.
    const besideTop = box([2, 0.5, 0.8], [0.2, 0.2, 0.4]);
    expect(isOn(besideTop, nightstand)).toBe(false);
  });

  it('uses yawed footprints', () => {
    // A 45° tray whose axis-aligned bounds reach over a box's corner but whose footprint does not.
    const base = floorBox(0, 0, [1, 1, 1]);
    const tray = box([0.9, 0.9, 1.05], [1, 1, 0.1], Math.PI / 4);
    expect(isAbove(tray, base)).toBe(false);
    const centred = box([0.4, 0.4, 1.05], [1, 1, 0.1], Math.PI / 4);
    expect(isOn(centred, base)).toBe(true);
  });
});

describe('between', () => {
  const left = floorBox(-2, 0, [1, 1, 1]);
  const right = floorBox(2, 0, [1, 1, 1]);

  it('accepts a center on or near the segment, whatever the height', () => {
    expect(isBetween(floorBox(0, 0, [0.5, 0.5, 0.5]), left, right)).toBe(true);
    expect(isBetween(box([1, BETWEEN_MAX_LATERAL - 0.01, 2], [0.2, 0.2, 0.2]), left, right)).toBe(true);
    expect(isBetween(floorBox(0, 0, [0.5, 0.5, 0.5]), right, left)).toBe(true);
  });

  it('rejects centers off to the side, beyond an end, or a degenerate pair', () => {
    expect(isBetween(floorBox(0, BETWEEN_MAX_LATERAL + 0.01, [0.5, 0.5, 0.5]), left, right)).toBe(false);
    expect(isBetween(floorBox(2.5, 0, [0.5, 0.5, 0.5]), left, right)).toBe(false);
    expect(isBetween(floorBox(0, 0, [0.5, 0.5, 0.5]), left, left)).toBe(false);
  });
});

describe('next to', () => {
  it('holds for side-by-side furniture sharing a height range', () => {
    expect(isNextTo(nightstand, bed)).toBe(true);
    expect(isNextTo(bed, nightstand)).toBe(true);
  });

  it('fails for stacked things, distant things and things at other heights', () => {
    expect(isNextTo(lamp, nightstand)).toBe(false); // on it, not beside it
    expect(isNextTo(shelf, bed)).toBe(false);
    expect(isNextTo(floorBox(1.01 + NEXT_TO_MAX_GAP + 0.01, 0, [1, 1, 1]), floorBox(0, 0, [1, 1, 1]))).toBe(false);
    // A wall shelf beside a low bench: close, but only its bottom 10% shares the bench's height.
    const bench = floorBox(0, 0, [1, 0.4, 0.45]);
    const wallShelf = box([0, 0.35, 1], [1, 0.3, 1.2]);
    expect(isNextTo(wallShelf, bench)).toBe(false);
  });
});
