/**
 * Boxes and vectors, the shared vocabulary of every layer (SPEC §2).
 * Units are metres, +Z is up; `yaw` is in radians about +Z, and an axis-aligned box has yaw 0.
 */
export type Vec3 = [number, number, number];

export interface Box {
  center: Vec3;
  /** Full extents along the box's own axes (dx, dy, dz), not half sizes. */
  size: Vec3;
  yaw: number;
}
