/**
 * The durable layout history (SPEC §5): every edit, undo, redo, jump and revert of a scene's
 * layout is one transaction on the project's SQLite file, so the history and its cursor survive
 * restarts and crashes. The rules live in common/layout/history.ts; this class reads through
 * `SceneHistoryRows`, asks the rules for a `HistoryChange` and writes it with the new current
 * layout (its own cache row, or, in a project, the objects rows through `onLayoutChange`).
 *
 * Durability: each history write runs with `PRAGMA synchronous = FULL`, so its commit is on disk
 * (in WAL mode: the WAL is synced) before `apply`/`undo`/`redo` return, and an acknowledged edit
 * survives a crash or a power cut. The level cannot change inside a transaction, so `write` sets
 * FULL just before BEGIN and puts the connection's own level (the project store's NORMAL) back
 * after COMMIT; other writes on the connection keep theirs. Called inside a caller's open
 * transaction, a history write becomes a savepoint and that transaction's commit decides.
 * Transactions are `BEGIN IMMEDIATE`, so a second process (the CLI beside the app) cannot plan on
 * a cursor that is about to move.
 */
import type { Database } from 'better-sqlite3';
import { emptyDiff, isNoopDiff, type LayoutDiff } from '../../../common/layout/diff';
import type { LayoutEdit } from '../../../common/layout/edits';
import {
  activeLine,
  applyChange,
  listBranches,
  makeCheckpoint,
  planEdit,
  planJump,
  planRedo,
  planRevert,
  planUndo,
  replay,
  summarize,
  type Branch,
  type Checkpoint,
  type EditOrigin,
  type EntrySummary,
  type HistoryChange,
  type HistoryEntry,
} from '../../../common/layout/history';
import { layoutFromObjects, type Layout, type LayoutObjectLike } from '../../../common/layout/layout';
import { HistoryStatements, SceneHistoryRows, layoutToJson } from './history-rows';

export interface EditResult {
  /** The entry recorded (a merged nudge burst returns its one entry); null when nothing changed. */
  entry: EntrySummary | null;
  cursor: number | null;
  /** What changed in the layout: hand it to the UI as is. */
  diff: LayoutDiff;
  merged: boolean;
}

export interface MoveResult {
  cursor: number | null;
  diff: LayoutDiff;
  /** False when there was nothing to undo or redo. */
  changed: boolean;
}

export interface HistoryView {
  cursor: number | null;
  canUndo: boolean;
  canRedo: boolean;
  /** The active line, oldest first: what undo and redo walk along. */
  entries: EntrySummary[];
}

export interface OpenedScene {
  layout: Layout;
  cursor: number | null;
  canUndo: boolean;
  canRedo: boolean;
}

export interface LayoutHistoryOptions {
  /** Clock for entry times (ms since the epoch); tests pass their own to drive nudge merging. */
  now?: () => number;
  /**
   * Called inside each history transaction with the change made to a scene's layout, so the
   * project store can mirror it (its `objects` rows) atomically with the history.
   */
  onLayoutChange?: (sceneId: string, diff: LayoutDiff) => void;
  /**
   * Reads a scene's current layout where `onLayoutChange` keeps it (the project's objects rows,
   * written in the same transaction as the history). With it, no per-scene cached layout is
   * written: each durable edit commits one page fewer. Without it (a bare history file), the
   * store keeps its own cache row.
   */
  currentLayout?: (sceneId: string) => Layout;
}

export class LayoutHistoryStore {
  private readonly sql: HistoryStatements;
  private readonly now: () => number;
  private readonly onLayoutChange: ((sceneId: string, diff: LayoutDiff) => void) | undefined;
  private readonly keptLayout: ((sceneId: string) => Layout) | undefined;

  constructor(
    private readonly db: Database,
    options: LayoutHistoryOptions = {},
  ) {
    this.sql = new HistoryStatements(db);
    this.now = options.now ?? Date.now;
    this.onLayoutChange = options.onLayoutChange;
    this.keptLayout = options.currentLayout;
  }

  /**
   * Starts a scene's history with its imported objects as the original layout. Does nothing and
   * returns false when the scene already has one: the original is written once.
   */
  begin(sceneId: string, original: Iterable<LayoutObjectLike>): boolean {
    const layout = layoutFromObjects(original);
    return this.write(() => {
      if (this.hasHistory(sceneId)) return false;
      const json = layoutToJson(layout);
      this.sql.insertOriginal.run(sceneId, json, this.now());
      this.sql.insertPointer.run(sceneId);
      if (!this.keptLayout) this.sql.putCache.run(sceneId, null, json);
      return true;
    });
  }

  hasHistory(sceneId: string): boolean {
    return this.sql.pointer.get(sceneId) !== undefined;
  }

  apply(sceneId: string, edit: LayoutEdit, meta: { origin: EditOrigin; text?: string | null }): EditResult {
    return this.write(() => {
      const rows = this.rows(sceneId);
      const layout = this.layoutAt(rows);
      return toEditResult(this.commit(rows, layout, planEdit(rows, layout, edit, { ...meta, time: this.now() })));
    });
  }

  /** Records "revert scene to original" as one undoable entry (none when nothing differs). */
  revertToOriginal(sceneId: string): EditResult {
    return this.write(() => {
      const rows = this.rows(sceneId);
      const layout = this.layoutAt(rows);
      return toEditResult(this.commit(rows, layout, planRevert(rows, layout, rows.original(), this.now())));
    });
  }

  undo(sceneId: string): MoveResult {
    return this.move(sceneId, (rows) => planUndo(rows));
  }

  redo(sceneId: string): MoveResult {
    return this.move(sceneId, (rows) => planRedo(rows));
  }

  /** Moves the cursor to any entry, on the active line or a dropped branch; null: the original. */
  jumpTo(sceneId: string, entryId: number | null): MoveResult {
    return this.move(sceneId, (rows) => planJump(rows, entryId));
  }

  /** Brings a dropped branch back (see `branches`): its tip becomes the cursor and the active line. */
  restoreBranch(sceneId: string, tip: number): MoveResult {
    return this.jumpTo(sceneId, tip);
  }

  /** Names the current cursor; a name used before moves to here. */
  checkpoint(sceneId: string, name: string): Checkpoint {
    return this.write(() => {
      const rows = this.rows(sceneId);
      const mark = makeCheckpoint(rows.pointer(), name, this.now());
      rows.putCheckpoint(mark);
      return mark;
    });
  }

  checkpoints(sceneId: string): Checkpoint[] {
    return this.rows(sceneId).checkpoints();
  }

  jumpToCheckpoint(sceneId: string, name: string): MoveResult {
    return this.move(sceneId, (rows) => planJump(rows, rows.checkpoint(name).entryId));
  }

  history(sceneId: string): HistoryView {
    return this.read(() => {
      const rows = this.rows(sceneId);
      const pointer = rows.pointer();
      const all = rows.summaries();
      const byId = new Map(all.map((row) => [row.id, row]));
      const line = activeLine(byId, pointer);
      const cursorIndex = pointer.cursor === null ? -1 : line.indexOf(pointer.cursor);
      return {
        cursor: pointer.cursor,
        canUndo: pointer.cursor !== null,
        canRedo: cursorIndex < line.length - 1,
        entries: line.map((id) => {
          const { kind, origin, text, time } = byId.get(id)!;
          return { id, kind, origin, text, time };
        }),
      };
    });
  }

  /** Entries dropped by an edit after undo, one branch per tip. */
  branches(sceneId: string): Branch[] {
    return this.read(() => {
      const rows = this.rows(sceneId);
      const all = rows.summaries();
      return listBranches(new Map(all.map((row) => [row.id, row])), rows.pointer());
    });
  }

  /** One entry in full, diffs included. */
  entry(sceneId: string, entryId: number): HistoryEntry {
    return this.rows(sceneId).entry(entryId);
  }

  currentLayout(sceneId: string): Layout {
    return this.read(() => this.layoutAt(this.rows(sceneId)));
  }

  /** What a UI needs when a scene opens: the cached layout and where undo and redo stand. */
  open(sceneId: string): OpenedScene {
    return this.read(() => {
      const rows = this.rows(sceneId);
      const pointer = rows.pointer();
      const next = pointer.cursor === null ? pointer.rootNext : rows.node(pointer.cursor).next;
      return {
        layout: this.layoutAt(rows),
        cursor: pointer.cursor,
        canUndo: pointer.cursor !== null,
        canRedo: next !== null,
      };
    });
  }

  originalLayout(sceneId: string): Layout {
    return this.rows(sceneId).original();
  }

  /** The current layout rebuilt from the original by replaying the entries up to the cursor. */
  replayLayout(sceneId: string): Layout {
    return this.read(() => {
      const rows = this.rows(sceneId);
      return replay(rows, rows.original(), rows.pointer().cursor);
    });
  }

  /** Deletes a scene's whole history (the scene left the project). */
  drop(sceneId: string): void {
    this.write(() => {
      for (const statement of this.sql.dropScene) statement.run(sceneId);
    });
  }

  private move(sceneId: string, plan: (rows: SceneHistoryRows) => HistoryChange | null): MoveResult {
    return this.write(() => {
      const rows = this.rows(sceneId);
      const change = plan(rows);
      if (change === null) return { cursor: rows.pointer().cursor, diff: emptyDiff, changed: false };
      this.commit(rows, this.layoutAt(rows), change);
      return { cursor: change.pointer.cursor, diff: change.diff, changed: true };
    });
  }

  private commit(rows: SceneHistoryRows, layout: Layout, change: HistoryChange): HistoryChange {
    // Checks the change against the current layout (an undo whose inverse no longer fits fails whole).
    const next = applyChange(layout, change);
    for (const entry of change.put) rows.put(entry);
    for (const link of change.links) rows.link(link.id, link.next);
    rows.setPointer(change.pointer);
    if (!this.keptLayout) rows.cache(change.pointer.cursor, next);
    if (this.onLayoutChange && !isNoopDiff(change.diff)) this.onLayoutChange(rows.sceneId, change.diff);
    return change;
  }

  /**
   * The current layout: where the caller keeps it, else the cached layout, else (the cache does
   * not match the cursor: never, short of a foreign write) a replay.
   */
  private layoutAt(rows: SceneHistoryRows): Layout {
    if (this.keptLayout) return this.keptLayout(rows.sceneId);
    const cursor = rows.pointer().cursor;
    return rows.cachedAt(cursor) ?? replay(rows, rows.original(), cursor);
  }

  private rows(sceneId: string): SceneHistoryRows {
    return new SceneHistoryRows(this.sql, sceneId);
  }

  private write<T>(work: () => T): T {
    if (this.db.inTransaction) return this.db.transaction(work)();
    const level = this.db.pragma('synchronous', { simple: true }) as number;
    if (level !== FULL) this.db.pragma('synchronous = FULL');
    try {
      return this.db.transaction(work).immediate();
    } finally {
      if (level !== FULL) this.db.pragma(`synchronous = ${level}`);
    }
  }

  /** Reads that touch several rows run in one (deferred) transaction so they see one state. */
  private read<T>(work: () => T): T {
    return this.db.inTransaction ? work() : this.db.transaction(work).deferred();
  }
}

/** SQLite's number for `synchronous = FULL`. */
const FULL = 2;

function toEditResult(change: HistoryChange): EditResult {
  return {
    entry: change.entry && summarize(change.entry),
    cursor: change.pointer.cursor,
    diff: change.diff,
    merged: change.merged,
  };
}
