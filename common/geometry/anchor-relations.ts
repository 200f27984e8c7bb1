/**
 * Relations taken in an anchor object's own frame (SPEC §2): its front is the +X axis of its yaw,
 * its left is +Y, up is +Z. They only make sense for anchors that have a front (see
 * front-categories.ts); callers check `hasFront(label)` before using them.
 *
 * Around the anchor's footprint the floor plane is split into four regions by lines leaving its
 * corners at 45°: a target whose center lies beyond the front face and is farther out in front
 * than to the side is in front, and so on. Centers inside the footprint, or within
 * SIDE_AMBIGUITY_MARGIN of a diagonal (front-left and the like), have no side (null), so a
 * referring expression never rests on a coin toss.
 */
import type { Box, Vec3 } from '../domain/box';

/** How much farther (m) a target must lie beyond one face than beyond the neighbouring one to count as on its side. */
export const SIDE_AMBIGUITY_MARGIN = 0.1;

export type AnchorSide = 'front' | 'behind' | 'left' | 'right';

/** The target's center in the anchor's frame: [forward (+X of yaw), left (+Y), up]. */
export function anchorFrameOffset(target: Box, anchor: Box): Vec3 {
  const c = Math.cos(anchor.yaw);
  const s = Math.sin(anchor.yaw);
  const dx = target.center[0] - anchor.center[0];
  const dy = target.center[1] - anchor.center[1];
  return [c * dx + s * dy, -s * dx + c * dy, target.center[2] - anchor.center[2]];
}

/** Which side of the anchor the target's center is on, or null when inside its footprint or near a diagonal. */
export function anchorSide(target: Box, anchor: Box): AnchorSide | null {
  const [forward, left] = anchorFrameOffset(target, anchor);
  const hx = anchor.size[0] / 2;
  const hy = anchor.size[1] / 2;
  // How far beyond each face the center lies (negative: not beyond it).
  const beyondFront = forward - hx;
  const beyondBack = -forward - hx;
  const beyondLeft = left - hy;
  const beyondRight = -left - hy;
  const lengthwise = Math.max(beyondFront, beyondBack);
  const sideways = Math.max(beyondLeft, beyondRight);
  if (lengthwise > 0 && lengthwise > sideways + SIDE_AMBIGUITY_MARGIN) return beyondFront > 0 ? 'front' : 'behind';
  if (sideways > 0 && sideways > lengthwise + SIDE_AMBIGUITY_MARGIN) return beyondLeft > 0 ? 'left' : 'right';
  return null;
}

/** Target is in front of the anchor (beyond its +X face, in the anchor's frame). */
export function isInFrontOf(target: Box, anchor: Box): boolean {
  return anchorSide(target, anchor) === 'front';
}

/** Target is behind the anchor (beyond its −X face). */
export function isBehind(target: Box, anchor: Box): boolean {
  return anchorSide(target, anchor) === 'behind';
}

/** Target is to the anchor's own left (beyond its +Y face). */
export function isLeftOf(target: Box, anchor: Box): boolean {
  return anchorSide(target, anchor) === 'left';
}

/** Target is to the anchor's own right (beyond its −Y face). */
export function isRightOf(target: Box, anchor: Box): boolean {
  return anchorSide(target, anchor) === 'right';
}
