import { describe, expect, it } from 'vitest';
import type { Box, Vec3 } from '../domain/box';
import { buildPickIndex, pickObject, type Ray } from './picking';

const box = (center: Vec3, size: Vec3, yaw = 0): Box => ({ center, size, yaw });

/** Points on a grid filling `b` (axis-aligned), all tagged with instance `objectId + 1`. */
function fill(b: Box, objectId: number, step = 0.05): { positions: number[]; instances: number[] } {
  const positions: number[] = [];
  const instances: number[] = [];
  for (let x = -b.size[0] / 2; x <= b.size[0] / 2 + 1e-9; x += step)
    for (let y = -b.size[1] / 2; y <= b.size[1] / 2 + 1e-9; y += step)
      for (let z = -b.size[2] / 2; z <= b.size[2] / 2 + 1e-9; z += step) {
        positions.push(b.center[0] + x, b.center[1] + y, b.center[2] + z);
        instances.push(objectId + 1);
      }
  return { positions, instances };
}

function cloud(parts: { positions: number[]; instances: number[] }[]) {
  return buildPickIndex(
    new Float32Array(parts.flatMap((p) => p.positions)),
    new Uint16Array(parts.flatMap((p) => p.instances)),
  );
}

const down = (x: number, y: number): Ray => ({ origin: [x, y, 10], dir: [0, 0, -1] });

describe('buildPickIndex', () => {
  it('groups point indices by instance id in one pass', () => {
    const index = buildPickIndex(new Float32Array(15), new Uint16Array([2, 0, 2, 1, 0]));
    expect([...index.start]).toEqual([0, 2, 3, 5]);
    expect([...index.order]).toEqual([1, 4, 3, 0, 2]);
  });
});

describe('pickObject', () => {
  const table = box([0, 0, 0.4], [1.2, 0.8, 0.8]);
  const lamp = box([0, 0, 1.0], [0.2, 0.2, 0.4]);

  it('picks the nearest object whose own points the ray passes, not just the first box', () => {
    // A hollow box (points only on its floor) in front of a solid one: the ray enters the hollow
    // box first but meets the solid one's points before the hollow one's floor.
    const hollow = box([0, 0, 1], [2, 2, 2]);
    const floor = fill(box([0, 0, 0.025], [2, 2, 0.05]), 0, 0.1);
    const solid = box([0.5, 0.5, 1], [0.3, 0.3, 0.3]);
    const index = cloud([floor, fill(solid, 1)]);
    const objects = [
      { id: 0, box: hollow },
      { id: 1, box: solid },
    ];
    expect(pickObject(down(0.5, 0.5), objects, index)).toMatchObject({ objectId: 1, by: 'points' });
    expect(pickObject(down(-0.5, -0.5), objects, index)).toMatchObject({ objectId: 0, by: 'points' });
    expect(pickObject(down(-0.5, -0.5), objects, index)!.t).toBeCloseTo(10, 1);
  });

  it('picks a small object on top of a larger one from above', () => {
    const index = cloud([fill(table, 3), fill(lamp, 7)]);
    const objects = [
      { id: 3, box: table },
      { id: 7, box: lamp },
    ];
    expect(pickObject(down(0, 0), objects, index)?.objectId).toBe(7);
    expect(pickObject(down(0.4, 0.3), objects, index)?.objectId).toBe(3);
  });

  it('respects yaw: a ray through the corner of the unrotated footprint misses a rotated box', () => {
    const rotated = box([0, 0, 0.5], [2, 0.2, 1], Math.PI / 4);
    const objects = [{ id: 1, box: rotated }];
    expect(pickObject(down(0.9, 0.05), objects, null)).toBeNull();
    expect(pickObject(down(0.5, 0.5), objects, null)).toMatchObject({ objectId: 1, by: 'box' });
  });

  it('falls back to the nearest box when no object has points near the ray, and misses empty space', () => {
    const objects = [
      { id: 3, box: table },
      { id: 7, box: lamp },
    ];
    const empty = cloud([]);
    expect(pickObject(down(0, 0), objects, empty)).toMatchObject({ objectId: 7, by: 'box', t: 10 - 1.2 });
    expect(pickObject(down(3, 3), objects, empty)).toBeNull();
  });

  it('returns the hit point on the ray', () => {
    const index = cloud([fill(table, 3)]);
    const hit = pickObject(down(0.2, 0.1), [{ id: 3, box: table }], index)!;
    expect(hit.point[0]).toBeCloseTo(0.2);
    expect(hit.point[2]).toBeCloseTo(0.8, 1);
  });
});
