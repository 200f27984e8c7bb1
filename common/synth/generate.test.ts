import { describe, expect, it } from 'vitest';
import { boxAabb } from '../geometry/box';
import { boxesOverlap } from '../geometry/collision';
import { polygonContains } from '../geometry/convex-polygon';
import { footprint } from '../geometry/box';
import { transformPoint } from '../geometry/transform';
import { CATALOG } from './catalog';
import { generateScene, type SynthScene } from './generate';

const SPARSE = { pointsPerSquareMetre: 150 };
const scenes: SynthScene[] = Array.from({ length: 20 }, (_, seed) => generateScene(seed, SPARSE));

function sameArray(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Even-odd ray casting: the room polygon may be L-shaped (not convex). */
function insidePolygon(polygon: [number, number][], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

describe('generateScene', () => {
  it('is deterministic: the same seed gives identical arrays, another seed different ones', () => {
    const a = generateScene(7, SPARSE);
    const b = generateScene(7, SPARSE);
    expect(sameArray(a.positions, b.positions)).toBe(true);
    expect(sameArray(a.colors, b.colors)).toBe(true);
    expect(sameArray(a.segIndices, b.segIndices)).toBe(true);
    expect(a.objects).toEqual(b.objects);
    expect(a.axisAlignment).toEqual(b.axisAlignment);
    const c = generateScene(8, SPARSE);
    expect(sameArray(a.positions, c.positions)).toBe(false);
  });

  it('names scenes synth<seed>_00 unless told otherwise', () => {
    expect(generateScene(42, SPARSE).id).toBe('synth0042_00');
    expect(generateScene(42, { ...SPARSE, id: 'scene_x' }).id).toBe('scene_x');
  });

  it('keeps every object inside the room, on or above the floor and under the ceiling', () => {
    for (const scene of scenes) {
      const polygon = scene.room.polygon;
      for (const o of scene.objects.filter((x) => !x.structure)) {
        const corners = footprint(o.box);
        for (const [x, y] of corners) expect(insidePolygon(polygon, x, y), `${scene.id} ${o.label} ${o.id}`).toBe(true);
        // A reflex corner of an L-shaped room must not poke into a footprint.
        for (const [x, y] of polygon) expect(polygonContains(corners, x, y, -1e-6)).toBe(false);
        expect(o.box.center[2] - o.box.size[2] / 2).toBeGreaterThanOrEqual(-1e-9);
        expect(o.box.center[2] + o.box.size[2] / 2).toBeLessThanOrEqual(scene.room.height + 1e-9);
      }
    }
  });

  it('lets no two boxes overlap except an object and the one it stands on', () => {
    let supported = 0;
    for (const scene of scenes) {
      const objects = scene.objects;
      for (let i = 0; i < objects.length; i++) {
        for (let j = i + 1; j < objects.length; j++) {
          const a = objects[i]!;
          const b = objects[j]!;
          if (a.structure && b.structure) continue; // wall slabs meet at corners
          if (a.supportId === b.id || b.supportId === a.id) continue;
          expect(boxesOverlap(a.box, b.box), `${scene.id}: ${a.label} ${a.id} / ${b.label} ${b.id}`).toBe(false);
        }
      }
      for (const o of objects.filter((x) => x.supportId !== null)) {
        const support = objects[o.supportId!]!;
        supported++;
        // Standing on it: the bottom is at or below the support's top and the footprint over it.
        expect(o.box.center[2] - o.box.size[2] / 2).toBeLessThanOrEqual(
          support.box.center[2] + support.box.size[2] / 2 + 1e-9,
        );
        const [cx, cy] = o.box.center;
        expect(polygonContains(footprint(support.box), cx, cy)).toBe(true);
      }
    }
    expect(supported).toBeGreaterThan(20);
  });

  it('covers at least 25 catalog categories over 20 scenes, with floor and walls', () => {
    const labels = new Set(scenes.flatMap((s) => s.objects.map((o) => o.label)));
    const catalogLabels = [...labels].filter((l) => CATALOG.has(l));
    expect(catalogLabels.length).toBeGreaterThanOrEqual(25);
    for (const scene of scenes) {
      expect(scene.objects.filter((o) => o.label === 'floor')).toHaveLength(1);
      expect(scene.objects.filter((o) => o.label === 'wall').length).toBeGreaterThanOrEqual(4);
    }
  });

  it('repeats categories within a scene, as grounding needs distractors', () => {
    const maxRepeat = scenes.map((scene) => {
      const counts = new Map<string, number>();
      for (const o of scene.objects.filter((x) => !x.structure)) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
      return Math.max(...counts.values());
    });
    expect(maxRepeat.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...maxRepeat)).toBeGreaterThanOrEqual(4);
  });

  it('gives every object several segments, owned by it alone, and every point a grouped segment', () => {
    for (const scene of scenes.slice(0, 5)) {
      const owner = new Map<number, number>();
      for (const group of scene.segGroups) {
        expect(group.id).toBe(group.objectId);
        expect(group.segments.length).toBeGreaterThan(0);
        for (const s of group.segments) {
          expect(owner.has(s)).toBe(false);
          owner.set(s, group.objectId);
        }
      }
      for (const s of scene.segIndices) expect(owner.has(s)).toBe(true);
      const bigOnes = scene.objects.filter((o) => ['bed', 'couch', 'table', 'desk', 'floor'].includes(o.label));
      for (const o of bigOnes) expect(scene.segGroups[o.id]!.segments.length).toBeGreaterThan(3);
    }
  });

  it('samples points on the objects: each point box lies within its object box, give or take the noise', () => {
    for (const scene of scenes.slice(0, 5)) {
      for (const o of scene.objects.filter((x) => !x.structure)) {
        const { min, max } = boxAabb(o.box);
        const pmin = o.pointBox.center.map((c, a) => c - o.pointBox.size[a]! / 2);
        const pmax = o.pointBox.center.map((c, a) => c + o.pointBox.size[a]! / 2);
        for (let a = 0; a < 3; a++) {
          expect(pmin[a]!).toBeGreaterThanOrEqual(min[a]! - 0.016);
          expect(pmax[a]!).toBeLessThanOrEqual(max[a]! + 0.016);
        }
        expect(o.points).toBeGreaterThanOrEqual(40);
      }
    }
  });

  it('stores points in a raw frame that axisAlignment (a turn about +Z plus a shift) maps back', () => {
    const scene = scenes[3]!;
    const m = scene.axisAlignment;
    expect([m[2], m[6], m[8], m[9], m[10], m[12], m[13], m[14], m[15]]).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(m[0]! * m[0]! + m[4]! * m[4]!).toBeCloseTo(1, 12);
    expect(Math.abs(m[1]!) + Math.abs(m[3]!)).toBeGreaterThan(0);
    // Points of each object, once aligned, fall in that object's point box.
    const objectOfSegment = new Map(scene.segGroups.flatMap((g) => g.segments.map((s) => [s, g.objectId] as const)));
    for (let p = 0; p < scene.segIndices.length; p += 97) {
      const o = scene.objects[objectOfSegment.get(scene.segIndices[p]!)!]!;
      const q = transformPoint(m, [scene.positions[p * 3]!, scene.positions[p * 3 + 1]!, scene.positions[p * 3 + 2]!]);
      for (let a = 0; a < 3; a++)
        expect(Math.abs(q[a]! - o.pointBox.center[a]!)).toBeLessThanOrEqual(o.pointBox.size[a]! / 2 + 1e-5);
    }
  });

  it('makes rooms of 50k to 300k points at the default density', () => {
    for (const seed of [100, 101, 102]) {
      const scene = generateScene(seed);
      const n = scene.positions.length / 3;
      expect(n).toBeGreaterThan(40_000);
      expect(n).toBeLessThan(300_000);
      expect(scene.colors.length).toBe(n * 3);
      expect(scene.segIndices.length).toBe(n);
    }
  });
});
