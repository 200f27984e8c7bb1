/**
 * What a measurement between two ends says, computed with the same `common/geometry` functions
 * the distance templates use: between objects, center distance and gap of their boxes; otherwise
 * the straight distance between the two points (an object end counts by its box centre).
 */
import type { Vec3 } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';
import { boxGap, centerDistance } from '../../../common/geometry/distance';
import type { MeasureEnd } from '../viewport-state/viewport-store';

export interface Measurement {
  from: Vec3;
  to: Vec3;
  centerDistance: number;
  /** Only between two objects. */
  gap: number | null;
  label: string;
}

const m = (v: number) => `${v.toFixed(2)} m`;

export function endPoint(end: MeasureEnd, objects: readonly SceneObject[]): Vec3 | null {
  if (end.kind === 'point') return end.point;
  return objects.find((o) => o.id === end.objectId)?.box.center ?? null;
}

export function measure(a: MeasureEnd, b: MeasureEnd, objects: readonly SceneObject[]): Measurement | null {
  const from = endPoint(a, objects);
  const to = endPoint(b, objects);
  if (!from || !to) return null;
  if (a.kind === 'object' && b.kind === 'object') {
    const boxA = objects.find((o) => o.id === a.objectId)!.box;
    const boxB = objects.find((o) => o.id === b.objectId)!.box;
    const center = centerDistance(boxA, boxB);
    const gap = boxGap(boxA, boxB);
    return { from, to, centerDistance: center, gap, label: `center ${m(center)} · gap ${m(gap)}` };
  }
  const d = Math.hypot(from[0] - to[0], from[1] - to[1], from[2] - to[2]);
  return { from, to, centerDistance: d, gap: null, label: m(d) };
}
