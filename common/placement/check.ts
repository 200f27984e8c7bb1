/**
 * Whether a proposed box for a moving object is a valid place for it (SPEC §4): inside the room,
 * standing on the floor or on a support surface, colliding with nothing. The layout editor, the
 * template engine and the model's checks all ask this one function.
 *
 * What is ignored when looking for collisions: the moving object itself, the floor, the support
 * the box stands on (resting contact is not a collision, and scans are noisy by a centimetre),
 * and the objects resting on the moving object (they travel with it).
 */
import type { Box } from '../domain/box';
import type { SceneObject } from '../domain/scene';
import { boxAabb, footprint } from '../geometry/box';
import { boxesOverlap } from '../geometry/collision';
import { polygonContains } from '../geometry/convex-polygon';
import { isOn } from '../geometry/relations';
import { isStructural, type Point2, type Room } from './room';

/** How far (m) a box's bottom may be from the surface it stands on. */
export const SUPPORT_TOLERANCE = 0.03;
/** Overlap depth (m) below which two boxes only touch. */
export const COLLISION_TOLERANCE = 0.005;
/** How far (m) a footprint may overhang the room's floor or a support's top. */
export const EDGE_TOLERANCE = 0.01;

export interface PlacementContext {
  objects: readonly SceneObject[];
  room: Room;
  /** The object being moved (ignored as an obstacle). */
  movingId: number;
  /** More ids to ignore as obstacles (a swap partner that moves away). */
  ignore?: readonly number[];
}

export interface PlacementCheck {
  inside: boolean;
  supported: boolean;
  /** The object the box stands on; null on the floor or when unsupported. */
  supportId: number | null;
  collisions: number[];
}

export function bottomOf(box: Box): number {
  return box.center[2] - box.size[2] / 2;
}

export function topOf(box: Box): number {
  return box.center[2] + box.size[2] / 2;
}

/** True when every corner of `inner` lies over the polygon `outer` (convex), with tolerance. */
export function footprintOver(inner: Box, outer: Box, tolerance = EDGE_TOLERANCE): boolean {
  const poly = footprint(outer);
  return footprint(inner).every(([x, y]) => polygonContains(poly, x, y, tolerance));
}

/** Even-odd test: the occupancy polygon may be concave (an L-shaped room). */
export function pointInPolygon(polygon: readonly Point2[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function insideRoom(box: Box, room: Room): boolean {
  const corners = footprint(box);
  const t = EDGE_TOLERANCE;
  const inBounds = corners.every(
    ([x, y]) => x >= room.minX - t && x <= room.maxX + t && y >= room.minY - t && y <= room.maxY + t,
  );
  if (!inBounds || topOf(box) > room.ceilingZ + t || bottomOf(box) < room.floorZ - SUPPORT_TOLERANCE) return false;
  const polygon = room.polygon;
  if (polygon === null) return true;
  // Corners inside, and no reflex corner of the polygon poking into the footprint.
  return (
    corners.every(([x, y]) => pointInPolygon(polygon, x, y)) &&
    polygon.every(([x, y]) => !polygonContains(corners, x, y, -t))
  );
}

/** Objects that rest on the moving object in the current layout: they travel with it. */
export function ridersOf(objects: readonly SceneObject[], movingId: number): Set<number> {
  const moving = objects.find((o) => o.id === movingId);
  const riders = new Set<number>();
  if (moving === undefined) return riders;
  for (const o of objects) if (o.id !== movingId && !isStructural(o.label) && isOn(o.box, moving.box)) riders.add(o.id);
  return riders;
}

/** The support under `box`: null for the floor, an object id, or undefined when nothing holds it. */
export function findSupport(box: Box, ctx: PlacementContext, riders: ReadonlySet<number>): number | null | undefined {
  const bottom = bottomOf(box);
  if (Math.abs(bottom - ctx.room.floorZ) <= SUPPORT_TOLERANCE) return null;
  for (const o of ctx.objects) {
    if (o.id === ctx.movingId || riders.has(o.id) || isStructural(o.label)) continue;
    if (Math.abs(bottom - topOf(o.box)) <= SUPPORT_TOLERANCE && footprintOver(box, o.box)) return o.id;
  }
  return undefined;
}

export function checkPlacement(box: Box, ctx: PlacementContext): PlacementCheck {
  const riders = ridersOf(ctx.objects, ctx.movingId);
  const support = findSupport(box, ctx, riders);
  const skip = new Set<number>([ctx.movingId, ...riders, ...(ctx.ignore ?? [])]);
  if (typeof support === 'number') skip.add(support);
  const bounds = boxAabb(box);
  const collisions: number[] = [];
  for (const o of ctx.objects) {
    if (skip.has(o.id)) continue;
    const label = o.label.toLowerCase();
    if (label === 'floor' || label === 'ceiling') continue;
    const other = boxAabb(o.box);
    // Cheap rejection before the separating-axis test.
    if (other.min[0] >= bounds.max[0] || other.max[0] <= bounds.min[0]) continue;
    if (other.min[1] >= bounds.max[1] || other.max[1] <= bounds.min[1]) continue;
    if (boxesOverlap(box, o.box, COLLISION_TOLERANCE)) collisions.push(o.id);
  }
  return {
    inside: insideRoom(box, ctx.room),
    supported: support !== undefined,
    supportId: support ?? null,
    collisions,
  };
}

export function isValidPlacement(check: PlacementCheck): boolean {
  return check.inside && check.supported && check.collisions.length === 0;
}
