/**
 * Prepares a scene's points for drawing: structure (walls, ceiling) moved to the end of the
 * arrays so hiding it is a smaller draw range rather than a shader branch, and the colour array
 * for each colour mode. A cloud without structure is used as it is (no copies).
 */
import type { PointCloud, SceneObject } from '../../../common/domain/scene';
import type { ColorMode, StructureMode } from '../viewport-state/viewport-store';

export const STRUCTURE_LABELS = new Set(['wall', 'floor', 'ceiling']);
const WALL = new Set(['wall']);
const CEILING = new Set(['ceiling']);

export interface DisplayCloud extends PointCloud {
  /** Points before this index are neither wall nor ceiling. */
  wallStart: number;
  /** Points from this index on are ceiling. */
  ceilingStart: number;
  count: number;
}

/** Instance ids (objectId + 1) of objects whose label is in `labels`. */
function instancesOf(objects: readonly SceneObject[], labels: Set<string>): Set<number> {
  return new Set(objects.filter((o) => labels.has(o.label)).map((o) => o.id + 1));
}

export function arrangeForDisplay(cloud: PointCloud, objects: readonly SceneObject[]): DisplayCloud {
  const count = cloud.instances.length;
  const walls = instancesOf(objects, WALL);
  const ceilings = instancesOf(objects, CEILING);
  if (walls.size === 0 && ceilings.size === 0) return { ...cloud, wallStart: count, ceilingStart: count, count };
  // Stable three-way partition: rest, walls, ceiling.
  const rank = (i: number): number => (ceilings.has(cloud.instances[i]!) ? 2 : walls.has(cloud.instances[i]!) ? 1 : 0);
  const counts = [0, 0, 0];
  for (let i = 0; i < count; i++) counts[rank(i)]!++;
  const next = [0, counts[0]!, counts[0]! + counts[1]!];
  const positions = new Float32Array(count * 3);
  const colors = new Uint8Array(count * 3);
  const instances = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const j = next[rank(i)]!++;
    positions[3 * j] = cloud.positions[3 * i]!;
    positions[3 * j + 1] = cloud.positions[3 * i + 1]!;
    positions[3 * j + 2] = cloud.positions[3 * i + 2]!;
    colors[3 * j] = cloud.colors[3 * i]!;
    colors[3 * j + 1] = cloud.colors[3 * i + 1]!;
    colors[3 * j + 2] = cloud.colors[3 * i + 2]!;
    instances[j] = cloud.instances[i]!;
  }
  return { positions, colors, instances, wallStart: counts[0]!, ceilingStart: counts[0]! + counts[1]!, count };
}

/** How many leading points to draw for a structure mode. */
export function drawCount(cloud: DisplayCloud, structure: StructureMode): number {
  return structure === 'show' ? cloud.count : structure === 'dim' ? cloud.ceilingStart : cloud.wallStart;
}

/** A stable, well-spread colour for an integer key (golden-angle hue steps). */
export function paletteColor(key: number): [number, number, number] {
  const hue = (key * 137.508) % 360;
  return hslToRgb(hue, 0.65, 0.55);
}

function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

/** Same label, same colour, in every scene. */
export function labelKey(label: string): number {
  let hash = 0;
  for (let i = 0; i < label.length; i++) hash = (hash * 31 + label.charCodeAt(i)) >>> 0;
  return hash % 997;
}

const UNLABELLED: [number, number, number] = [110, 110, 110];

/**
 * The colour array for `mode`. In RGB mode with nothing to dim the cloud's own colours are
 * returned untouched; walls are dimmed (mixed towards the background) in `dim` mode.
 */
export function pointColors(
  cloud: DisplayCloud,
  objects: readonly SceneObject[],
  mode: ColorMode,
  dimWalls: boolean,
): Uint8Array {
  const dim = dimWalls && cloud.wallStart < cloud.ceilingStart;
  if (mode === 'rgb' && !dim) return cloud.colors;
  const out = new Uint8Array(cloud.count * 3);
  const table = new Map<number, [number, number, number]>();
  for (const o of objects)
    table.set(o.id + 1, mode === 'label' ? paletteColor(labelKey(o.label)) : paletteColor(o.id + 1));
  let zMin = Infinity;
  let zMax = -Infinity;
  if (mode === 'height') {
    for (let i = 2; i < cloud.positions.length; i += 3) {
      zMin = Math.min(zMin, cloud.positions[i]!);
      zMax = Math.max(zMax, cloud.positions[i]!);
    }
  }
  const span = zMax - zMin || 1;
  for (let i = 0; i < cloud.count; i++) {
    let r: number, g: number, b: number;
    if (mode === 'rgb') {
      r = cloud.colors[3 * i]!;
      g = cloud.colors[3 * i + 1]!;
      b = cloud.colors[3 * i + 2]!;
    } else if (mode === 'height') {
      const v = (cloud.positions[3 * i + 2]! - zMin) / span; // blue (low) → yellow (high)
      r = 40 + 215 * v;
      g = 80 + 150 * v;
      b = 220 - 180 * v;
    } else {
      [r, g, b] = table.get(cloud.instances[i]!) ?? UNLABELLED;
    }
    if (dim && i >= cloud.wallStart && i < cloud.ceilingStart) {
      r = r * 0.25 + 26 * 0.75;
      g = g * 0.25 + 27 * 0.75;
      b = b * 0.25 + 30 * 0.75;
    }
    out[3 * i] = r;
    out[3 * i + 1] = g;
    out[3 * i + 2] = b;
  }
  return out;
}
