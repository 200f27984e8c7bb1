/**
 * LL3DA's box tokens `<obj>cx, cy, cz, w, h, l</obj>`: centre and size of an axis-aligned box,
 * each normalised to the scene's extent (centres from its min, sizes by its span) and quantised to
 * integers 0–255. Decoding is exact to within one quantisation step (span / 255) per value.
 */
import type { Box, Vec3 } from '../../domain/box';
import { boxAabb, type Aabb } from '../../geometry/box';

const STEPS = 255;
/** Keep a flat scene (zero span on an axis) from dividing by zero. */
const MIN_SPAN = 1e-6;

function spans(bounds: Aabb): Vec3 {
  return [0, 1, 2].map((i) => Math.max(bounds.max[i]! - bounds.min[i]!, MIN_SPAN)) as Vec3;
}

function quantise(fraction: number): number {
  return Math.min(STEPS, Math.max(0, Math.round(fraction * STEPS)));
}

/** The token for a box; a rotated box is written as its axis-aligned bounds (LL3DA boxes have no yaw). */
export function encodeBoxToken(box: Box, sceneBounds: Aabb): string {
  const aabb = boxAabb(box);
  const span = spans(sceneBounds);
  const values: number[] = [];
  for (let i = 0; i < 3; i++) values.push(quantise((box.center[i]! - sceneBounds.min[i]!) / span[i]!));
  for (let i = 0; i < 3; i++) values.push(quantise((aabb.max[i]! - aabb.min[i]!) / span[i]!));
  return `<obj>${values.join(', ')}</obj>`;
}

export interface DecodedBoxToken {
  /** The box, or null when the token is malformed (see `problem`). */
  box: Box | null;
  problem?: string;
  /** Where the token lies in the text: `text.slice(start, end)` is the whole `<obj>…</obj>`. */
  start: number;
  end: number;
}

const TOKEN = /<obj>(.*?)<\/obj>/g;

export function decodeBoxTokens(text: string, sceneBounds: Aabb): DecodedBoxToken[] {
  const span = spans(sceneBounds);
  const out: DecodedBoxToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const parts = match[1]!.split(',').map((part) => part.trim());
    const values = parts.map((part) => (/^\d+$/.test(part) ? Number(part) : NaN));
    if (values.length !== 6 || values.some((v) => !(v >= 0 && v <= STEPS))) {
      out.push({ box: null, problem: `expected six integers 0–${STEPS}, got "${match[1]}"`, start, end });
      continue;
    }
    const center = [0, 1, 2].map((i) => sceneBounds.min[i]! + (values[i]! / STEPS) * span[i]!) as Vec3;
    const size = [0, 1, 2].map((i) => (values[i + 3]! / STEPS) * span[i]!) as Vec3;
    out.push({ box: { center, size, yaw: 0 }, start, end });
  }
  return out;
}
