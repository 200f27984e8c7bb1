import { describe, expect, it } from 'vitest';
import type { Box } from '../domain/box';
import { shell, thing } from '../templates/testing/objects';
import { checkPlacement, roomFromObjects, solvePlacement } from './index';

const table = thing('table', 3, 2.5, [1.2, 0.8, 0.75], { id: 10 });
const chair = thing('chair', 1, 1, [0.5, 0.5, 0.9], { id: 11 });
const lamp = thing('lamp', 3, 2.5, [0.3, 0.3, 0.5], { id: 12, base: 0.75 });
const objects = [...shell(), table, chair, lamp];
const room = roomFromObjects(objects);

describe('roomFromObjects', () => {
  it('takes the floor footprint and height from the floor object and the ceiling from the walls', () => {
    expect(room).toMatchObject({ floorZ: 0, ceilingZ: 2.5, minX: 0, minY: 0, maxX: 6, maxY: 5, polygon: null });
  });
});

describe('checkPlacement', () => {
  const at = (x: number, y: number, z: number, size = chair.box.size): Box => ({ center: [x, y, z], size, yaw: 0 });

  it('accepts a free spot on the floor', () => {
    expect(checkPlacement(at(5, 4, 0.45), { objects, room, movingId: 11 })).toEqual({
      inside: true,
      supported: true,
      supportId: null,
      collisions: [],
    });
  });

  it('names what the box collides with, ignoring the moving object itself', () => {
    expect(checkPlacement(at(3.5, 2.5, 0.45), { objects, room, movingId: 11 }).collisions).toEqual([10]);
    expect(checkPlacement(chair.box, { objects, room, movingId: 11 }).collisions).toEqual([]);
  });

  it('treats a box through a wall as outside and colliding with the wall', () => {
    const check = checkPlacement(at(0.1, 2, 0.45), { objects, room, movingId: 11 });
    expect(check.inside).toBe(false);
    expect(check.collisions).toEqual([1]);
  });

  it('finds the support under a box and ignores it as an obstacle; a floating box is unsupported', () => {
    const onTable = checkPlacement(at(2.7, 2.5, 0.75 + 0.25, lamp.box.size), { objects, room, movingId: 12 });
    expect(onTable).toMatchObject({ supported: true, supportId: 10, collisions: [] });
    expect(checkPlacement(at(5, 4, 0.6), { objects, room, movingId: 11 }).supported).toBe(false);
  });

  it('lets objects resting on the moving object travel with it (no collision with them)', () => {
    const shifted: Box = { ...table.box, center: [3.1, 2.5, table.box.center[2]] };
    expect(checkPlacement(shifted, { objects, room, movingId: 10 }).collisions).toEqual([]);
  });

  it('honours an occupancy polygon (an L-shaped room)', () => {
    const lRoom = roomFromObjects(objects, {
      polygon: [
        [0, 0],
        [6, 0],
        [6, 2],
        [3, 2],
        [3, 5],
        [0, 5],
      ],
    });
    expect(checkPlacement(at(5, 4, 0.45), { objects, room: lRoom, movingId: 11 }).inside).toBe(false);
    expect(checkPlacement(at(5, 1, 0.45), { objects, room: lRoom, movingId: 11 }).inside).toBe(true);
    // Straddling the reflex corner (3, 2): corners may all be inside while the corner pokes in.
    expect(checkPlacement(at(3, 2, 0.45, [0.3, 0.3, 0.9]), { objects, room: lRoom, movingId: 11 }).inside).toBe(false);
  });
});

describe('solvePlacement', () => {
  it('returns the wished box when it is free', () => {
    const box = solvePlacement({ movingId: 11, center: [5, 4] }, { objects, room });
    expect(box).toEqual({ center: [5, 4, 0.45], size: chair.box.size, yaw: 0 });
  });

  it('moves to the nearest valid spot when the wish collides, keeping clearance', () => {
    const box = solvePlacement({ movingId: 11, center: [3, 2.5], maxRadius: 1 }, { objects, room })!;
    expect(box).not.toBeNull();
    expect(checkPlacement(box, { objects, room, movingId: 11 })).toMatchObject({
      inside: true,
      supported: true,
      collisions: [],
    });
    // The table's half depth (0.4) + the chair's half (0.25) + clearance: about 0.67 from the table's center in y.
    expect(Math.abs(box.center[1] - 2.5)).toBeGreaterThan(0.65);
    expect(Math.abs(box.center[1] - 2.5)).toBeLessThan(0.75);
  });

  it('puts an object on a support: bottom on its top, footprint over it', () => {
    const book = thing('book', 5, 4, [0.2, 0.15, 0.04], { id: 13 });
    const scene = { objects: [...objects, book], room };
    const box = solvePlacement({ movingId: 13, center: [3, 2.5], supportId: 10, maxRadius: 0.8 }, scene)!;
    expect(box.center[2] - 0.02).toBeCloseTo(0.75, 9);
    expect(checkPlacement(box, { ...scene, movingId: 13 })).toMatchObject({ supportId: 10, collisions: [] });
  });

  it('gives null when nothing within reach is valid', () => {
    expect(solvePlacement({ movingId: 11, center: [3, 2.5], maxRadius: 0.3 }, { objects, room })).toBeNull();
  });
});
