import { describe, expect, it } from 'vitest';
import { frameBounds, presetDirection, unionBounds } from './camera-framing';

const room = { min: [0, 0, 0] as [number, number, number], max: [8, 4, 3] as [number, number, number] };

describe('frameBounds', () => {
  it('looks at the centre of the bounds from the preset direction', () => {
    const top = frameBounds(room, 'top', { width: 800, height: 600 });
    expect(top.target).toEqual([4, 2, 1.5]);
    expect(top.position[2]).toBeGreaterThan(room.max[2]);
    expect(top.position[0]).toBeCloseTo(4);
    const side = frameBounds(room, 'side', { width: 800, height: 600 });
    expect(side.position[0]).toBeGreaterThan(room.max[0]);
  });

  it('zooms an orthographic view so the longer side fits with a margin', () => {
    const top = frameBounds(room, 'top', { width: 800, height: 600 });
    // 8 m across 800 px is the binding constraint: 100 px/m less the margin.
    expect(top.zoom).toBeCloseTo(800 / (8 * 1.15));
  });

  it('puts a perspective camera so the room bounding sphere (less 5 %: rooms are not spheres) just fills the field of view', () => {
    const f = frameBounds(room, 'perspective', { width: 800, height: 600 }, 50);
    const d = Math.hypot(...f.position.map((v, i) => v - f.target[i]!));
    const radius = Math.hypot(8, 4, 3) / 2;
    expect(Math.asin((radius * 0.95) / d)).toBeCloseTo((25 * Math.PI) / 180, 5);
    expect(presetDirection('perspective')[2]).toBeGreaterThan(0);
  });

  it('unions bounds', () => {
    expect(unionBounds([room, { min: [-1, 1, 1], max: [2, 5, 2] }])).toEqual({ min: [-1, 0, 0], max: [8, 5, 3] });
    expect(unionBounds([])).toBeNull();
  });
});
