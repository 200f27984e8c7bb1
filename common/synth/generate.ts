/**
 * Synthetic scenes end to end: seed → room type and shell → furniture layout → sampled points with
 * over-segmentation → a raw scan frame under a random `axisAlignment`, plus the ground truth tests
 * compare importers against. Deterministic: the same seed and options give identical arrays.
 *
 * Scene ids default to `synth<seed, at least 4 digits>_00` (e.g. `synth0042_00`), ScanNet's
 * `scene<space>_<scan>` pattern with a prefix that cannot collide with real ScanNet ids.
 */
import type { Box } from '../domain/box';
import type { Rgb } from '../domain/scene';
import { invertRigid } from '../geometry/transform';
import { layoutRoom } from './layout';
import { createRng, type Rng } from './random';
import { makeRoom, type Vec2 } from './room';
import { ROOM_TYPES, roomTypeSpec, type RoomType } from './room-types';
import { partPatches, samplePoints, type SampleSource } from './sample';
import { roomStructure } from './structure';

export interface SynthOptions {
  /** Sampling density on every surface (default 1000 points per m²). */
  pointsPerSquareMetre?: number;
  /** Scene id; default `synth<seed padded to 4>_00`. */
  id?: string;
  /** Force a room type instead of drawing one. */
  roomType?: RoomType;
  /** Position noise standard deviation in metres (default 0.005). */
  noise?: number;
}

export interface SynthSegGroup {
  id: number;
  objectId: number;
  segments: number[];
  label: string;
}

export interface SynthObject {
  /** ScanNet objectId (also the segGroup id). */
  id: number;
  label: string;
  /** The object's oriented box in the aligned frame, front along +X of yaw. */
  box: Box;
  /** Axis-aligned box (yaw 0) of its sampled points in the aligned frame: what an importer should find. */
  pointBox: Box;
  points: number;
  /** Id of the object it stands on (lamp → nightstand), null when on the floor or a wall. */
  supportId: number | null;
  /** Id of the object it was placed relative to (chair → table, office chair → desk). */
  anchorId: number | null;
  hasFront: boolean;
  /** Floor and walls. */
  structure: boolean;
}

export interface SynthScene {
  id: string;
  seed: number;
  roomType: RoomType;
  /** ScanNet meta `sceneType` value. */
  sceneType: string;
  room: { shape: 'rectangle' | 'L'; height: number; polygon: Vec2[] };
  /** x y z per point in the RAW scan frame: apply `axisAlignment` to get the aligned frame. */
  positions: Float32Array;
  colors: Uint8Array;
  /** Segment id per point (sparse integers, several segments per object). */
  segIndices: Int32Array;
  segGroups: SynthSegGroup[];
  /** Row-major 4×4, raw → aligned: a rotation about +Z plus a translation. */
  axisAlignment: number[];
  objects: SynthObject[];
}

const FLOORS: Rgb[] = [
  [150, 120, 90],
  [185, 170, 150],
  [120, 120, 125],
  [200, 190, 175],
];
const WALLS: Rgb[] = [
  [235, 232, 225],
  [220, 225, 230],
  [240, 235, 215],
  [200, 205, 200],
];

export function defaultSceneId(seed: number): string {
  return `synth${String(seed >>> 0).padStart(4, '0')}_00`;
}

export function generateScene(seed: number, options: SynthOptions = {}): SynthScene {
  const rng = createRng(seed);
  const type = options.roomType ? roomTypeSpec(options.roomType) : rng.pick(ROOM_TYPES);
  const room = makeRoom(rng, type.dimensions);
  const layout = layoutRoom(rng, room, type);
  const structure = roomStructure(room, layout, rng.pick(FLOORS), rng.pick(WALLS));

  // Shuffled ids, as ScanNet's annotation order says nothing about category.
  const entries = [
    ...structure.map((s) => ({
      label: s.label,
      box: s.box,
      patches: s.patches,
      color: s.color,
      layoutIndex: -1,
      segmentSize: 0.8,
    })),
    ...layout.map((o, i) => ({
      label: o.label,
      box: o.box,
      patches: partPatches(o.shape.parts, o.box),
      color: o.color,
      layoutIndex: i,
      segmentSize: 0.25,
    })),
  ];
  const order = rng.shuffle(entries.map((_, i) => i));
  const idOfEntry = new Map(order.map((entry, id) => [entry, id]));
  const idOfLayout = (index: number | null): number | null =>
    index === null ? null : idOfEntry.get(structure.length + index)!;

  const sources: SampleSource[] = order.map((entry, id) => ({
    objectId: id,
    patches: entries[entry]!.patches,
    color: entries[entry]!.color,
    segmentSize: entries[entry]!.segmentSize,
  }));
  const sampled = samplePoints(rng, sources, {
    pointsPerSquareMetre: options.pointsPerSquareMetre ?? 1000,
    noise: options.noise ?? 0.005,
    minPointsPerObject: 60,
  });

  const objectCount = order.length;
  const segments = Array.from({ length: objectCount }, () => new Set<number>());
  const mins = Array.from({ length: objectCount }, () => [Infinity, Infinity, Infinity]);
  const maxs = Array.from({ length: objectCount }, () => [-Infinity, -Infinity, -Infinity]);
  const counts = new Array<number>(objectCount).fill(0);
  for (let p = 0; p < sampled.objectIds.length; p++) {
    const id = sampled.objectIds[p]!;
    segments[id]!.add(sampled.segIndices[p]!);
    counts[id]!++;
    for (let a = 0; a < 3; a++) {
      const value = sampled.positions[p * 3 + a]!;
      if (value < mins[id]![a]!) mins[id]![a] = value;
      if (value > maxs[id]![a]!) maxs[id]![a] = value;
    }
  }

  const objects: SynthObject[] = order.map((entry, id) => {
    const source = entries[entry]!;
    const placed = source.layoutIndex >= 0 ? layout[source.layoutIndex]! : null;
    const min = mins[id]!;
    const max = maxs[id]!;
    return {
      id,
      label: source.label,
      box: source.box,
      pointBox: {
        center: [(min[0]! + max[0]!) / 2, (min[1]! + max[1]!) / 2, (min[2]! + max[2]!) / 2],
        size: [max[0]! - min[0]!, max[1]! - min[1]!, max[2]! - min[2]!],
        yaw: 0,
      },
      points: counts[id]!,
      supportId: idOfLayout(placed?.supportIndex ?? null),
      anchorId: idOfLayout(placed?.anchorIndex ?? null),
      hasFront: placed?.spec.hasFront ?? false,
      structure: placed === null,
    };
  });

  const axisAlignment = drawAxisAlignment(rng);
  return {
    id: options.id ?? defaultSceneId(seed),
    seed: seed >>> 0,
    roomType: type.type,
    sceneType: type.scanNetSceneType,
    room: { shape: room.shape, height: room.height, polygon: room.polygon },
    positions: toRawFrame(sampled.positions, axisAlignment),
    colors: sampled.colors,
    segIndices: sampled.segIndices,
    segGroups: objects.map((o) => ({
      id: o.id,
      objectId: o.id,
      segments: [...segments[o.id]!].sort((a, b) => a - b),
      label: o.label,
    })),
    axisAlignment,
    objects,
  };
}

/** Raw → aligned: a turn about +Z and a shift that puts the raw scan at positive coordinates, as ScanNet's are. */
function drawAxisAlignment(rng: Rng): number[] {
  const angle = rng.float(-Math.PI, Math.PI);
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const rawCenter = [rng.float(2.5, 5), rng.float(2.5, 5)] as const;
  const floorHeight = rng.float(-0.1, 0.3);
  return [
    c,
    -s,
    0,
    -(c * rawCenter[0] - s * rawCenter[1]),
    s,
    c,
    0,
    -(s * rawCenter[0] + c * rawCenter[1]),
    0,
    0,
    1,
    -floorHeight,
    0,
    0,
    0,
    1,
  ];
}

/** Applies the inverse of the alignment so that applying the alignment recovers the aligned points. */
function toRawFrame(aligned: Float64Array, axisAlignment: number[]): Float32Array {
  const m = invertRigid(axisAlignment);
  const out = new Float32Array(aligned.length);
  for (let i = 0; i < aligned.length; i += 3) {
    const x = aligned[i]!;
    const y = aligned[i + 1]!;
    const z = aligned[i + 2]!;
    out[i] = m[0]! * x + m[1]! * y + m[2]! * z + m[3]!;
    out[i + 1] = m[4]! * x + m[5]! * y + m[6]! * z + m[7]!;
    out[i + 2] = m[8]! * x + m[9]! * y + m[10]! * z + m[11]!;
  }
  return out;
}
