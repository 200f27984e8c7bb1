/**
 * Helpers for this folder's tests only: a seeded random source so failures reproduce, and box
 * construction shorthand. Nothing in production imports it.
 */
import type { Box, Vec3 } from '../domain/box';

/** mulberry32: small, fast, deterministic; uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function box(center: Vec3, size: Vec3, yaw = 0): Box {
  return { center, size, yaw };
}

/** A box resting on the floor (z = 0) with its footprint centred at (x, y). */
export function floorBox(x: number, y: number, size: Vec3, yaw = 0): Box {
  return { center: [x, y, size[2] / 2], size, yaw };
}
