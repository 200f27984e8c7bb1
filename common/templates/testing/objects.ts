/** Test helper: hand-built scene objects standing in a 6 × 5 m room with a floor and four walls. */
import type { Box, Vec3 } from '../../domain/box';
import type { Rgb, SceneObject } from '../../domain/scene';

let nextId = 100;

/** An object whose box rests on z = `base` with footprint centred at (x, y); `yaw` turns its front. */
export function thing(
  label: string,
  x: number,
  y: number,
  size: Vec3,
  options: { id?: number; color?: Rgb; yaw?: number; base?: number } = {},
): SceneObject {
  const box: Box = { center: [x, y, (options.base ?? 0) + size[2] / 2], size, yaw: 0 };
  return {
    id: options.id ?? nextId++,
    label,
    nyu40: null,
    box,
    obb: { ...box, yaw: options.yaw ?? 0 },
    points: 500,
    color: options.color ?? [128, 128, 128],
  };
}

/** Floor (top at z = 0) and four walls around [0, 6] × [0, 5], 2.5 m high; ids 0–4. */
export function shell(): SceneObject[] {
  const slab = (id: number, label: string, center: Vec3, size: Vec3): SceneObject => {
    const box: Box = { center, size, yaw: 0 };
    return { id, label, nyu40: null, box, obb: box, points: 1000, color: [200, 200, 200] };
  };
  return [
    slab(0, 'floor', [3, 2.5, -0.05], [6, 5, 0.1]),
    slab(1, 'wall', [-0.05, 2.5, 1.25], [0.1, 5, 2.5]),
    slab(2, 'wall', [6.05, 2.5, 1.25], [0.1, 5, 2.5]),
    slab(3, 'wall', [3, -0.05, 1.25], [6, 0.1, 2.5]),
    slab(4, 'wall', [3, 5.05, 1.25], [6, 0.1, 2.5]),
  ];
}
