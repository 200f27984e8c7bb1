/**
 * What a layout instruction means geometrically: an intent (move X next to Y, 0.5 m forward,
 * turn X to face Y, put X on Y, swap X and Y...) becomes the moved object's target box, found by
 * the placement solver and then checked against the relation the instruction names — an edit
 * whose result does not satisfy its own words is no edit (null). The template engine and the
 * instruction parser both call `layoutTarget`, so a parsed instruction lands exactly where the
 * generated one said.
 */
import type { Box } from '../domain/box';
import type { SceneObject } from '../domain/scene';
import { footprint } from '../geometry/box';
import { boxGap } from '../geometry/distance';
import { boxesOverlap } from '../geometry/collision';
import { anchorSide, hasFront, isNextTo, isOn, type AnchorSide } from '../geometry/relations';
import { swapDiff } from '../layout/edits';
import { layoutFromObjects } from '../layout/layout';
import {
  bottomOf,
  checkPlacement,
  isStructural,
  isValidPlacement,
  solvePlacement,
  SUPPORT_TOLERANCE,
  topOf,
  type Room,
} from '../placement';
import { normalizeAngle, objectFrame } from './frame';

export const MOVE_DIRECTIONS = ['forward', 'backward', 'to the left', 'to the right'] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];

export type LayoutIntent =
  | { kind: 'next_to' | 'face' | 'put_on' | 'swap'; targetId: number; anchorId: number }
  | { kind: AnchorSide; targetId: number; anchorId: number }
  | { kind: 'towards'; targetId: number; anchorId: number; metres: number }
  | { kind: 'move_by'; targetId: number; metres: number; direction: MoveDirection };

export interface LayoutTarget {
  box: Box;
  /** A swap moves a second object: where it goes. */
  partner?: { id: number; box: Box };
}

export interface LayoutScene {
  objects: readonly SceneObject[];
  room: Room;
}

/** Labels that are part of the building though not structural: never moved. */
const FIXED_LABELS: ReadonlySet<string> = new Set(['door', 'window', 'doorframe', 'door frame']);

/** Gap (m) an instruction leaves between the moved object and its anchor. */
const SIDE_GAP = 0.1;

/** Furniture and things, not the building (floor, walls, doors, windows): what may be moved at all. */
export function isMovable(object: SceneObject): boolean {
  return !isStructural(object.label) && !FIXED_LABELS.has(object.label.toLowerCase());
}

/** An object an instruction may move: movable, resting on the floor. */
export function standsOnFloor(object: SceneObject, room: Room): boolean {
  return isMovable(object) && Math.abs(bottomOf(object.box) - room.floorZ) <= SUPPORT_TOLERANCE;
}

/** Small enough to be carried onto a table: footprint ≤ 0.3 m², height ≤ 0.8 m. */
export function isPortable(object: SceneObject): boolean {
  return isMovable(object) && object.box.size[0] * object.box.size[1] <= 0.3 && object.box.size[2] <= 0.8;
}

/** A top that things can be put on: 0.3–1.3 m above the floor and larger than what goes on it. */
export function isSurfaceFor(surface: SceneObject, object: SceneObject, room: Room): boolean {
  const height = topOf(surface.box) - room.floorZ;
  return (
    !isStructural(surface.label) &&
    !FIXED_LABELS.has(surface.label.toLowerCase()) &&
    height >= 0.3 &&
    height <= 1.3 &&
    surface.box.size[0] >= object.box.size[0] + 0.1 &&
    surface.box.size[1] >= object.box.size[1] + 0.1
  );
}

function rotate([x, y]: [number, number], yaw: number): [number, number] {
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  return [c * x - s * y, s * x + c * y];
}

/** Half extent of a box's footprint along a unit direction. */
function halfExtent(box: Box, [ux, uy]: [number, number]): number {
  const [cx, cy] = box.center;
  return Math.max(...footprint(box).map(([x, y]) => (x - cx) * ux + (y - cy) * uy));
}

function displacement(a: Box, b: Box): number {
  return Math.hypot(a.center[0] - b.center[0], a.center[1] - b.center[1]);
}

export function layoutTarget(intent: LayoutIntent, scene: LayoutScene): LayoutTarget | null {
  const byId = new Map(scene.objects.map((o) => [o.id, o]));
  const target = byId.get(intent.targetId);
  if (target === undefined) return null;
  const anchor = 'anchorId' in intent ? byId.get(intent.anchorId) : undefined;
  if ('anchorId' in intent && (anchor === undefined || anchor.id === target.id)) return null;
  if (intent.kind === 'put_on') return putOn(target, anchor!, scene);
  if (!standsOnFloor(target, scene.room)) return null;
  switch (intent.kind) {
    case 'next_to':
      return nextTo(target, anchor!, scene);
    case 'left':
    case 'right':
    case 'front':
    case 'behind':
      return toSide(target, anchor!, intent.kind, scene);
    case 'towards':
      return towards(target, anchor!, intent.metres, scene);
    case 'move_by':
      return moveBy(target, intent.direction, intent.metres, scene);
    case 'face':
      return face(target, anchor!, scene);
    case 'swap':
      return swap(target, anchor!, scene);
  }
}

/** Tries each wished center in turn; keeps the valid result nearest the object's current place. */
function bestOf(
  target: SceneObject,
  wishes: [number, number][],
  radius: number,
  scene: LayoutScene,
  accept: (box: Box) => boolean,
  yaw?: number,
): LayoutTarget | null {
  let best: Box | null = null;
  for (const center of wishes) {
    const box = solvePlacement(
      { movingId: target.id, center, maxRadius: radius, ...(yaw === undefined ? {} : { yaw }) },
      scene,
    );
    if (box === null || !accept(box)) continue;
    if (best === null || displacement(box, target.box) < displacement(best, target.box) - 1e-9) best = box;
  }
  return best === null ? null : { box: best };
}

function nextTo(target: SceneObject, anchor: SceneObject, scene: LayoutScene): LayoutTarget | null {
  if (isNextTo(target.box, anchor.box)) return null; // already there: nothing to do
  const axes: [number, number][] = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ];
  const wishes = axes.map((axis): [number, number] => {
    const u = rotate(axis, anchor.box.yaw);
    const d = halfExtent(anchor.box, u) + halfExtent(target.box, [-u[0], -u[1]]) + SIDE_GAP;
    return [anchor.box.center[0] + u[0] * d, anchor.box.center[1] + u[1] * d];
  });
  return bestOf(target, wishes, 0.3, scene, (box) => isNextTo(box, anchor.box));
}

const SIDE_AXES: Record<AnchorSide, [number, number]> = {
  front: [1, 0],
  behind: [-1, 0],
  left: [0, 1],
  right: [0, -1],
};

function toSide(target: SceneObject, anchor: SceneObject, side: AnchorSide, scene: LayoutScene): LayoutTarget | null {
  if (!hasFront(anchor.label)) return null;
  const frame = objectFrame(anchor);
  if (anchorSide(target.box, frame) === side) return null;
  const u = rotate(SIDE_AXES[side], frame.yaw);
  const d = halfExtent(frame, u) + halfExtent(target.box, [-u[0], -u[1]]) + SIDE_GAP;
  const wish: [number, number] = [frame.center[0] + u[0] * d, frame.center[1] + u[1] * d];
  return bestOf(target, [wish], 0.4, scene, (box) => anchorSide(box, frame) === side);
}

const DIRECTION_AXES: Record<MoveDirection, [number, number]> = {
  forward: [1, 0],
  backward: [-1, 0],
  'to the left': [0, 1],
  'to the right': [0, -1],
};

function moveBy(
  target: SceneObject,
  direction: MoveDirection,
  metres: number,
  scene: LayoutScene,
): LayoutTarget | null {
  if (!hasFront(target.label) || !(metres > 0)) return null;
  const frame = objectFrame(target);
  const u = rotate(DIRECTION_AXES[direction], frame.yaw);
  const wish: [number, number] = [target.box.center[0] + u[0] * metres, target.box.center[1] + u[1] * metres];
  // Stay within 10 cm of the asked displacement, or the instruction's number would be wrong.
  return bestOf(target, [wish], 0.1, scene, () => true);
}

/** The footprint centre `metres` from `from` straight towards `to`; null when they share a centre. */
export function stepTowards(from: Box, to: Box, metres: number): [number, number] | null {
  const dx = to.center[0] - from.center[0];
  const dy = to.center[1] - from.center[1];
  const len = Math.hypot(dx, dy);
  if (len === 0) return null;
  return [from.center[0] + (dx / len) * metres, from.center[1] + (dy / len) * metres];
}

function towards(target: SceneObject, anchor: SceneObject, metres: number, scene: LayoutScene): LayoutTarget | null {
  if (!(metres > 0) || metres > boxGap(target.box, anchor.box) - 0.05) return null;
  const wish = stepTowards(target.box, anchor.box, metres);
  if (wish === null) return null;
  return bestOf(target, [wish], 0.1, scene, (box) => boxGap(box, anchor.box) < boxGap(target.box, anchor.box));
}

/** Facing is within this angle (rad) of pointing at the anchor's center. */
const FACING_TOLERANCE = (15 * Math.PI) / 180;

function facingError(target: Pick<SceneObject, 'box' | 'obb'>, anchor: SceneObject): number {
  const frame = objectFrame(target);
  const bearing = Math.atan2(anchor.box.center[1] - frame.center[1], anchor.box.center[0] - frame.center[0]);
  return Math.abs(normalizeAngle(bearing - frame.yaw));
}

function face(target: SceneObject, anchor: SceneObject, scene: LayoutScene): LayoutTarget | null {
  if (!hasFront(target.label)) return null;
  if (facingError(target, anchor) <= 2 * FACING_TOLERANCE) return null; // already roughly facing it
  const bearing = Math.atan2(anchor.box.center[1] - target.box.center[1], anchor.box.center[0] - target.box.center[0]);
  const frameOffset = objectFrame(target).yaw - target.box.yaw;
  const yaw = normalizeAngle(bearing - frameOffset);
  const wish: [number, number] = [target.box.center[0], target.box.center[1]];
  return bestOf(
    target,
    [wish],
    0.3,
    scene,
    (box) => facingError({ box, obb: target.obb }, anchor) <= FACING_TOLERANCE,
    yaw,
  );
}

function putOn(target: SceneObject, surface: SceneObject, scene: LayoutScene): LayoutTarget | null {
  if (!isPortable(target) || !isSurfaceFor(surface, target, scene.room)) return null;
  if (isOn(target.box, surface.box) || isOn(surface.box, target.box)) return null;
  const radius = Math.hypot(surface.box.size[0], surface.box.size[1]) / 2;
  const box = solvePlacement(
    {
      movingId: target.id,
      center: [surface.box.center[0], surface.box.center[1]],
      supportId: surface.id,
      maxRadius: radius,
    },
    scene,
  );
  return box !== null && isOn(box, surface.box) ? { box } : null;
}

function swap(a: SceneObject, b: SceneObject, scene: LayoutScene): LayoutTarget | null {
  if (!standsOnFloor(b, scene.room) || a.label === b.label) return null;
  const diff = swapDiff(layoutFromObjects([a, b]), a.id, b.id);
  const after = new Map(diff.updated.map(([, to]) => [to.id, to.box]));
  const boxA = after.get(a.id);
  const boxB = after.get(b.id);
  if (boxA === undefined || boxB === undefined || boxesOverlap(boxA, boxB)) return null;
  const okA = isValidPlacement(
    checkPlacement(boxA, { objects: scene.objects, room: scene.room, movingId: a.id, ignore: [b.id] }),
  );
  const okB = isValidPlacement(
    checkPlacement(boxB, { objects: scene.objects, room: scene.room, movingId: b.id, ignore: [a.id] }),
  );
  return okA && okB ? { box: boxA, partner: { id: b.id, box: boxB } } : null;
}
