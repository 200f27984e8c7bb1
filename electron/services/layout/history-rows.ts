/**
 * The SQL side of one scene's history: prepared statements and the mapping between rows and the
 * types of common/layout. `SceneHistoryRows` is the `HistorySource` the pure rules read through.
 * Diffs and layouts are stored as JSON written by this module only, so they are read back without
 * re-validation; numbers in them are canonical (common/layout/layout.ts), so JSON round-trips them
 * exactly.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { LayoutDiff } from '../../../common/layout/diff';
import { LayoutError } from '../../../common/layout/errors';
import type {
  Checkpoint,
  EditOrigin,
  EntryKind,
  EntrySummary,
  HistoryEntry,
  HistoryNode,
  HistoryPointer,
  HistorySource,
} from '../../../common/layout/history';
import { layoutObjects, type Layout, type LayoutObject } from '../../../common/layout/layout';

interface EntryRow {
  id: number;
  parent: number | null;
  next: number | null;
  kind: EntryKind;
  origin: EditOrigin;
  text: string | null;
  time: number;
  forward: string;
  inverse: string;
}

type SummaryRow = Omit<EntryRow, 'forward' | 'inverse'>;

export function layoutToJson(layout: Layout): string {
  return JSON.stringify(layoutObjects(layout));
}

export function layoutFromJson(json: string): Layout {
  const objects = JSON.parse(json) as LayoutObject[];
  return new Map(objects.map((object) => [object.id, object]));
}

/** Every statement the store runs, prepared once per connection. */
export class HistoryStatements {
  readonly pointer: Statement<[string], { cursor: number | null; root_next: number | null }>;
  readonly setPointer: Statement<[number | null, number | null, string]>;
  readonly insertPointer: Statement<[string]>;
  readonly node: Statement<[number, string], HistoryNode>;
  readonly entry: Statement<[number, string], EntryRow>;
  readonly putEntry: Statement<
    [number, string, number | null, number | null, string, string, string | null, number, string, string]
  >;
  readonly setNext: Statement<[number, number, string]>;
  readonly lastId: Statement<[], { id: number | null }>;
  readonly summaries: Statement<[string], SummaryRow>;
  readonly original: Statement<[string], { objects: string }>;
  readonly insertOriginal: Statement<[string, string, number]>;
  readonly cache: Statement<[string], { cursor: number | null; objects: string }>;
  readonly putCache: Statement<[string, number | null, string]>;
  readonly checkpoints: Statement<[string], { name: string; entry_id: number | null; time: number }>;
  readonly checkpoint: Statement<[string, string], { name: string; entry_id: number | null; time: number }>;
  readonly putCheckpoint: Statement<[string, string, number | null, number]>;
  readonly dropScene: Statement[];

  constructor(db: Database) {
    this.pointer = db.prepare('SELECT cursor, root_next FROM layout_cursor WHERE scene_id = ?');
    this.setPointer = db.prepare('UPDATE layout_cursor SET cursor = ?, root_next = ? WHERE scene_id = ?');
    this.insertPointer = db.prepare('INSERT INTO layout_cursor (scene_id, cursor, root_next) VALUES (?, NULL, NULL)');
    this.node = db.prepare('SELECT id, parent, next, time FROM layout_entries WHERE id = ? AND scene_id = ?');
    this.entry = db.prepare(
      'SELECT id, parent, next, kind, origin, text, time, forward, inverse FROM layout_entries WHERE id = ? AND scene_id = ?',
    );
    this.putEntry = db.prepare(
      // An upsert, not INSERT OR REPLACE: replacing deletes the row first, which foreign keys
      // pointing at it (cursor, children, checkpoints) would see.
      `INSERT INTO layout_entries (id, scene_id, parent, next, kind, origin, text, time, forward, inverse)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET next = excluded.next, time = excluded.time,
         forward = excluded.forward, inverse = excluded.inverse`,
    );
    this.setNext = db.prepare('UPDATE layout_entries SET next = ? WHERE id = ? AND scene_id = ?');
    this.lastId = db.prepare('SELECT max(id) AS id FROM layout_entries');
    this.summaries = db.prepare(
      'SELECT id, parent, next, kind, origin, text, time FROM layout_entries WHERE scene_id = ? ORDER BY id',
    );
    this.original = db.prepare('SELECT objects FROM layout_original WHERE scene_id = ?');
    this.insertOriginal = db.prepare('INSERT INTO layout_original (scene_id, objects, began) VALUES (?, ?, ?)');
    this.cache = db.prepare('SELECT cursor, objects FROM layout_cache WHERE scene_id = ?');
    this.putCache = db.prepare('INSERT OR REPLACE INTO layout_cache (scene_id, cursor, objects) VALUES (?, ?, ?)');
    this.checkpoints = db.prepare(
      'SELECT name, entry_id, time FROM layout_checkpoints WHERE scene_id = ? ORDER BY time, name',
    );
    this.checkpoint = db.prepare('SELECT name, entry_id, time FROM layout_checkpoints WHERE scene_id = ? AND name = ?');
    this.putCheckpoint = db.prepare(
      'INSERT OR REPLACE INTO layout_checkpoints (scene_id, name, entry_id, time) VALUES (?, ?, ?, ?)',
    );
    this.dropScene = [
      'layout_checkpoints',
      'layout_cache',
      'layout_original',
      'layout_cursor',
      'layout_entries',
      'layout_removed',
    ].map((table) => db.prepare(`DELETE FROM ${table} WHERE scene_id = ?`));
  }
}

/** One scene's history as the pure rules see it. */
export class SceneHistoryRows implements HistorySource {
  constructor(
    private readonly sql: HistoryStatements,
    readonly sceneId: string,
  ) {}

  pointer(): HistoryPointer {
    const row = this.sql.pointer.get(this.sceneId);
    if (row === undefined) {
      throw new LayoutError('no-history', `scene ${this.sceneId} has no layout history (begin it first)`);
    }
    return { cursor: row.cursor, rootNext: row.root_next };
  }

  node(id: number): HistoryNode {
    const row = this.sql.node.get(id, this.sceneId);
    if (row === undefined) throw unknownEntry(this.sceneId, id);
    return row;
  }

  entry(id: number): HistoryEntry {
    const row = this.sql.entry.get(id, this.sceneId);
    if (row === undefined) throw unknownEntry(this.sceneId, id);
    return {
      ...row,
      forward: JSON.parse(row.forward) as LayoutDiff,
      inverse: JSON.parse(row.inverse) as LayoutDiff,
    };
  }

  nextId(): number {
    return (this.sql.lastId.get()?.id ?? 0) + 1;
  }

  put(entry: HistoryEntry): void {
    this.sql.putEntry.run(
      entry.id,
      this.sceneId,
      entry.parent,
      entry.next,
      entry.kind,
      entry.origin,
      entry.text,
      entry.time,
      JSON.stringify(entry.forward),
      JSON.stringify(entry.inverse),
    );
  }

  link(id: number, next: number): void {
    this.sql.setNext.run(next, id, this.sceneId);
  }

  setPointer(pointer: HistoryPointer): void {
    this.sql.setPointer.run(pointer.cursor, pointer.rootNext, this.sceneId);
  }

  /** Id, links and summary of every entry of the scene, in id order. */
  summaries(): (HistoryNode & EntrySummary)[] {
    return this.sql.summaries.all(this.sceneId);
  }

  original(): Layout {
    const row = this.sql.original.get(this.sceneId);
    if (row === undefined) throw new LayoutError('no-history', `scene ${this.sceneId} has no layout history`);
    return layoutFromJson(row.objects);
  }

  /** The cached layout, when it was written at `cursor` (it always is, short of a foreign write). */
  cachedAt(cursor: number | null): Layout | null {
    const row = this.sql.cache.get(this.sceneId);
    return row !== undefined && row.cursor === cursor ? layoutFromJson(row.objects) : null;
  }

  cache(cursor: number | null, layout: Layout): void {
    this.sql.putCache.run(this.sceneId, cursor, layoutToJson(layout));
  }

  checkpoints(): Checkpoint[] {
    return this.sql.checkpoints.all(this.sceneId).map(toCheckpoint);
  }

  checkpoint(name: string): Checkpoint {
    const row = this.sql.checkpoint.get(this.sceneId, name);
    if (row === undefined) {
      throw new LayoutError('unknown-checkpoint', `scene ${this.sceneId} has no checkpoint named "${name}"`);
    }
    return toCheckpoint(row);
  }

  putCheckpoint(mark: Checkpoint): void {
    this.sql.putCheckpoint.run(this.sceneId, mark.name, mark.entryId, mark.time);
  }
}

function toCheckpoint(row: { name: string; entry_id: number | null; time: number }): Checkpoint {
  return { name: row.name, entryId: row.entry_id, time: row.time };
}

function unknownEntry(sceneId: string, id: number): LayoutError {
  return new LayoutError('unknown-entry', `scene ${sceneId} has no history entry ${id}`);
}
