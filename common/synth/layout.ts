/**
 * Furniture layout: turns a room and its type's program into placed objects by rules (openings in
 * walls, furniture backed against walls facing inward, chairs around tables, office chairs at
 * desks, nightstands beside beds, small things on surfaces, pictures on walls) with clearances.
 * Nothing collides except an object and the support it stands on, and everything is in the room.
 */
import type { Box } from '../domain/box';
import type { Rgb } from '../domain/scene';
import { boxGap } from '../geometry/distance';
import { categorySpec, type CategorySpec, type Range } from './catalog';
import type { Rng } from './random';
import { boxInsideRoom, type Room, type WallSegment } from './room';
import type { RoomTypeSpec } from './room-types';
import { buildShape, type Shape } from './shapes';

export interface PlacedObject {
  label: string;
  spec: CategorySpec;
  /** Oriented box in the aligned scene frame; the object's front is +X of its yaw. */
  box: Box;
  shape: Shape;
  color: Rgb;
  /** Index (in the layout) of the object this one stands on, if any. */
  supportIndex: number | null;
  /** Index of the object this one was placed relative to (table, desk, bed, couch, support). */
  anchorIndex: number | null;
  /** Wall segment the object stands against or hangs on. */
  wallIndex: number | null;
}

/** Floor kept free in front of a door or a piece of furniture; `owner` may use it (its chair, its coffee table). */
interface Zone {
  box: Box;
  owner: number;
}

const ATTEMPTS = 40;
/** Gap between floor objects, and between an object and anything it does not stand on. */
const OBJECT_GAP = 0.03;
/** Distance between a wall and the back of furniture standing against it. */
const WALL_GAP = 0.02;
const QUARTER = Math.PI / 2;

export function layoutRoom(rng: Rng, room: Room, type: RoomTypeSpec): PlacedObject[] {
  const placer = new Placer(rng, room, type);
  for (const item of type.program) {
    const count = rng.int(item.count[0], item.count[1]);
    for (let i = 0; i < count; i++) placer.place(categorySpec(item.label));
  }
  return placer.objects;
}

class Placer {
  readonly objects: PlacedObject[] = [];
  private readonly zones: Zone[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly room: Room,
    private readonly type: RoomTypeSpec,
  ) {}

  place(spec: CategorySpec): boolean {
    switch (spec.placement) {
      case 'in-wall':
      case 'wall':
      case 'on-wall':
        return this.placeOnWall(spec);
      case 'free':
      case 'around-table':
        return this.placeFree(spec);
      case 'in-front-of':
        return this.placeInFrontOf(spec) || this.placeFree(spec);
      case 'beside':
        return this.placeBeside(spec) || this.placeOnWall(spec);
      case 'on-surface':
        return this.placeOnSurface(spec);
    }
  }

  private drawSize(spec: CategorySpec): [number, number, number] {
    const draw = (r: Range): number => Math.round(this.rng.float(r[0], r[1]) * 1000) / 1000;
    return [draw(spec.size[0]), draw(spec.size[1]), draw(spec.size[2])];
  }

  private drawColor(spec: CategorySpec): Rgb {
    const base = this.rng.pick(spec.palette);
    const jitter = (v: number): number => Math.max(0, Math.min(255, Math.round(v + this.rng.float(-12, 12))));
    return [jitter(base[0]), jitter(base[1]), jitter(base[2])];
  }

  /** Against or in a wall: back to the wall, front (+X) along the wall's inward normal. */
  private placeOnWall(spec: CategorySpec): boolean {
    const size = this.drawSize(spec);
    const [, width, height] = size;
    const mounted = spec.placement !== 'wall' && spec.placement !== 'beside';
    const gap = spec.placement === 'in-wall' ? 0.002 : mounted ? 0.005 : WALL_GAP;
    const totalLength = this.room.walls.reduce((sum, w) => sum + w.length, 0);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const wallIndex = this.pickWall(totalLength);
      const wall = this.room.walls[wallIndex]!;
      const end = spec.placement === 'in-wall' ? 0.15 : 0.03;
      if (wall.length < width + 2 * end) continue;
      const t = this.rng.float(width / 2 + end, wall.length - width / 2 - end);
      const bottom = spec.elevation ? this.rng.float(spec.elevation[0], spec.elevation[1]) : 0;
      const box = wallBox(wall, t, gap, size, bottom);
      if (mounted && box.center[2] + height / 2 > this.room.height - 0.05) continue;
      const zone = spec.frontClearance
        ? frontZone(box, spec.frontClearance, spec.placement === 'in-wall' ? 2.0 : 0.6)
        : null;
      if (
        !this.fits(box, { floor: !mounted || bottom === 0, gap: spec.placement === 'in-wall' ? 0.1 : OBJECT_GAP, zone })
      )
        continue;
      this.add(spec, box, { wallIndex, zone });
      return true;
    }
    return false;
  }

  /** Anywhere on the floor, mostly axis-aligned, sometimes turned. Tables bring their chairs. */
  private placeFree(spec: CategorySpec): boolean {
    const size = this.drawSize(spec);
    const { outer } = this.room;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const yaw =
        spec.rotatable && this.rng.chance(0.35) ? this.rng.float(-Math.PI, Math.PI) : this.rng.int(-1, 2) * QUARTER;
      const x = this.rng.float(outer.min[0], outer.max[0]);
      const y = this.rng.float(outer.min[1], outer.max[1]);
      const box: Box = { center: [x, y, size[2] / 2], size, yaw };
      if (!boxInsideRoom(this.room, box, 0.1)) continue;
      if (!this.fits(box, { floor: true, gap: 0.08, zone: null })) continue;
      const index = this.add(spec, box, {});
      if (spec.label === 'table') this.seatAround(index);
      return true;
    }
    return false;
  }

  /** Chairs around a table, each facing it, spread over its long sides and ends. */
  private seatAround(tableIndex: number): void {
    const table = this.objects[tableIndex]!.box;
    const wanted = this.rng.int(this.type.chairsPerTable[0], this.type.chairsPerTable[1]);
    const [dx, dy] = table.size;
    const seats: { side: number; along: number; axis: 'x' | 'y' }[] = [];
    const perSide = Math.max(1, Math.floor(dy / 0.6));
    for (const side of [-1, 1]) {
      for (let k = 0; k < perSide; k++) seats.push({ side, axis: 'x', along: ((k + 0.5) / perSide - 0.5) * dy });
      seats.push({ side, axis: 'y', along: 0 });
    }
    const chair = categorySpec('chair');
    let placed = 0;
    for (const seat of this.rng.shuffle(seats)) {
      if (placed >= wanted) break;
      const size = this.drawSize(chair);
      const reach = (seat.axis === 'x' ? dx : dy) / 2 + this.rng.float(0.04, 0.15) + size[0] / 2;
      const local: [number, number] =
        seat.axis === 'x' ? [seat.side * reach, seat.along] : [seat.along, seat.side * reach];
      // The chair's front (+X) points back at the table.
      const facing = Math.atan2(-local[1], -local[0]) + table.yaw;
      const yaw = facing + (this.rng.chance(0.3) ? this.rng.float(-0.25, 0.25) : 0);
      const [cx, cy] = toWorld(table, local);
      const box: Box = { center: [cx, cy, size[2] / 2], size, yaw: normalizeAngle(yaw) };
      if (!boxInsideRoom(this.room, box, 0.05)) continue;
      if (!this.fits(box, { floor: true, gap: OBJECT_GAP, zone: null, owner: tableIndex })) continue;
      this.add(chair, box, { anchorIndex: tableIndex });
      placed++;
    }
  }

  /** In front of an anchor (office chair at a desk, coffee table before a couch). */
  private placeInFrontOf(spec: CategorySpec): boolean {
    const anchors = this.anchorCandidates(
      spec,
      (i) => !this.objects.some((o) => o.anchorIndex === i && o.label === spec.label),
    );
    for (const anchorIndex of anchors) {
      const anchor = this.objects[anchorIndex]!.box;
      for (let attempt = 0; attempt < 10; attempt++) {
        const size = this.drawSize(spec);
        const gap = spec.facing ? this.rng.float(0.05, 0.3) : this.rng.float(0.3, 0.5);
        const lateral = this.rng.float(-0.2, 0.2) * anchor.size[1];
        const [cx, cy] = toWorld(anchor, [anchor.size[0] / 2 + gap + size[0] / 2, lateral]);
        const turn = spec.facing
          ? Math.PI + (spec.rotatable && this.rng.chance(0.4) ? this.rng.float(-0.5, 0.5) : 0)
          : 0;
        const box: Box = { center: [cx, cy, size[2] / 2], size, yaw: normalizeAngle(anchor.yaw + turn) };
        if (!boxInsideRoom(this.room, box, 0.05)) continue;
        if (!this.fits(box, { floor: true, gap: OBJECT_GAP, zone: null, owner: anchorIndex })) continue;
        this.add(spec, box, { anchorIndex });
        return true;
      }
    }
    return false;
  }

  /** Next to an anchor's side with the backs flush (nightstand by the bed, tower by the desk). */
  private placeBeside(spec: CategorySpec): boolean {
    for (const anchorIndex of this.anchorCandidates(spec, () => true)) {
      const anchorObject = this.objects[anchorIndex]!;
      const anchor = anchorObject.box;
      for (const side of this.rng.shuffle([-1, 1])) {
        const size = this.drawSize(spec);
        const along = side * (anchor.size[1] / 2 + this.rng.float(0.04, 0.12) + size[1] / 2);
        const [cx, cy] = toWorld(anchor, [-anchor.size[0] / 2 + size[0] / 2, along]);
        const box: Box = { center: [cx, cy, size[2] / 2], size, yaw: anchor.yaw };
        if (!boxInsideRoom(this.room, box, 0.01)) continue;
        if (!this.fits(box, { floor: true, gap: OBJECT_GAP, zone: null, owner: anchorIndex })) continue;
        this.add(spec, box, { anchorIndex, wallIndex: anchorObject.wallIndex });
        return true;
      }
    }
    return false;
  }

  /** On a support's top surface, inside its edges, clear of everything but the support. */
  private placeOnSurface(spec: CategorySpec): boolean {
    const supports = this.anchorCandidates(spec, (i) => this.objects[i]!.shape.surface !== undefined);
    for (const supportIndex of supports) {
      const support = this.objects[supportIndex]!;
      const surface = support.shape.surface!;
      for (let attempt = 0; attempt < 12; attempt++) {
        const size = this.drawSize(spec);
        const turn =
          spec.hasFront || spec.surfaceSpot
            ? spec.hasFront && spec.rotatable
              ? this.rng.float(-0.3, 0.3)
              : 0
            : this.rng.chance(0.5)
              ? this.rng.float(-Math.PI, Math.PI)
              : this.rng.int(0, 1) * QUARTER;
        // Half extents of the turned footprint along the support's axes.
        const c = Math.abs(Math.cos(turn));
        const s = Math.abs(Math.sin(turn));
        const ex = (c * size[0] + s * size[1]) / 2;
        const ey = (s * size[0] + c * size[1]) / 2;
        const uMin = surface.min[0] + ex;
        const uMax = surface.max[0] - ex;
        const vMin = surface.min[1] + ey;
        const vMax = surface.max[1] - ey;
        if (uMin > uMax || vMin > vMax) continue;
        const u =
          spec.surfaceSpot === 'back' ? Math.min(uMax, uMin + this.rng.float(0, 0.06)) : this.rng.float(uMin, uMax);
        const v = this.rng.float(vMin, vMax);
        const [cx, cy] = toWorld(support.box, [u, v]);
        const bottom = support.box.center[2] - support.box.size[2] / 2 + surface.z;
        const box: Box = { center: [cx, cy, bottom + size[2] / 2], size, yaw: normalizeAngle(support.box.yaw + turn) };
        if (!boxInsideRoom(this.room, box, 0.01)) continue;
        if (!this.fits(box, { floor: false, gap: 0.01, zone: null, support: supportIndex })) continue;
        this.add(spec, box, { supportIndex, anchorIndex: supportIndex });
        return true;
      }
    }
    return false;
  }

  /** Placed objects whose label is one of the spec's anchors, preferred labels first, ties shuffled. */
  private anchorCandidates(spec: CategorySpec, accept: (index: number) => boolean): number[] {
    const out: number[] = [];
    for (const label of spec.anchors ?? []) {
      const matching = this.objects.flatMap((o, i) => (o.label === label && accept(i) ? [i] : []));
      out.push(...this.rng.shuffle(matching));
    }
    return out;
  }

  private pickWall(totalLength: number): number {
    let r = this.rng.float(0, totalLength);
    for (let i = 0; i < this.room.walls.length; i++) {
      r -= this.room.walls[i]!.length;
      if (r < 0) return i;
    }
    return this.room.walls.length - 1;
  }

  /**
   * Whether a candidate box is free: `gap` metres from every object (except its `support`), and,
   * for floor objects, out of other objects' clearance zones (except its `owner`'s). A candidate's
   * own `zone` must not cover a floor object either.
   */
  private fits(
    box: Box,
    opts: { floor: boolean; gap: number; zone: Box | null; support?: number; owner?: number },
  ): boolean {
    for (let i = 0; i < this.objects.length; i++) {
      if (i === opts.support) continue;
      if (near(box, this.objects[i]!.box, opts.gap) && boxGap(box, this.objects[i]!.box) < opts.gap) return false;
    }
    if (opts.floor) {
      for (const zone of this.zones) {
        if (zone.owner !== opts.owner && boxGap(box, zone.box) <= 0) return false;
      }
    }
    if (opts.zone) {
      const zone = opts.zone;
      if (!boxInsideRoom(this.room, zone, 0)) return false;
      for (const other of this.objects) {
        if (
          other.supportIndex === null &&
          other.box.center[2] - other.box.size[2] / 2 < 0.5 &&
          boxGap(zone, other.box) <= 0
        )
          return false;
      }
    }
    return true;
  }

  private add(
    spec: CategorySpec,
    box: Box,
    links: { supportIndex?: number; anchorIndex?: number; wallIndex?: number | null; zone?: Box | null },
  ): number {
    const index = this.objects.length;
    this.objects.push({
      label: spec.label,
      spec,
      box,
      shape: buildShape(spec.shape, box.size),
      color: this.drawColor(spec),
      supportIndex: links.supportIndex ?? null,
      anchorIndex: links.anchorIndex ?? null,
      wallIndex: links.wallIndex ?? null,
    });
    if (links.zone) this.zones.push({ box: links.zone, owner: index });
    return index;
  }
}

/** Box against a wall at distance `t` along it, `gap` off the wall, bottom at `bottom`. */
function wallBox(wall: WallSegment, t: number, gap: number, size: [number, number, number], bottom: number): Box {
  const off = gap + size[0] / 2;
  return {
    center: [
      wall.start[0] + wall.direction[0] * t + wall.normal[0] * off,
      wall.start[1] + wall.direction[1] * t + wall.normal[1] * off,
      bottom + size[2] / 2,
    ],
    size,
    yaw: Math.atan2(wall.normal[1], wall.normal[0]),
  };
}

/** The floor strip of depth `depth` just in front of a box (its +X side), `height` tall. */
function frontZone(box: Box, depth: number, height: number): Box {
  const [cx, cy] = toWorld(box, [box.size[0] / 2 + depth / 2 + 0.001, 0]);
  return { center: [cx, cy, height / 2], size: [depth, box.size[1], height], yaw: box.yaw };
}

/** Cheap pre-test: whether the boxes' bounding spheres come within `gap` (else boxGap need not run). */
function near(a: Box, b: Box, gap: number): boolean {
  const ra = Math.hypot(a.size[0], a.size[1], a.size[2]) / 2;
  const rb = Math.hypot(b.size[0], b.size[1], b.size[2]) / 2;
  const d = Math.hypot(a.center[0] - b.center[0], a.center[1] - b.center[1], a.center[2] - b.center[2]);
  return d < ra + rb + gap;
}

/** A point given in a box's own XY frame, in world XY. */
function toWorld(box: Box, [u, v]: [number, number]): [number, number] {
  const c = Math.cos(box.yaw);
  const s = Math.sin(box.yaw);
  return [box.center[0] + c * u - s * v, box.center[1] + s * u + c * v];
}

export function normalizeAngle(angle: number): number {
  let a = angle % (2 * Math.PI);
  if (a <= -Math.PI) a += 2 * Math.PI;
  if (a > Math.PI) a -= 2 * Math.PI;
  return a;
}
