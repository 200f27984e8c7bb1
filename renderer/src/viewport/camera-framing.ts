/**
 * Where to put the camera for a preset so that given bounds fill the view: the direction each
 * preset looks from, and the distance (perspective) or zoom (orthographic) that fits.
 */
import type { Aabb } from '../../../common/geometry/box';
import type { CameraPreset } from '../viewport-state/viewport-store';

type V3 = [number, number, number];

/** Unit direction from the target to the camera. Top looks straight down with +Y up on screen. */
export function presetDirection(preset: CameraPreset): V3 {
  switch (preset) {
    case 'top':
      return [0, -1e-4, 1];
    case 'front':
      return [0, -1, 0];
    case 'side':
      return [1, 0, 0];
    default: {
      const d: V3 = [0.45, -1, 0.95];
      const n = Math.hypot(...d);
      return [d[0] / n, d[1] / n, d[2] / n];
    }
  }
}

export interface Framing {
  target: V3;
  position: V3;
  /** Orthographic zoom (pixels per metre); unused for perspective. */
  zoom: number;
}

/** The extents of `bounds` seen from `preset`: [horizontal, vertical] on screen, metres. */
function screenExtents(bounds: Aabb, preset: CameraPreset): [number, number] {
  const dx = bounds.max[0] - bounds.min[0];
  const dy = bounds.max[1] - bounds.min[1];
  const dz = bounds.max[2] - bounds.min[2];
  if (preset === 'top') return [dx, dy];
  if (preset === 'front') return [dx, dz];
  if (preset === 'side') return [dy, dz];
  return [Math.hypot(dx, dy), Math.hypot(dx, dy, dz)];
}

export function frameBounds(
  bounds: Aabb,
  preset: CameraPreset,
  viewport: { width: number; height: number },
  fovDeg = 50,
): Framing {
  const target: V3 = [0, 1, 2].map((i) => (bounds.min[i]! + bounds.max[i]!) / 2) as V3;
  const dir = presetDirection(preset);
  const [w, h] = screenExtents(bounds, preset);
  const margin = 1.15;
  const zoom = Math.max(
    1e-3,
    Math.min(viewport.width / Math.max(w * margin, 0.1), viewport.height / Math.max(h * margin, 0.1)),
  );
  let distance: number;
  if (preset === 'perspective') {
    const radius = Math.max(
      0.25,
      Math.hypot(bounds.max[0] - bounds.min[0], bounds.max[1] - bounds.min[1], bounds.max[2] - bounds.min[2]) / 2,
    );
    const vFov = (fovDeg * Math.PI) / 180;
    const hFov = 2 * Math.atan(Math.tan(vFov / 2) * (viewport.width / Math.max(1, viewport.height)));
    distance = (radius * 0.95) / Math.sin(Math.min(vFov, hFov) / 2);
  } else {
    distance = 50; // orthographic: far enough to see everything in front, size set by zoom
  }
  return {
    target,
    position: [target[0] + dir[0] * distance, target[1] + dir[1] * distance, target[2] + dir[2] * distance],
    zoom,
  };
}

/** The union of axis-aligned bounds, or null for none. */
export function unionBounds(list: readonly Aabb[]): Aabb | null {
  if (list.length === 0) return null;
  const min: V3 = [Infinity, Infinity, Infinity];
  const max: V3 = [-Infinity, -Infinity, -Infinity];
  for (const b of list)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, b.min[i]!);
      max[i] = Math.max(max[i]!, b.max[i]!);
    }
  return { min, max };
}
