import type { Box } from '../domain/box';
import { describe, expect, it } from 'vitest';
import { applyDiff } from './diff';
import { editToDiff, swapDiff } from './edits';
import { LayoutError } from './errors';
import { layoutFromObjects, type LayoutObject } from './layout';

const chair: LayoutObject = { id: 1, label: 'chair', box: { center: [1, 2, 0.4], size: [0.5, 0.5, 0.8], yaw: 0.5 } };
const table: LayoutObject = { id: 2, label: 'table', box: { center: [3, 0, 0.5], size: [1.2, 0.8, 0.75], yaw: 0 } };
const layout = layoutFromObjects([chair, table]);

describe('edits', () => {
  it('move, rotate, resize, relabel and place change only what they name', () => {
    const after = (edit: Parameters<typeof editToDiff>[1]) => applyDiff(layout, editToDiff(layout, edit)).get(1);
    expect(after({ kind: 'move', id: 1, center: [0, 0, 0.4] })?.box).toEqual({ ...chair.box, center: [0, 0, 0.4] });
    expect(after({ kind: 'rotate', id: 1, yaw: 1 })?.box).toEqual({ ...chair.box, yaw: 1 });
    expect(after({ kind: 'resize', id: 1, size: [1, 1, 1] })?.box).toEqual({ ...chair.box, size: [1, 1, 1] });
    expect(after({ kind: 'relabel', id: 1, label: 'armchair' })).toEqual({ ...chair, label: 'armchair' });
    const box: Box = { center: [5, 5, 0.4], size: [0.5, 0.5, 0.8], yaw: 2 };
    expect(after({ kind: 'place', id: 1, box })?.box).toEqual(box);
  });

  it('swap exchanges footprint centers and base heights, keeping sizes and yaws', () => {
    const next = applyDiff(layout, swapDiff(layout, 1, 2));
    // The table's bottom is at 0.125, so the chair stands there: 0.125 + 0.8 / 2.
    expect(next.get(1)?.box).toEqual({ center: [3, 0, 0.525], size: [0.5, 0.5, 0.8], yaw: 0.5 });
    expect(next.get(2)?.box).toEqual({ center: [1, 2, 0.375], size: [1.2, 0.8, 0.75], yaw: 0 });
  });

  it('stores -0 as 0 so a layout compares equal after a JSON round trip', () => {
    const next = applyDiff(layout, editToDiff(layout, { kind: 'move', id: 2, center: [-0, 1, 0.5] }));
    expect(Object.is(next.get(2)?.box.center[0], 0)).toBe(true);
  });

  it('refuses impossible edits with a LayoutError naming the object', () => {
    const attempts: Parameters<typeof editToDiff>[1][] = [
      { kind: 'move', id: 9, center: [0, 0, 0] },
      { kind: 'move', id: 1, center: [Number.NaN, 0, 0] },
      { kind: 'rotate', id: 1, yaw: Number.POSITIVE_INFINITY },
      { kind: 'resize', id: 1, size: [-1, 1, 1] },
      { kind: 'relabel', id: 1, label: ' ' },
      { kind: 'add', object: table },
      { kind: 'swap', a: 1, b: 1 },
    ];
    for (const edit of attempts) {
      expect(() => editToDiff(layout, edit)).toThrow(LayoutError);
    }
    expect(() => editToDiff(layout, { kind: 'remove', id: 9 })).toThrow(/object 9/);
  });
});
