/**
 * An object's own frame for left/right/front/behind (SPEC §2: front is +X of the yaw). The
 * oriented box `obb` carries the orientation; a layout edit turns `box` by a yaw, which turns the
 * object and so its front too. The frame is therefore the obb's size at the box's center, turned
 * by obb.yaw + box.yaw. Objects with no oriented box (zero size) use their box.
 */
import type { Box } from '../domain/box';
import type { SceneObject } from '../domain/scene';

export function objectFrame(object: Pick<SceneObject, 'box' | 'obb'>): Box {
  const { box, obb } = object;
  if (obb.size[0] <= 0 || obb.size[1] <= 0) return box;
  return { center: box.center, size: obb.size, yaw: normalizeAngle(obb.yaw + box.yaw) };
}

/** Angle in (-π, π]. */
export function normalizeAngle(angle: number): number {
  let a = angle % (2 * Math.PI);
  if (a <= -Math.PI) a += 2 * Math.PI;
  if (a > Math.PI) a -= 2 * Math.PI;
  return a;
}
