import { describe, expect, it } from 'vitest';
import type { Box, Vec3 } from '../domain/box';
import { boxGap, centerDistance } from './distance';
import { box, seededRandom } from './test-support';

/** Points on all six faces of a box on an (n+1)×(n+1) grid each, in world coordinates. */
function surfaceSamples(b: Box, n: number): Vec3[] {
  const out: Vec3[] = [];
  const c = Math.cos(b.yaw);
  const s = Math.sin(b.yaw);
  const h = b.size.map((v) => v / 2);
  for (let axis = 0; axis < 3; axis++) {
    const [u, v] = [(axis + 1) % 3, (axis + 2) % 3];
    for (const side of [-1, 1]) {
      for (let i = 0; i <= n; i++) {
        for (let j = 0; j <= n; j++) {
          const local: Vec3 = [0, 0, 0];
          local[axis] = side * h[axis]!;
          local[u] = ((2 * i) / n - 1) * h[u]!;
          local[v] = ((2 * j) / n - 1) * h[v]!;
          out.push([
            b.center[0] + c * local[0] - s * local[1],
            b.center[1] + s * local[0] + c * local[1],
            b.center[2] + local[2],
          ]);
        }
      }
    }
  }
  return out;
}

function bruteForceGap(a: Box, b: Box, n: number): number {
  const pa = surfaceSamples(a, n);
  const pb = surfaceSamples(b, n);
  let best = Infinity;
  for (const p of pa) {
    for (const q of pb) {
      const d = (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2 + (p[2] - q[2]) ** 2;
      if (d < best) best = d;
    }
  }
  return Math.sqrt(best);
}

function inside(p: Vec3, b: Box): boolean {
  const dx = p[0] - b.center[0];
  const dy = p[1] - b.center[1];
  const u = Math.cos(b.yaw) * dx + Math.sin(b.yaw) * dy;
  const v = -Math.sin(b.yaw) * dx + Math.cos(b.yaw) * dy;
  return Math.abs(u) <= b.size[0] / 2 && Math.abs(v) <= b.size[1] / 2 && Math.abs(p[2] - b.center[2]) <= b.size[2] / 2;
}

/** Largest distance from a surface point to its nearest sample: half a grid cell's diagonal. */
function samplingSlack(b: Box, n: number): number {
  const sorted = [...b.size].sort((x, y) => y - x);
  return Math.hypot(sorted[0]! / n, sorted[1]! / n) / 2;
}

describe('boxGap', () => {
  it('is 0 for touching and overlapping boxes', () => {
    const a = box([0, 0, 0.5], [1, 1, 1]);
    expect(boxGap(a, box([1, 0, 0.5], [1, 1, 1]))).toBe(0);
    expect(boxGap(a, box([0.3, 0.2, 0.6], [1, 1, 1], 0.7))).toBe(0);
    expect(boxGap(a, box([0, 0, 1.5], [1, 1, 1]))).toBe(0);
  });

  it('combines the XY and Z gaps as a Euclidean distance', () => {
    const a = box([0, 0, 0.5], [1, 1, 1]);
    expect(boxGap(a, box([4, 0, 0.5], [1, 1, 1]))).toBeCloseTo(3, 12);
    expect(boxGap(a, box([0, 0, 3.5], [1, 1, 1]))).toBeCloseTo(2, 12);
    expect(boxGap(a, box([4, 0, 5.5], [1, 1, 1]))).toBeCloseTo(5, 12);
    // A diamond's corner pointing at the square's face: gap from corner to face.
    expect(boxGap(a, box([2.5, 0, 0.5], [Math.SQRT2, Math.SQRT2, 1], Math.PI / 4))).toBeCloseTo(1, 12);
  });

  it('agrees with dense sampling of both surfaces on random yawed boxes', () => {
    const random = seededRandom(11);
    const n = 16;
    for (let trial = 0; trial < 40; trial++) {
      const randomBox = (spread: number): Box =>
        box(
          [(random() - 0.5) * spread, (random() - 0.5) * spread, (random() - 0.5) * spread * 0.5],
          [0.2 + random(), 0.2 + random(), 0.2 + random()],
          (random() - 0.5) * 2 * Math.PI,
        );
      const a = randomBox(4);
      const b = randomBox(4);
      const exact = boxGap(a, b);
      const sampled = bruteForceGap(a, b, n);
      // Sampling can only overestimate, and by at most the two grids' slack, unless one box
      // swallows the other: then the surfaces are apart but the gap is 0.
      expect(exact).toBeLessThanOrEqual(sampled + 1e-9);
      const swallowed =
        surfaceSamples(a, 2).every((p) => inside(p, b)) || surfaceSamples(b, 2).every((p) => inside(p, a));
      if (swallowed) expect(exact).toBe(0);
      else expect(sampled - exact).toBeLessThanOrEqual(samplingSlack(a, n) + samplingSlack(b, n) + 1e-9);
      expect(exact).toBeLessThanOrEqual(centerDistance(a, b));
    }
  });
});
