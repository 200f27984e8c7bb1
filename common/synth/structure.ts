/**
 * The room shell as objects: one "floor" and one "wall" per wall segment (ScanNet annotates both),
 * with their boxes and the surface patches that sample them, doors and windows cut out of walls.
 */
import type { Box } from '../domain/box';
import type { Rgb } from '../domain/scene';
import type { PlacedObject } from './layout';
import type { Room } from './room';
import type { Patch } from './sample';

export interface StructureObject {
  label: 'floor' | 'wall';
  /** The slab beneath the floor or behind the wall's inner face, outside the room's interior. */
  box: Box;
  patches: Patch[];
  color: Rgb;
}

const SLAB = 0.1;

export function roomStructure(room: Room, layout: PlacedObject[], floorColor: Rgb, wallColor: Rgb): StructureObject[] {
  const { outer, notch } = room;
  const width = outer.max[0] - outer.min[0];
  const depth = outer.max[1] - outer.min[1];
  const floor: StructureObject = {
    label: 'floor',
    box: {
      center: [(outer.min[0] + outer.max[0]) / 2, (outer.min[1] + outer.max[1]) / 2, -SLAB / 2],
      size: [width, depth, SLAB],
      yaw: 0,
    },
    patches: [
      {
        origin: [outer.min[0], outer.min[1], 0],
        u: [1, 0, 0],
        v: [0, 1, 0],
        lengthU: width,
        lengthV: depth,
        shade: 1,
        holes: notch
          ? [
              {
                s0: notch.min[0] - outer.min[0],
                s1: notch.max[0] - outer.min[0],
                t0: notch.min[1] - outer.min[1],
                t1: notch.max[1] - outer.min[1],
              },
            ]
          : [],
      },
    ],
    color: floorColor,
  };
  const walls = room.walls.map((wall, wallIndex): StructureObject => {
    const openings = layout.filter((o) => o.wallIndex === wallIndex && o.spec.placement === 'in-wall');
    const holes = openings.map((o) => {
      const along =
        (o.box.center[0] - wall.start[0]) * wall.direction[0] + (o.box.center[1] - wall.start[1]) * wall.direction[1];
      const bottom = o.box.center[2] - o.box.size[2] / 2;
      return { s0: along - o.box.size[1] / 2, s1: along + o.box.size[1] / 2, t0: bottom, t1: bottom + o.box.size[2] };
    });
    const mid: [number, number] = [(wall.start[0] + wall.end[0]) / 2, (wall.start[1] + wall.end[1]) / 2];
    return {
      label: 'wall',
      box: {
        center: [mid[0] - (wall.normal[0] * SLAB) / 2, mid[1] - (wall.normal[1] * SLAB) / 2, room.height / 2],
        size: [SLAB, wall.length, room.height],
        yaw: Math.atan2(wall.normal[1], wall.normal[0]),
      },
      patches: [
        {
          origin: [wall.start[0], wall.start[1], 0],
          u: [wall.direction[0], wall.direction[1], 0],
          v: [0, 0, 1],
          lengthU: wall.length,
          lengthV: room.height,
          shade: 0.92,
          holes,
        },
      ],
      color: wallColor,
    };
  });
  return [floor, ...walls];
}
