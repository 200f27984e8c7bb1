/**
 * Layout history as pure logic: what an edit, undo, redo, jump or revert changes, worked out
 * against a `HistorySource` (the SQLite store or the in-memory one) and returned as a
 * `HistoryChange` that the caller writes in one go. Nothing here does I/O, so the durable store
 * and the in-memory history cannot disagree on the rules.
 *
 * The history is a tree, so nothing is ever lost. Every entry knows the entry it was made on top
 * of (`parent`, null for the original layout) and the child redo goes to (`next`). The cursor is
 * the entry whose result is the current layout (null: the original). An edit after undo adds a new
 * child and points `next` at it; the old children stay as a branch that `jump` can restore. The
 * "active line" is the chain from the original following `next` (the root's own `next` is
 * `rootNext`); the cursor is always on it.
 */
import {
  applyDiff,
  diffLayouts,
  diffObjectIds,
  emptyDiff,
  invertDiff,
  isNoopDiff,
  squashDiffs,
  type LayoutDiff,
} from './diff';
import { editToDiff, type LayoutEdit, type LayoutEditKind } from './edits';
import { LayoutError } from './errors';
import type { Layout } from './layout';

export type EditOrigin = 'gizmo' | 'nudge' | 'instruction' | 'model' | 'import' | 'revert';
export type EntryKind = LayoutEditKind | 'revert';

/** Arrow-key nudges of one object no further apart than this merge into one entry. */
export const NUDGE_BURST_MS = 1000;

export interface EntrySummary {
  id: number;
  kind: EntryKind;
  origin: EditOrigin;
  /** The instruction's text, when the edit came from one. */
  text: string | null;
  /** Milliseconds since the epoch; for a merged nudge burst, its last nudge. */
  time: number;
}

export interface HistoryNode {
  id: number;
  parent: number | null;
  next: number | null;
  time: number;
}

export interface HistoryEntry extends EntrySummary, HistoryNode {
  forward: LayoutDiff;
  inverse: LayoutDiff;
}

export interface HistoryPointer {
  /** The entry the current layout is the result of; null when it is the original layout. */
  cursor: number | null;
  /** Where redo goes from the original layout. */
  rootNext: number | null;
}

export interface EditMeta {
  origin: EditOrigin;
  text?: string | null;
  time: number;
}

export interface HistorySource {
  pointer(): HistoryPointer;
  /** Throws LayoutError 'unknown-entry' for an id not in this history. */
  node(id: number): HistoryNode;
  entry(id: number): HistoryEntry;
  /** The id the next new entry gets (ids grow; a store may share them between scenes). */
  nextId(): number;
}

/** Everything one operation changes; the caller writes all of it in one transaction. */
export interface HistoryChange {
  /** Net change from the current layout to the new one. */
  diff: LayoutDiff;
  pointer: HistoryPointer;
  /** Entries to insert, or to overwrite (a nudge burst growing). */
  put: HistoryEntry[];
  /** Existing entries whose `next` changes. */
  links: { id: number; next: number }[];
  /** The entry this operation recorded (new or merged); null when it only moved the cursor. */
  entry: HistoryEntry | null;
  merged: boolean;
}

export interface Checkpoint {
  name: string;
  /** The entry the checkpoint marks; null for the original layout. */
  entryId: number | null;
  time: number;
}

export interface Branch {
  /** The last entry of the branch: jump here (or `restoreBranch`) to bring it back. */
  tip: number;
  /** The active-line entry the branch leaves from; null when it leaves from the original. */
  forkedFrom: number | null;
  /** Entries between the fork and the tip, the tip included. */
  length: number;
  time: number;
}

/** Records an edit made on the current layout; merges it into the last entry for a nudge burst. */
export function planEdit(source: HistorySource, layout: Layout, edit: LayoutEdit, meta: EditMeta): HistoryChange {
  const diff = editToDiff(layout, edit);
  const pointer = source.pointer();
  if (pointer.cursor !== null && edit.kind === 'move') {
    const last = source.entry(pointer.cursor);
    if (continuesNudgeBurst(last, edit.id, meta)) {
      const forward = squashDiffs(last.forward, diff);
      const merged: HistoryEntry = { ...last, forward, inverse: invertDiff(forward), time: meta.time };
      return { diff, pointer, put: [merged], links: [], entry: merged, merged: true };
    }
  }
  if (isNoopDiff(diff)) return unchanged(pointer);
  return appendEntry(source, pointer, diff, {
    kind: edit.kind,
    origin: meta.origin,
    text: meta.text ?? null,
    time: meta.time,
  });
}

/** "Revert scene to original" as one undoable entry; no entry when nothing differs. */
export function planRevert(source: HistorySource, layout: Layout, original: Layout, time: number): HistoryChange {
  const diff = diffLayouts(layout, original);
  const pointer = source.pointer();
  if (isNoopDiff(diff)) return unchanged(pointer);
  return appendEntry(source, pointer, diff, { kind: 'revert', origin: 'revert', text: null, time });
}

/** Steps back one entry; null when the cursor is at the original layout. */
export function planUndo(source: HistorySource): HistoryChange | null {
  const pointer = source.pointer();
  if (pointer.cursor === null) return null;
  const entry = source.entry(pointer.cursor);
  return { ...unchanged({ ...pointer, cursor: entry.parent }), diff: entry.inverse };
}

/** Steps forward along the active line; null at its end. */
export function planRedo(source: HistorySource): HistoryChange | null {
  const pointer = source.pointer();
  const next = pointer.cursor === null ? pointer.rootNext : source.node(pointer.cursor).next;
  if (next === null) return null;
  return { ...unchanged({ ...pointer, cursor: next }), diff: source.entry(next).forward };
}

/**
 * Moves the cursor to any entry (null: the original), on the active line or on a dropped branch.
 * Goes up to the common ancestor undoing, then down redoing; the path down becomes the active
 * line, so redo continues along the restored branch.
 */
export function planJump(source: HistorySource, target: number | null): HistoryChange {
  const pointer = source.pointer();
  if (target !== null) source.node(target);
  if (target === pointer.cursor) return unchanged(pointer);

  const cursorChain = new Set<number | null>(ancestry(source, pointer.cursor));
  const down: number[] = [];
  let meet: number | null = target;
  while (!cursorChain.has(meet)) {
    down.push(meet as number);
    meet = source.node(meet as number).parent;
  }
  down.reverse();

  let diff: LayoutDiff = emptyDiff;
  for (let id = pointer.cursor; id !== meet; id = source.node(id as number).parent) {
    diff = squashDiffs(diff, source.entry(id as number).inverse);
  }
  const links: { id: number; next: number }[] = [];
  let rootNext = pointer.rootNext;
  for (const id of down) {
    const entry = source.entry(id);
    diff = squashDiffs(diff, entry.forward);
    if (entry.parent === null) rootNext = id;
    else if (source.node(entry.parent).next !== id) links.push({ id: entry.parent, next: id });
  }
  return { diff, pointer: { cursor: target, rootNext }, put: [], links, entry: null, merged: false };
}

/** The layout a change leads to. Throws if the change does not fit `layout`. */
export function applyChange(layout: Layout, change: HistoryChange): Layout {
  return applyDiff(layout, change.diff);
}

/** The layout at `cursor`, replayed from the original along the entries' forward diffs. */
export function replay(source: HistorySource, original: Layout, cursor: number | null): Layout {
  const path = ancestry(source, cursor).slice(0, -1).reverse() as number[];
  let layout = original;
  for (const id of path) layout = applyDiff(layout, source.entry(id).forward);
  return layout;
}

/** Entry ids from the original to the end of the active line. */
export function activeLine(nodes: ReadonlyMap<number, HistoryNode>, pointer: HistoryPointer): number[] {
  const line: number[] = [];
  for (let id = pointer.rootNext; id !== null;) {
    line.push(id);
    const node = nodes.get(id);
    if (node === undefined) throw new LayoutError('unknown-entry', `history entry ${id} is missing`);
    id = node.next;
  }
  return line;
}

/** Every dropped branch, one per tip (an entry with no children off the active line). */
export function listBranches(nodes: ReadonlyMap<number, HistoryNode>, pointer: HistoryPointer): Branch[] {
  const onLine = new Set(activeLine(nodes, pointer));
  const branches: Branch[] = [];
  for (const node of nodes.values()) {
    if (node.next !== null || onLine.has(node.id)) continue;
    let length = 0;
    let at: HistoryNode | undefined = node;
    while (at !== undefined && !onLine.has(at.id)) {
      length += 1;
      at = at.parent === null ? undefined : nodes.get(at.parent);
    }
    branches.push({ tip: node.id, forkedFrom: at?.id ?? null, length, time: node.time });
  }
  return branches.sort((a, b) => a.tip - b.tip);
}

export function makeCheckpoint(pointer: HistoryPointer, name: string, time: number): Checkpoint {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new LayoutError('invalid-value', 'a checkpoint needs a non-empty name');
  }
  return { name: name.trim(), entryId: pointer.cursor, time };
}

export function summarize(entry: HistoryEntry): EntrySummary {
  return { id: entry.id, kind: entry.kind, origin: entry.origin, text: entry.text, time: entry.time };
}

/**
 * Whether a nudge extends the burst the last entry holds: both nudges, both moves of this one
 * object, close in time, and the last entry still at the end of its line (merging into an entry
 * with children would change the ground their diffs stand on).
 */
function continuesNudgeBurst(last: HistoryEntry, objectId: number, meta: EditMeta): boolean {
  if (meta.origin !== 'nudge' || last.origin !== 'nudge' || last.kind !== 'move' || last.next !== null) return false;
  const elapsed = meta.time - last.time;
  if (elapsed < 0 || elapsed > NUDGE_BURST_MS) return false;
  const touched = diffObjectIds(last.forward);
  return touched.length === 1 && touched[0] === objectId;
}

function appendEntry(
  source: HistorySource,
  pointer: HistoryPointer,
  diff: LayoutDiff,
  about: Pick<EntrySummary, 'kind' | 'origin' | 'text' | 'time'>,
): HistoryChange {
  const entry: HistoryEntry = {
    id: source.nextId(),
    parent: pointer.cursor,
    next: null,
    ...about,
    forward: diff,
    inverse: invertDiff(diff),
  };
  const links = pointer.cursor === null ? [] : [{ id: pointer.cursor, next: entry.id }];
  const rootNext = pointer.cursor === null ? entry.id : pointer.rootNext;
  return { diff, pointer: { cursor: entry.id, rootNext }, put: [entry], links, entry, merged: false };
}

function unchanged(pointer: HistoryPointer): HistoryChange {
  return { diff: emptyDiff, pointer, put: [], links: [], entry: null, merged: false };
}

/** `id`, its parent, ... up to and including null (the original). */
function ancestry(source: HistorySource, id: number | null): (number | null)[] {
  const chain: (number | null)[] = [];
  for (let at = id; at !== null; at = source.node(at).parent) chain.push(at);
  chain.push(null);
  return chain;
}
