/**
 * The placement solver: given where a moving object should go (a footprint center, a yaw, and
 * what it should stand on), find the nearest box to that wish that checkPlacement accepts. The
 * search walks a grid of offsets around the wish in order of distance, so the answer is the
 * closest valid spot on that grid, and the same request always gives the same box.
 *
 * Candidates are tested with a footprint grown by CLEARANCE on every side, so an accepted box
 * keeps a visible gap to its neighbours instead of grazing them within rounding.
 */
import type { Box } from '../domain/box';
import type { SceneObject } from '../domain/scene';
import { checkPlacement, footprintOver, isValidPlacement, topOf, type PlacementContext } from './check';
import type { Room } from './room';

/** Gap (m) the solver keeps between the placed box and its neighbours. */
export const CLEARANCE = 0.02;
export const DEFAULT_STEP = 0.05;
export const DEFAULT_RADIUS = 0.6;

export interface PlacementRequest {
  movingId: number;
  /** Desired footprint center (x, y). */
  center: [number, number];
  /** Desired box yaw; the object's current yaw when omitted. */
  yaw?: number;
  /** What to stand on: an object id, or null / omitted for the floor. */
  supportId?: number | null;
  /** How far (m) from the wish the solver may go; DEFAULT_RADIUS when omitted. */
  maxRadius?: number;
  step?: number;
  /** More obstacles to ignore (a swap partner that moves away). */
  ignore?: readonly number[];
}

export interface SolverScene {
  objects: readonly SceneObject[];
  room: Room;
}

const offsetCache = new Map<string, [number, number][]>();

/** Grid offsets within `radius`, nearest first (ties broken by angle, so the order is fixed). */
function offsets(radius: number, step: number): [number, number][] {
  const key = `${radius}/${step}`;
  const cached = offsetCache.get(key);
  if (cached) return cached;
  const n = Math.floor(radius / step + 1e-9);
  const list: [number, number, number, number][] = [];
  for (let i = -n; i <= n; i++) {
    for (let j = -n; j <= n; j++) {
      const d = Math.hypot(i, j) * step;
      if (d <= radius + 1e-9) list.push([i * step, j * step, d, Math.atan2(j, i)]);
    }
  }
  list.sort((a, b) => a[2] - b[2] || a[3] - b[3]);
  const result = list.map(([x, y]): [number, number] => [x, y]);
  offsetCache.set(key, result);
  return result;
}

export function solvePlacement(request: PlacementRequest, scene: SolverScene): Box | null {
  const moving = scene.objects.find((o) => o.id === request.movingId);
  if (moving === undefined) return null;
  const supportId = request.supportId ?? null;
  const support = supportId === null ? null : scene.objects.find((o) => o.id === supportId);
  if (support === undefined) return null;
  const baseZ = support === null ? scene.room.floorZ : topOf(support.box);
  const size = moving.box.size;
  const yaw = request.yaw ?? moving.box.yaw;
  const ctx: PlacementContext = {
    objects: scene.objects,
    room: scene.room,
    movingId: moving.id,
    ignore: request.ignore ?? [],
  };
  const z = baseZ + size[2] / 2;
  for (const [dx, dy] of offsets(request.maxRadius ?? DEFAULT_RADIUS, request.step ?? DEFAULT_STEP)) {
    const center: [number, number, number] = [request.center[0] + dx, request.center[1] + dy, z];
    const box: Box = { center, size, yaw };
    if (support !== null && !footprintOver(box, support.box, 0)) continue;
    const grown: Box = { center, size: [size[0] + 2 * CLEARANCE, size[1] + 2 * CLEARANCE, size[2]], yaw };
    const grownCheck = checkPlacement(grown, ctx);
    if (grownCheck.collisions.length > 0) continue;
    const check = checkPlacement(box, ctx);
    if (!isValidPlacement(check) || check.supportId !== supportId) continue;
    return box;
  }
  return null;
}
