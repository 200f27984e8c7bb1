import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, diffLayouts, invertDiff, isNoopDiff, makeDiff, squashDiffs } from './diff';
import { editToDiff } from './edits';
import { LayoutError } from './errors';
import { layoutFromObjects, type LayoutObject } from './layout';
import { editIntentArb, layoutArb, resolveIntent } from './testing/arbitraries';

const chair: LayoutObject = { id: 3, label: 'chair', box: { center: [1, 2, 0.4], size: [0.5, 0.5, 0.8], yaw: 0 } };
const table: LayoutObject = { id: 7, label: 'table', box: { center: [0, 0, 0.375], size: [1.2, 0.8, 0.75], yaw: 0 } };
const lamp: LayoutObject = { id: 9, label: 'lamp', box: { center: [2, 2, 0.8], size: [0.3, 0.3, 1.6], yaw: 0 } };
const movedChair: LayoutObject = { ...chair, box: { ...chair.box, center: [1.5, 2, 0.4] } };

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof LayoutError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('applyDiff', () => {
  it('adds, updates and removes, leaving the input layout as it was', () => {
    const layout = layoutFromObjects([chair, table]);
    const next = applyDiff(layout, makeDiff({ added: [lamp], updated: [[chair, movedChair]], removed: [table] }));
    expect([...next.values()]).toEqual([movedChair, lamp]);
    expect([...layout.values()]).toEqual([chair, table]);
  });

  it('lists objects by id whatever order they were added in', () => {
    const layout = applyDiff(layoutFromObjects([table, lamp]), makeDiff({ added: [chair] }));
    expect([...layout.keys()]).toEqual([3, 7, 9]);
  });

  it('refuses a diff that does not fit the layout', () => {
    const layout = layoutFromObjects([chair, table]);
    expect(codeOf(() => applyDiff(layout, makeDiff({ updated: [[lamp, lamp]] })))).toBe('missing-object');
    expect(codeOf(() => applyDiff(layout, makeDiff({ updated: [[movedChair, chair]] })))).toBe('mismatch');
    expect(codeOf(() => applyDiff(layout, makeDiff({ removed: [movedChair] })))).toBe('mismatch');
    expect(codeOf(() => applyDiff(layout, makeDiff({ removed: [lamp] })))).toBe('missing-object');
    expect(codeOf(() => applyDiff(layout, makeDiff({ added: [table] })))).toBe('duplicate-object');
  });

  it('changes nothing when part of a diff does not fit', () => {
    const layout = layoutFromObjects([chair, table]);
    expect(() => applyDiff(layout, makeDiff({ removed: [table], updated: [[lamp, lamp]] }))).toThrow(/object 9/);
    expect([...layout.values()]).toEqual([chair, table]);
  });
});

describe('makeDiff', () => {
  it('refuses an id twice in one diff and an update that changes the id', () => {
    expect(codeOf(() => makeDiff({ added: [chair], removed: [chair] }))).toBe('duplicate-object');
    expect(codeOf(() => makeDiff({ updated: [[chair, { ...chair, id: 4 }]] }))).toBe('mismatch');
  });
});

describe('squashDiffs', () => {
  it('cancels an add that is later removed and turns remove-then-add into an update', () => {
    expect(squashDiffs(makeDiff({ added: [lamp] }), makeDiff({ removed: [lamp] }))).toEqual(makeDiff({}));
    expect(squashDiffs(makeDiff({ removed: [chair] }), makeDiff({ added: [movedChair] }))).toEqual(
      makeDiff({ updated: [[chair, movedChair]] }),
    );
  });

  it('refuses a second diff that does not fit what the first left', () => {
    expect(
      codeOf(() => squashDiffs(makeDiff({ removed: [chair] }), makeDiff({ updated: [[chair, movedChair]] }))),
    ).toBe('missing-object');
    expect(
      codeOf(() => squashDiffs(makeDiff({ updated: [[chair, movedChair]] }), makeDiff({ removed: [chair] }))),
    ).toBe('mismatch');
  });
});

describe('diff laws over random layouts and edits', () => {
  const layoutWithEdits = layoutArb.chain((layout) => fc.tuple(fc.constant(layout), editIntentArb, editIntentArb));

  it('applying a diff and then its inverse gives the layout back exactly', () => {
    fc.assert(
      fc.property(layoutWithEdits, ([layout, intent]) => {
        const diff = editToDiff(layout, resolveIntent(intent, layout));
        expect(applyDiff(applyDiff(layout, diff), invertDiff(diff))).toEqual(layout);
      }),
    );
  });

  it('a squashed diff does what its two parts do in turn', () => {
    fc.assert(
      fc.property(layoutWithEdits, ([layout, first, second]) => {
        const a = editToDiff(layout, resolveIntent(first, layout));
        const middle = applyDiff(layout, a);
        const b = editToDiff(middle, resolveIntent(second, middle));
        expect(applyDiff(layout, squashDiffs(a, b))).toEqual(applyDiff(middle, b));
      }),
    );
  });

  it('diffLayouts turns one layout into the other, and is a no-op between equal layouts', () => {
    fc.assert(
      fc.property(layoutArb, layoutArb, (from, to) => {
        expect(applyDiff(from, diffLayouts(from, to))).toEqual(to);
        expect(isNoopDiff(diffLayouts(from, from))).toBe(true);
      }),
    );
  });
});
