/**
 * Point sampling: rectangular surface patches (faces of object parts, floor, walls) sampled at a
 * given density with Gaussian position noise and colour jitter, each patch cut into grid cells
 * that become ScanNet-like over-segmentation segments. Output is in the aligned scene frame.
 */
import type { Vec3 } from '../domain/box';
import type { Rgb } from '../domain/scene';
import type { Rng } from './random';
import type { Part } from './shapes';
import type { Box } from '../domain/box';

/** A flat rectangle `origin + s·u + t·v`, s ∈ [0, lengthU], t ∈ [0, lengthV]; u and v unit, orthogonal. */
export interface Patch {
  origin: Vec3;
  u: Vec3;
  v: Vec3;
  lengthU: number;
  lengthV: number;
  /** Brightness factor for this face (tops lighter than sides), so shapes read in the viewport. */
  shade: number;
  /** Rectangles in (s, t) left without points (doors and windows cut out of a wall). */
  holes?: { s0: number; s1: number; t0: number; t1: number }[];
}

export interface SampleSource {
  objectId: number;
  patches: Patch[];
  color: Rgb;
  /** Side of a segment's grid cell, metres. */
  segmentSize: number;
}

export interface SampleOptions {
  pointsPerSquareMetre: number;
  /** Standard deviation of the position noise, metres (clamped at three of them). */
  noise: number;
  /** Small objects are sampled more densely so that none has fewer points than this. */
  minPointsPerObject: number;
}

export interface SampledPoints {
  /** Aligned frame, float64 so ground truth is not rounded twice. */
  positions: Float64Array;
  colors: Uint8Array;
  segIndices: Int32Array;
  objectIds: Int32Array;
}

export function samplePoints(rng: Rng, sources: SampleSource[], options: SampleOptions): SampledPoints {
  // Counts first (their fractional parts drawn from the stream) so buffers are allocated once.
  const plans = sources.map((source) => {
    const area = source.patches.reduce((sum, p) => sum + p.lengthU * p.lengthV, 0);
    const density = area > 0 ? Math.max(options.pointsPerSquareMetre, options.minPointsPerObject / area) : 0;
    return source.patches.map((p) => {
      const expected = p.lengthU * p.lengthV * density;
      return Math.floor(expected) + (rng.next() < expected % 1 ? 1 : 0);
    });
  });
  const capacity = plans.reduce((sum, counts) => sum + counts.reduce((a, b) => a + b, 0), 0);
  const positions = new Float64Array(capacity * 3);
  const colors = new Uint8Array(capacity * 3);
  const segIndices = new Int32Array(capacity);
  const objectIds = new Int32Array(capacity);
  const clamp = 3 * options.noise;
  const noise = (): number => Math.max(-clamp, Math.min(clamp, rng.normal(0, options.noise)));
  let nextSegment = rng.int(0, 40);
  let n = 0;
  sources.forEach((source, si) => {
    const counts = plans[si]!;
    source.patches.forEach((patch, pi) => {
      const cellsU = Math.max(1, Math.ceil(patch.lengthU / source.segmentSize));
      const cellsV = Math.max(1, Math.ceil(patch.lengthV / source.segmentSize));
      const cellIds = new Map<number, number>();
      const { origin, u, v } = patch;
      for (let k = 0; k < counts[pi]!; k++) {
        const s = rng.next() * patch.lengthU;
        const t = rng.next() * patch.lengthV;
        if (patch.holes?.some((h) => s > h.s0 && s < h.s1 && t > h.t0 && t < h.t1)) continue;
        const cell =
          Math.min(cellsU - 1, Math.floor((s / patch.lengthU) * cellsU)) * cellsV +
          Math.min(cellsV - 1, Math.floor((t / patch.lengthV) * cellsV));
        let segment = cellIds.get(cell);
        if (segment === undefined) {
          // ScanNet segment ids are sparse integers; gaps keep consumers from assuming 0..n-1.
          segment = nextSegment;
          nextSegment += rng.int(1, 3);
          cellIds.set(cell, segment);
        }
        positions[n * 3] = origin[0] + s * u[0] + t * v[0] + noise();
        positions[n * 3 + 1] = origin[1] + s * u[1] + t * v[1] + noise();
        positions[n * 3 + 2] = origin[2] + s * u[2] + t * v[2] + noise();
        for (let c = 0; c < 3; c++) {
          const value = source.color[c]! * patch.shade + (rng.next() - 0.5) * 14;
          colors[n * 3 + c] = Math.max(0, Math.min(255, Math.round(value)));
        }
        segIndices[n] = segment;
        objectIds[n] = source.objectId;
        n++;
      }
    });
  });
  return {
    positions: positions.slice(0, n * 3),
    colors: colors.slice(0, n * 3),
    segIndices: segIndices.slice(0, n),
    objectIds: objectIds.slice(0, n),
  };
}

/**
 * The visible faces of an object's parts as world patches. Bottom faces that rest on the floor or
 * on a support are left out, as a scanner never sees them.
 */
export function partPatches(parts: Part[], pose: Box): Patch[] {
  const c = Math.cos(pose.yaw);
  const s = Math.sin(pose.yaw);
  const bottom = pose.center[2] - pose.size[2] / 2;
  const world = (x: number, y: number, z: number): Vec3 => [
    pose.center[0] + c * x - s * y,
    pose.center[1] + s * x + c * y,
    bottom + z,
  ];
  const ax: Vec3 = [c, s, 0];
  const ay: Vec3 = [-s, c, 0];
  const az: Vec3 = [0, 0, 1];
  const out: Patch[] = [];
  for (const { min, max } of parts) {
    const [dx, dy, dz] = [max[0] - min[0], max[1] - min[1], max[2] - min[2]];
    out.push({ origin: world(min[0], min[1], max[2]), u: ax, v: ay, lengthU: dx, lengthV: dy, shade: 1 });
    if (min[2] > 1e-6)
      out.push({ origin: world(min[0], min[1], min[2]), u: ax, v: ay, lengthU: dx, lengthV: dy, shade: 0.6 });
    out.push({ origin: world(max[0], min[1], min[2]), u: ay, v: az, lengthU: dy, lengthV: dz, shade: 0.9 });
    out.push({ origin: world(min[0], min[1], min[2]), u: ay, v: az, lengthU: dy, lengthV: dz, shade: 0.75 });
    out.push({ origin: world(min[0], max[1], min[2]), u: ax, v: az, lengthU: dx, lengthV: dz, shade: 0.82 });
    out.push({ origin: world(min[0], min[1], min[2]), u: ax, v: az, lengthU: dx, lengthV: dz, shade: 0.82 });
  }
  return out.filter((p) => p.lengthU > 0 && p.lengthV > 0);
}
