/**
 * The edits a designer, an instruction or the model can make to a layout, and the diff each one
 * means against a given layout. Values are absolute (a move names the new center, a rotate the new
 * yaw); callers that think in deltas (`--by`, `--deg`) add them to the current box first.
 *
 * `place` sets a whole box at once: an instruction's or the model's target box moves and turns an
 * object in one gesture, which must be one entry.
 *
 * `swap` exchanges where two objects stand: each takes the other's footprint center (x, y) and
 * base height (bottom z), keeping its own size, yaw and label. Swapping full centers would sink a
 * short object into the floor or float it when the other is taller; swapping yaw would turn a
 * chair away from the desk it faced.
 */
import type { Box, Vec3 } from '../domain/box';
import { makeDiff, type LayoutDiff } from './diff';
import { LayoutError } from './errors';
import {
  canonicalBox,
  canonicalNumber,
  canonicalVec,
  toLayoutObject,
  type Layout,
  type LayoutObject,
  type LayoutObjectLike,
} from './layout';

export type LayoutEdit =
  | { kind: 'move'; id: number; center: Vec3 }
  | { kind: 'rotate'; id: number; yaw: number }
  | { kind: 'resize'; id: number; size: Vec3 }
  | { kind: 'relabel'; id: number; label: string }
  | { kind: 'place'; id: number; box: Box }
  | { kind: 'add'; object: LayoutObjectLike }
  | { kind: 'remove'; id: number }
  | { kind: 'swap'; a: number; b: number };

export type LayoutEditKind = LayoutEdit['kind'];

export function editToDiff(layout: Layout, edit: LayoutEdit): LayoutDiff {
  switch (edit.kind) {
    case 'move':
      return moveDiff(layout, edit.id, edit.center);
    case 'rotate':
      return rotateDiff(layout, edit.id, edit.yaw);
    case 'resize':
      return resizeDiff(layout, edit.id, edit.size);
    case 'relabel':
      return relabelDiff(layout, edit.id, edit.label);
    case 'place':
      return placeDiff(layout, edit.id, edit.box);
    case 'add':
      return addDiff(layout, edit.object);
    case 'remove':
      return removeDiff(layout, edit.id);
    case 'swap':
      return swapDiff(layout, edit.a, edit.b);
  }
}

export function moveDiff(layout: Layout, id: number, center: Vec3): LayoutDiff {
  const from = objectIn(layout, id);
  return update(from, { ...from.box, center: canonicalVec(center, 'center', id) });
}

export function rotateDiff(layout: Layout, id: number, yaw: number): LayoutDiff {
  const from = objectIn(layout, id);
  return update(from, { ...from.box, yaw: canonicalNumber(yaw, 'yaw', id) });
}

export function resizeDiff(layout: Layout, id: number, size: Vec3): LayoutDiff {
  const from = objectIn(layout, id);
  return update(from, canonicalBox({ ...from.box, size }, id));
}

export function placeDiff(layout: Layout, id: number, box: Box): LayoutDiff {
  return update(objectIn(layout, id), canonicalBox(box, id));
}

export function relabelDiff(layout: Layout, id: number, label: string): LayoutDiff {
  const from = objectIn(layout, id);
  if (typeof label !== 'string' || label.trim() === '') {
    throw new LayoutError('invalid-value', `object ${id}: a label must be a non-empty string`, id);
  }
  return makeDiff({ updated: [[from, { ...from, label }]] });
}

export function addDiff(layout: Layout, object: LayoutObjectLike): LayoutDiff {
  const added = toLayoutObject(object);
  if (layout.has(added.id)) {
    throw new LayoutError('duplicate-object', `cannot add object ${added.id}: the id is taken`, added.id);
  }
  return makeDiff({ added: [added] });
}

export function removeDiff(layout: Layout, id: number): LayoutDiff {
  return makeDiff({ removed: [objectIn(layout, id)] });
}

export function swapDiff(layout: Layout, a: number, b: number): LayoutDiff {
  if (a === b) throw new LayoutError('invalid-value', `cannot swap object ${a} with itself`, a);
  const first = objectIn(layout, a);
  const second = objectIn(layout, b);
  return makeDiff({
    updated: [
      [first, { ...first, box: standWhere(first.box, second.box) }],
      [second, { ...second, box: standWhere(second.box, first.box) }],
    ],
  });
}

/** `box` moved so its footprint center and bottom match `place`'s. */
function standWhere(box: Box, place: Box): Box {
  const bottom = place.center[2] - place.size[2] / 2;
  return canonicalBox({ ...box, center: [place.center[0], place.center[1], bottom + box.size[2] / 2] });
}

function update(from: LayoutObject, box: Box): LayoutDiff {
  return makeDiff({ updated: [[from, { ...from, box }]] });
}

function objectIn(layout: Layout, id: number): LayoutObject {
  const object = layout.get(id);
  if (object === undefined) throw new LayoutError('missing-object', `object ${id} is not in the layout`, id);
  return object;
}
