/**
 * The room a layout edit must stay in (SPEC §4): the floor's footprint and height taken from the
 * scene's own 'floor' object, the ceiling from a 'ceiling' object or the walls' tops, and an
 * optional occupancy polygon for rooms that are not rectangles (an L-shaped room's floor box also
 * covers the notch; its walls block most of it, the polygon blocks all of it).
 */
import type { SceneObject } from '../domain/scene';
import { boxAabb } from '../geometry/box';

export type Point2 = [number, number];

/** What a caller may add to what the objects say: the free floor area as an XY polygon (metres). */
export interface RoomInput {
  polygon?: Point2[];
}

export interface Room {
  /** Height of the floor surface: where objects standing on the floor have their bottom. */
  floorZ: number;
  /** Highest a box's top may reach (Infinity when nothing bounds it). */
  ceilingZ: number;
  /** The floor footprint, axis-aligned. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  polygon: Point2[] | null;
}

/** Labels of the room shell: never moved, never a target of a template, never a support but the floor. */
export const STRUCTURAL_LABELS: ReadonlySet<string> = new Set(['wall', 'walls', 'floor', 'ceiling']);

export function isStructural(label: string): boolean {
  return STRUCTURAL_LABELS.has(label.toLowerCase().replace(/[_-]+/g, ' ').trim());
}

function labelIs(object: SceneObject, name: string): boolean {
  return object.label.toLowerCase().trim() === name;
}

export function roomFromObjects(objects: readonly SceneObject[], input: RoomInput = {}): Room {
  const floors = objects.filter((o) => labelIs(o, 'floor') && o.points !== 0);
  // Without a floor object the room is what the objects span, standing on the lowest bottom.
  const base = floors.length > 0 ? floors : objects.filter((o) => !isStructural(o.label));
  const boxes = base.map((o) => boxAabb(o.box));
  const minX = Math.min(...boxes.map((b) => b.min[0]));
  const minY = Math.min(...boxes.map((b) => b.min[1]));
  const maxX = Math.max(...boxes.map((b) => b.max[0]));
  const maxY = Math.max(...boxes.map((b) => b.max[1]));
  const floorZ = floors.length > 0 ? Math.max(...boxes.map((b) => b.max[2])) : Math.min(...boxes.map((b) => b.min[2]));
  const ceilings = objects.filter((o) => labelIs(o, 'ceiling'));
  const walls = objects.filter((o) => labelIs(o, 'wall'));
  const ceilingZ =
    ceilings.length > 0
      ? Math.min(...ceilings.map((o) => boxAabb(o.box).min[2]))
      : walls.length > 0
        ? Math.max(...walls.map((o) => boxAabb(o.box).max[2]))
        : Infinity;
  if (boxes.length === 0) {
    return {
      floorZ: 0,
      ceilingZ,
      minX: -Infinity,
      minY: -Infinity,
      maxX: Infinity,
      maxY: Infinity,
      polygon: input.polygon ?? null,
    };
  }
  return { floorZ, ceilingZ, minX, minY, maxX, maxY, polygon: input.polygon ?? null };
}
