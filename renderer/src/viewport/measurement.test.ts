import { describe, expect, it } from 'vitest';
import type { SceneObject } from '../../../common/domain/scene';
import { measure } from './measurement';

const object = (id: number, center: [number, number, number], size: [number, number, number]): SceneObject => ({
  id,
  label: 'chair',
  nyu40: null,
  box: { center, size, yaw: 0 },
  obb: { center, size, yaw: 0 },
  points: 10,
  color: [0, 0, 0],
});

describe('measure', () => {
  const objects = [object(1, [0, 0, 0.5], [1, 1, 1]), object(2, [3, 4, 0.5], [1, 1, 1])];

  it('gives center distance and gap between two objects', () => {
    const result = measure({ kind: 'object', objectId: 1 }, { kind: 'object', objectId: 2 }, objects)!;
    expect(result.centerDistance).toBeCloseTo(5);
    expect(result.gap).toBeCloseTo(Math.hypot(2, 3));
    expect(result.label).toBe('center 5.00 m · gap 3.61 m');
  });

  it('gives the straight distance when an end is a point, and nothing for an unknown object', () => {
    const result = measure({ kind: 'point', point: [0, 0, 0] }, { kind: 'point', point: [0, 0, 2.5] }, objects)!;
    expect(result).toMatchObject({ centerDistance: 2.5, gap: null, label: '2.50 m' });
    expect(measure({ kind: 'object', objectId: 9 }, { kind: 'object', objectId: 1 }, objects)).toBeNull();
  });
});
