/**
 * A scene's layout as layout editing sees it: objects reduced to id, label and box (SPEC §2: edits
 * change `box`), kept in a `ReadonlyMap` keyed by object id. Maps are never mutated; every change
 * makes a new one, so a layout handed out stays valid. Numbers are kept canonical (finite, no -0)
 * because layouts travel through JSON, which cannot carry NaN or ±Infinity and writes -0 as 0; a
 * layout that survives a restart must compare equal to the one written.
 */
import type { Box, Vec3 } from '../domain/box';
import { LayoutError } from './errors';

export interface LayoutObject {
  readonly id: number;
  readonly label: string;
  readonly box: Box;
}

export type Layout = ReadonlyMap<number, LayoutObject>;

/** Anything with an id, label and box: a `SceneObject` from an import qualifies. */
export interface LayoutObjectLike {
  id: number;
  label: string;
  box: Box;
}

/** Copies only id, label and box (a SceneObject carries more), checking every number. */
export function toLayoutObject(object: LayoutObjectLike): LayoutObject {
  if (!Number.isSafeInteger(object.id)) {
    throw new LayoutError('invalid-value', `object id ${String(object.id)} is not an integer`, object.id);
  }
  if (typeof object.label !== 'string') {
    throw new LayoutError('invalid-value', `object ${object.id}: label is not a string`, object.id);
  }
  return { id: object.id, label: object.label, box: canonicalBox(object.box, object.id) };
}

export function layoutFromObjects(objects: Iterable<LayoutObjectLike>): Layout {
  const layout = new Map<number, LayoutObject>();
  for (const object of objects) {
    if (layout.has(object.id)) {
      throw new LayoutError('duplicate-object', `object ${object.id} appears twice`, object.id);
    }
    layout.set(object.id, toLayoutObject(object));
  }
  return sortedLayout(layout);
}

/** The layout's objects ordered by id: the form it is stored and printed in. */
export function layoutObjects(layout: Layout): LayoutObject[] {
  return [...layout.values()].sort((a, b) => a.id - b.id);
}

/** A map whose iteration order is by id, so equal layouts also list equally. */
export function sortedLayout(layout: Layout): Map<number, LayoutObject> {
  return new Map(layoutObjects(layout).map((object) => [object.id, object]));
}

export function sameObject(a: LayoutObject, b: LayoutObject): boolean {
  return a.id === b.id && a.label === b.label && sameBox(a.box, b.box);
}

export function sameBox(a: Box, b: Box): boolean {
  return sameVec(a.center, b.center) && sameVec(a.size, b.size) && a.yaw === b.yaw;
}

export function sameLayout(a: Layout, b: Layout): boolean {
  if (a.size !== b.size) return false;
  for (const [id, object] of a) {
    const other = b.get(id);
    if (other === undefined || !sameObject(object, other)) return false;
  }
  return true;
}

function sameVec(a: Vec3, b: Vec3): boolean {
  return a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

/** A finite number with -0 turned into 0; throws on NaN and ±Infinity. */
export function canonicalNumber(value: number, what: string, objectId?: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new LayoutError('invalid-value', `${what} must be a finite number, got ${String(value)}`, objectId);
  }
  return value === 0 ? 0 : value;
}

export function canonicalVec(value: Vec3, what: string, objectId?: number): Vec3 {
  if (!Array.isArray(value) || value.length !== 3) {
    throw new LayoutError('invalid-value', `${what} must be [x, y, z]`, objectId);
  }
  return [
    canonicalNumber(value[0], `${what}[0]`, objectId),
    canonicalNumber(value[1], `${what}[1]`, objectId),
    canonicalNumber(value[2], `${what}[2]`, objectId),
  ];
}

export function canonicalBox(box: Box, objectId?: number): Box {
  const where = objectId === undefined ? 'box' : `object ${objectId}: box`;
  const size = canonicalVec(box.size, `${where}.size`, objectId);
  if (size.some((extent) => extent < 0)) {
    throw new LayoutError('invalid-value', `${where}.size must not be negative`, objectId);
  }
  return {
    center: canonicalVec(box.center, `${where}.center`, objectId),
    size,
    yaw: canonicalNumber(box.yaw, `${where}.yaw`, objectId),
  };
}
