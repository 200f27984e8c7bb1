/**
 * The unit of change of a layout (after tldraw's RecordsDiff): objects added, updated as
 * `[from, to]`, and removed. One diff type serves the edit, its inverse, the SQLite row and the UI
 * update. Lists are sorted by object id and an id appears at most once in a diff, so equal diffs
 * serialise equally. An update may have `from` equal to `to` (a nudge burst that came back to its
 * start): it is kept so the entry still says which object it was about.
 */
import { LayoutError } from './errors';
import { sameObject, type Layout, type LayoutObject } from './layout';

export type LayoutUpdate = readonly [from: LayoutObject, to: LayoutObject];

export interface LayoutDiff {
  readonly added: readonly LayoutObject[];
  readonly updated: readonly LayoutUpdate[];
  readonly removed: readonly LayoutObject[];
}

export const emptyDiff: LayoutDiff = Object.freeze({ added: [], updated: [], removed: [] });

/** Builds a diff from unordered parts, sorting them and checking no id appears twice. */
export function makeDiff(parts: {
  added?: Iterable<LayoutObject>;
  updated?: Iterable<LayoutUpdate>;
  removed?: Iterable<LayoutObject>;
}): LayoutDiff {
  const added = [...(parts.added ?? [])].sort(byId);
  const updated = [...(parts.updated ?? [])].sort((a, b) => a[0].id - b[0].id);
  const removed = [...(parts.removed ?? [])].sort(byId);
  const seen = new Set<number>();
  const claim = (id: number): void => {
    if (seen.has(id)) throw new LayoutError('duplicate-object', `object ${id} appears twice in one diff`, id);
    seen.add(id);
  };
  for (const object of added) claim(object.id);
  for (const object of removed) claim(object.id);
  for (const [from, to] of updated) {
    if (from.id !== to.id) {
      throw new LayoutError('mismatch', `update changes object id ${from.id} to ${to.id}`, from.id);
    }
    claim(from.id);
  }
  return { added, updated, removed };
}

/**
 * Applies a diff, returning a new layout (the input is not touched). Fails with a LayoutError when
 * the diff does not fit: removing or updating an object that is missing or differs from the diff's
 * `from`, or adding one that is already there. Checks run before anything changes.
 */
export function applyDiff(layout: Layout, diff: LayoutDiff): Layout {
  for (const object of diff.removed) expectPresent(layout, object, 'remove');
  for (const [from] of diff.updated) expectPresent(layout, from, 'update');
  for (const object of diff.added) {
    if (layout.has(object.id)) {
      throw new LayoutError(
        'duplicate-object',
        `cannot add object ${object.id}: it is already in the layout`,
        object.id,
      );
    }
  }
  const next = new Map(layout);
  for (const object of diff.removed) next.delete(object.id);
  for (const [, to] of diff.updated) next.set(to.id, to);
  if (diff.added.length === 0) return next;
  for (const object of diff.added) next.set(object.id, object);
  // Keep iteration by id so a layout reached by any path lists its objects in one order.
  return new Map([...next.entries()].sort((a, b) => a[0] - b[0]));
}

export function invertDiff(diff: LayoutDiff): LayoutDiff {
  return {
    added: diff.removed,
    updated: diff.updated.map(([from, to]) => [to, from] as const),
    removed: diff.added,
  };
}

/**
 * One diff with the effect of `a` then `b`. An object added by `a` and removed by `b` vanishes;
 * removed then added becomes an update; chained updates keep the first `from` and the last `to`.
 * Throws when `b` does not fit what `a` left (e.g. `b` updates an object `a` removed).
 */
export function squashDiffs(a: LayoutDiff, b: LayoutDiff): LayoutDiff {
  const added = new Map(a.added.map((o) => [o.id, o]));
  const removed = new Map(a.removed.map((o) => [o.id, o]));
  const updated = new Map<number, LayoutUpdate>(a.updated.map((u) => [u[0].id, u]));

  for (const object of b.added) {
    const gone = removed.get(object.id);
    if (gone !== undefined) {
      removed.delete(object.id);
      updated.set(object.id, [gone, object]);
    } else if (added.has(object.id) || updated.has(object.id)) {
      throw new LayoutError(
        'duplicate-object',
        `cannot add object ${object.id}: the first diff left it in place`,
        object.id,
      );
    } else {
      added.set(object.id, object);
    }
  }
  for (const [from, to] of b.updated) {
    const id = from.id;
    expectNotRemoved(removed, id, 'update');
    const wasAdded = added.get(id);
    const wasUpdated = updated.get(id);
    if (wasAdded !== undefined) {
      expectSame(wasAdded, from, 'update');
      added.set(id, to);
    } else if (wasUpdated !== undefined) {
      expectSame(wasUpdated[1], from, 'update');
      updated.set(id, [wasUpdated[0], to]);
    } else {
      updated.set(id, [from, to]);
    }
  }
  for (const object of b.removed) {
    const id = object.id;
    expectNotRemoved(removed, id, 'remove');
    const wasAdded = added.get(id);
    const wasUpdated = updated.get(id);
    if (wasAdded !== undefined) {
      expectSame(wasAdded, object, 'remove');
      added.delete(id);
    } else if (wasUpdated !== undefined) {
      expectSame(wasUpdated[1], object, 'remove');
      updated.delete(id);
      removed.set(id, wasUpdated[0]);
    } else {
      removed.set(id, object);
    }
  }
  return makeDiff({ added: added.values(), updated: updated.values(), removed: removed.values() });
}

/** The diff that turns layout `from` into layout `to`. */
export function diffLayouts(from: Layout, to: Layout): LayoutDiff {
  const added: LayoutObject[] = [];
  const updated: LayoutUpdate[] = [];
  const removed: LayoutObject[] = [];
  for (const [id, before] of from) {
    const after = to.get(id);
    if (after === undefined) removed.push(before);
    else if (!sameObject(before, after)) updated.push([before, after]);
  }
  for (const [id, after] of to) if (!from.has(id)) added.push(after);
  return makeDiff({ added, updated, removed });
}

/** True when applying the diff changes nothing (no adds or removes, every update a no-op). */
export function isNoopDiff(diff: LayoutDiff): boolean {
  return (
    diff.added.length === 0 && diff.removed.length === 0 && diff.updated.every(([from, to]) => sameObject(from, to))
  );
}

/** Ids of every object the diff touches, ascending. */
export function diffObjectIds(diff: LayoutDiff): number[] {
  const ids = [...diff.added.map((o) => o.id), ...diff.removed.map((o) => o.id), ...diff.updated.map((u) => u[0].id)];
  return ids.sort((x, y) => x - y);
}

function expectPresent(layout: Layout, expected: LayoutObject, action: string): void {
  const actual = layout.get(expected.id);
  if (actual === undefined) {
    throw new LayoutError(
      'missing-object',
      `cannot ${action} object ${expected.id}: it is not in the layout`,
      expected.id,
    );
  }
  expectSame(actual, expected, action);
}

function expectSame(actual: LayoutObject, expected: LayoutObject, action: string): void {
  if (!sameObject(actual, expected)) {
    throw new LayoutError(
      'mismatch',
      `cannot ${action} object ${expected.id}: the layout holds ${JSON.stringify(actual)}, the diff expects ${JSON.stringify(expected)}`,
      expected.id,
    );
  }
}

function expectNotRemoved(removed: ReadonlyMap<number, LayoutObject>, id: number, action: string): void {
  if (removed.has(id)) {
    throw new LayoutError('missing-object', `cannot ${action} object ${id}: the first diff removed it`, id);
  }
}

function byId(a: LayoutObject, b: LayoutObject): number {
  return a.id - b.id;
}
