/**
 * Shape builders: each furniture kind as a few axis-aligned parts in the object's own frame, so
 * sampled point clouds look like chairs, tables and beds rather than crates. The local frame has its
 * origin at the centre of the object's footprint on the floor, +X is the object's front and +Z up;
 * every part stays inside [-dx/2, dx/2] × [-dy/2, dy/2] × [0, dz].
 */
import type { Vec3 } from '../domain/box';

export interface Part {
  min: Vec3;
  max: Vec3;
}

/** The flat top other objects may stand on, in the local frame. */
export interface Surface {
  z: number;
  min: [number, number];
  max: [number, number];
}

export interface Shape {
  parts: Part[];
  surface?: Surface;
}

export type ShapeKind =
  | 'box'
  | 'chair'
  | 'swivel'
  | 'stool'
  | 'table'
  | 'desk'
  | 'bed'
  | 'sofa'
  | 'lamp'
  | 'shelves'
  | 'toilet'
  | 'screen'
  | 'bathtub'
  | 'plant'
  | 'laptop';

type Builder = (size: Vec3) => Shape;

function part(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): Part {
  return { min: [x0, y0, z0], max: [x1, y1, z1] };
}

/** Four square legs under a footprint, inset by their own thickness. */
function legs(hx: number, hy: number, height: number, t: number): Part[] {
  const out: Part[] = [];
  for (const sx of [-1, 1]) {
    for (const sy of [-1, 1]) {
      const x = sx * (hx - t / 2);
      const y = sy * (hy - t / 2);
      out.push(part(x - t / 2, y - t / 2, 0, x + t / 2, y + t / 2, height));
    }
  }
  return out;
}

function topSurface(hx: number, hy: number, z: number, inset = 0.03): Surface {
  return { z, min: [-hx + inset, -hy + inset], max: [hx - inset, hy - inset] };
}

const builders: Record<ShapeKind, Builder> = {
  box: ([dx, dy, dz]) => ({
    parts: [part(-dx / 2, -dy / 2, 0, dx / 2, dy / 2, dz)],
    surface: topSurface(dx / 2, dy / 2, dz),
  }),
  chair: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    const seat = Math.min(0.47, dz * 0.52);
    return {
      parts: [
        ...legs(hx, hy, seat - 0.05, 0.04),
        part(-hx, -hy, seat - 0.05, hx, hy, seat),
        part(-hx, -hy, seat, -hx + 0.06, hy, dz),
      ],
    };
  },
  swivel: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    const seat = Math.min(0.5, dz * 0.48);
    return {
      parts: [
        part(-hx, -0.03, 0, hx, 0.03, 0.06),
        part(-0.03, -hy, 0, 0.03, hy, 0.06),
        part(-0.03, -0.03, 0.06, 0.03, 0.03, seat - 0.08),
        part(-hx + 0.04, -hy + 0.04, seat - 0.08, hx, hy - 0.04, seat),
        part(-hx, -hy + 0.06, seat, -hx + 0.07, hy - 0.06, dz),
      ],
    };
  },
  stool: ([dx, dy, dz]) => ({
    parts: [...legs(dx / 2, dy / 2, dz - 0.04, 0.035), part(-dx / 2, -dy / 2, dz - 0.04, dx / 2, dy / 2, dz)],
    surface: topSurface(dx / 2, dy / 2, dz),
  }),
  table: ([dx, dy, dz]) => ({
    parts: [...legs(dx / 2, dy / 2, dz - 0.04, 0.05), part(-dx / 2, -dy / 2, dz - 0.04, dx / 2, dy / 2, dz)],
    surface: topSurface(dx / 2, dy / 2, dz),
  }),
  desk: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    return {
      parts: [
        part(-hx, -hy, 0, hx, -hy + 0.04, dz - 0.03),
        part(-hx, hy - 0.04, 0, hx, hy, dz - 0.03),
        part(-hx, -hy + 0.04, 0.3, -hx + 0.02, hy - 0.04, dz - 0.03),
        part(-hx, -hy, dz - 0.03, hx, hy, dz),
      ],
      surface: topSurface(hx, hy, dz),
    };
  },
  bed: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    const mattress = Math.min(0.55, dz * 0.5);
    return {
      parts: [part(-hx + 0.08, -hy, 0, hx, hy, mattress), part(-hx, -hy, 0, -hx + 0.08, hy, dz)],
      surface: { z: mattress, min: [-hx + 0.1, -hy + 0.03], max: [hx - 0.03, hy - 0.03] },
    };
  },
  sofa: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    const seat = Math.min(0.45, dz * 0.55);
    const arm = Math.min(0.18, dy * 0.15);
    const back = Math.min(0.22, dx * 0.25);
    const armTop = Math.min(dz, seat + 0.18);
    return {
      parts: [
        part(-hx + back, -hy + arm, 0, hx, hy - arm, seat),
        part(-hx, -hy, 0, -hx + back, hy, dz),
        part(-hx + back, -hy, 0, hx, -hy + arm, armTop),
        part(-hx + back, hy - arm, 0, hx, hy, armTop),
      ],
      surface: { z: seat, min: [-hx + back + 0.02, -hy + arm + 0.02], max: [hx - 0.05, hy - arm - 0.02] },
    };
  },
  lamp: ([dx, dy, dz]) => {
    const b = Math.min(dx, dy) * 0.3;
    const shade = dz * 0.4;
    return {
      parts: [
        part(-b, -b, 0, b, b, 0.03),
        part(-0.015, -0.015, 0.03, 0.015, 0.015, dz - shade),
        part(-dx / 2, -dy / 2, dz - shade, dx / 2, dy / 2, dz),
      ],
    };
  },
  shelves: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    const parts = [
      part(-hx, -hy, 0, hx, -hy + 0.02, dz),
      part(-hx, hy - 0.02, 0, hx, hy, dz),
      part(-hx, -hy + 0.02, 0, -hx + 0.015, hy - 0.02, dz),
    ];
    const boards = Math.max(2, Math.round(dz / 0.38));
    for (let i = 0; i <= boards; i++) {
      const z = Math.min(dz - 0.02, (i * dz) / boards);
      parts.push(part(-hx + 0.015, -hy + 0.02, z, hx, hy - 0.02, z + 0.02));
    }
    return { parts, surface: topSurface(hx, hy, dz) };
  },
  toilet: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    const tank = Math.min(0.2, dx * 0.3);
    return {
      parts: [
        part(-hx + tank, -hy * 0.85, 0, hx, hy * 0.85, Math.min(0.42, dz * 0.55)),
        part(-hx, -hy, 0, -hx + tank, hy, dz),
      ],
    };
  },
  screen: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const panel = Math.min(0.05, dx * 0.4);
    const foot = Math.min(0.08, dz * 0.15);
    return {
      parts: [
        part(-hx, -dy * 0.15, 0, hx, dy * 0.15, 0.02),
        part(-panel / 2 - 0.02, -0.03, 0.02, -panel / 2, 0.03, foot),
        part(-panel / 2, -dy / 2, foot, panel / 2, dy / 2, dz),
      ],
    };
  },
  bathtub: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    const t = 0.06;
    return {
      parts: [
        part(-hx, -hy, 0, hx, hy, 0.08),
        part(-hx, -hy, 0.08, -hx + t, hy, dz),
        part(hx - t, -hy, 0.08, hx, hy, dz),
        part(-hx + t, -hy, 0.08, hx - t, -hy + t, dz),
        part(-hx + t, hy - t, 0.08, hx - t, hy, dz),
      ],
    };
  },
  plant: ([dx, dy, dz]) => {
    const pot = Math.min(0.35, dz * 0.35);
    return {
      parts: [part(-dx * 0.3, -dy * 0.3, 0, dx * 0.3, dy * 0.3, pot), part(-dx / 2, -dy / 2, pot, dx / 2, dy / 2, dz)],
    };
  },
  laptop: ([dx, dy, dz]) => {
    const hx = dx / 2;
    const hy = dy / 2;
    return {
      parts: [part(-hx + 0.01, -hy, 0, hx, hy, 0.02), part(-hx, -hy, 0, -hx + 0.01, hy, dz)],
    };
  },
};

export function buildShape(kind: ShapeKind, size: Vec3): Shape {
  return builders[kind](size);
}
