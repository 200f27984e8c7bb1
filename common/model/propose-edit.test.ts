import { describe, expect, it } from 'vitest';
import { checkPlacement } from '../placement/check';
import { roomFromObjects } from '../placement/room';
import { layoutTarget } from '../templates/layout-targets';
import { shell, thing } from '../templates/testing/objects';
import { proposeEdit, type LayoutReading } from './propose-edit';

// A 6 x 5 m room (shell) with a table, a chair and a cabinet standing on the floor.
const table = thing('table', 3, 2.5, [1.2, 0.8, 0.75], { id: 10 });
const chair = thing('chair', 1, 1, [0.5, 0.5, 0.9], { id: 11 });
const cabinet = thing('cabinet', 5, 4, [0.6, 0.4, 1.0], { id: 12 });
const objects = [...shell(), table, chair, cabinet];
const scene = { objects, room: roomFromObjects(objects) };

const reading = (relation: LayoutReading['relation'], extra: Partial<LayoutReading> = {}): LayoutReading => ({
  target: chair,
  anchor: table,
  relation,
  offset: [0, 0, 0],
  metres: 0,
  ...extra,
});
const isFree = (edit: NonNullable<ReturnType<typeof proposeEdit>>): boolean => {
  const check = checkPlacement(edit.box, {
    ...scene,
    movingId: edit.object,
    ignore: edit.partner ? [edit.partner.id] : [],
  });
  return check.inside && check.collisions.length === 0;
};

describe('proposeEdit', () => {
  it('places a geometric intent exactly where the template engine would', () => {
    const edit = proposeEdit(reading('next to'), objects)!;
    expect(edit).toEqual({
      object: 11,
      box: layoutTarget({ kind: 'next_to', targetId: 11, anchorId: 10 }, scene)!.box,
    });
    expect(isFree(edit)).toBe(true);
  });

  it('a swap carries the partner and its new box', () => {
    const edit = proposeEdit(reading('swap', { anchor: cabinet }), objects)!;
    const truth = layoutTarget({ kind: 'swap', targetId: 11, anchorId: 12 }, scene)!;
    expect(edit.partner).toEqual(truth.partner);
    expect(edit.box).toEqual(truth.box);
    expect(isFree(edit)).toBe(true);
  });

  it('walks the predicted metres towards the anchor for "towards"', () => {
    const edit = proposeEdit(reading('near', { metres: 1 }), objects)!;
    const [x, y] = chair.box.center;
    const moved = Math.hypot(edit.box.center[0] - x, edit.box.center[1] - y);
    expect(moved).toBeGreaterThan(0.85);
    expect(moved).toBeLessThan(1.15);
    const before = Math.hypot(table.box.center[0] - x, table.box.center[1] - y);
    expect(Math.hypot(table.box.center[0] - edit.box.center[0], table.box.center[1] - edit.box.center[1])).toBeLessThan(
      before,
    );
  });

  it('otherwise goes to the free spot nearest the anchor plus the offset, searching wider when it must', () => {
    const near = proposeEdit(reading('none', { offset: [0, 1.2, 0] }), objects)!;
    expect(Math.hypot(near.box.center[0] - 3, near.box.center[1] - 3.7)).toBeLessThanOrEqual(0.6);
    expect(isFree(near)).toBe(true);
    // Two metres past the wall: nothing within 0.6 m, the widened search finds the room's edge.
    const far = proposeEdit(reading('none', { offset: [0, 4.5, 0] }), objects)!;
    expect(far.box.center[1]).toBeLessThan(5);
    expect(isFree(far)).toBe(true);
  });
});
