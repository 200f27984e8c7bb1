/**
 * Room shells: rectangular and L-shaped floor plans centred on the origin, with their wall
 * segments (inward normals) and the containment test every placement uses. The floor is z = 0.
 */
import type { Box } from '../domain/box';
import { footprint } from '../geometry/box';
import { polygonPenetration } from '../geometry/convex-polygon';
import type { Rng } from './random';

export type Vec2 = [number, number];

export interface Rect {
  min: Vec2;
  max: Vec2;
}

export interface WallSegment {
  start: Vec2;
  end: Vec2;
  length: number;
  /** Unit vector from start to end. */
  direction: Vec2;
  /** Unit normal pointing into the room. */
  normal: Vec2;
}

export interface Room {
  shape: 'rectangle' | 'L';
  height: number;
  /** Bounding rectangle of the floor plan. */
  outer: Rect;
  /** For an L-shaped room, the corner cut out of `outer`. */
  notch: Rect | null;
  /** Floor plan corners, counter-clockwise. */
  polygon: Vec2[];
  walls: WallSegment[];
}

export interface RoomDimensions {
  width: [number, number];
  depth: [number, number];
  height: [number, number];
  /** Chance of an L-shaped plan. */
  lShape: number;
}

export function makeRoom(rng: Rng, dims: RoomDimensions): Room {
  const width = round2(rng.float(dims.width[0], dims.width[1]));
  const depth = round2(rng.float(dims.depth[0], dims.depth[1]));
  const height = round2(rng.float(dims.height[0], dims.height[1]));
  const outer: Rect = { min: [-width / 2, -depth / 2], max: [width / 2, depth / 2] };
  const isL = width >= 4 && depth >= 4 && rng.chance(dims.lShape);
  if (!isL) {
    const polygon: Vec2[] = [outer.min, [outer.max[0], outer.min[1]], outer.max, [outer.min[0], outer.max[1]]];
    return { shape: 'rectangle', height, outer, notch: null, polygon, walls: wallsOf(polygon) };
  }
  const nw = round2(width * rng.float(0.3, 0.45));
  const nd = round2(depth * rng.float(0.3, 0.45));
  // The notch takes the +X +Y corner; a random quarter turn of the plan gives the other corners.
  const turns = rng.int(0, 3);
  const [x0, y0] = outer.min;
  const [x1, y1] = outer.max;
  let polygon: Vec2[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1 - nd],
    [x1 - nw, y1 - nd],
    [x1 - nw, y1],
    [x0, y1],
  ];
  let notch: Rect = { min: [x1 - nw, y1 - nd], max: [x1, y1] };
  for (let i = 0; i < turns; i++) {
    polygon = polygon.map(([x, y]) => [-y, x]);
    notch = rectOf([
      [-notch.min[1], notch.min[0]],
      [-notch.max[1], notch.max[0]],
    ]);
  }
  const bounds = rectOf(polygon);
  return { shape: 'L', height, outer: bounds, notch, polygon, walls: wallsOf(polygon) };
}

/** Whether a box's footprint lies inside the floor plan, at least `margin` from every wall, and under the ceiling. */
export function boxInsideRoom(room: Room, box: Box, margin = 0): boolean {
  const bottom = box.center[2] - box.size[2] / 2;
  const top = box.center[2] + box.size[2] / 2;
  if (bottom < -1e-9 || top > room.height + 1e-9) return false;
  const corners = footprint(box);
  for (const [x, y] of corners) {
    if (x < room.outer.min[0] + margin || x > room.outer.max[0] - margin) return false;
    if (y < room.outer.min[1] + margin || y > room.outer.max[1] - margin) return false;
  }
  if (!room.notch) return true;
  const { min, max } = room.notch;
  const notch: Vec2[] = [min, [max[0], min[1]], max, [min[0], max[1]]];
  // Penetration is minus the separation when apart: keep at least `margin` from the cut-out corner.
  return polygonPenetration(corners, notch) <= -margin + 1e-9;
}

export function floorArea(room: Room): number {
  const full = (room.outer.max[0] - room.outer.min[0]) * (room.outer.max[1] - room.outer.min[1]);
  if (!room.notch) return full;
  return full - (room.notch.max[0] - room.notch.min[0]) * (room.notch.max[1] - room.notch.min[1]);
}

export function pointInFloor(room: Room, x: number, y: number): boolean {
  const { outer, notch } = room;
  if (x < outer.min[0] || x > outer.max[0] || y < outer.min[1] || y > outer.max[1]) return false;
  return !(notch && x > notch.min[0] && x < notch.max[0] && y > notch.min[1] && y < notch.max[1]);
}

function wallsOf(polygon: Vec2[]): WallSegment[] {
  return polygon.map((start, i) => {
    const end = polygon[(i + 1) % polygon.length]!;
    const dx = end[0] - start[0];
    const dy = end[1] - start[1];
    const length = Math.hypot(dx, dy);
    const direction: Vec2 = [dx / length, dy / length];
    // Counter-clockwise polygon: the interior is on the left of each edge.
    return { start, end, length, direction, normal: [-direction[1], direction[0]] };
  });
}

function rectOf(points: Vec2[]): Rect {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return { min: [Math.min(...xs), Math.min(...ys)], max: [Math.max(...xs), Math.max(...ys)] };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
