/**
 * The layout history's tables. The project store owns the file and its numbered migrations; it
 * appends `layoutHistoryMigration` to its list, so this runs once per project file, inside the
 * store's migration transaction. `IF NOT EXISTS` only keeps a test that calls it twice harmless.
 *
 * layout_entries     one row per history entry, every scene's in one table (ids are global)
 * layout_cursor      per scene: the cursor and where redo goes from the original
 * layout_original    per scene: the objects as imported, written once when history begins
 * layout_cache       per scene: the current layout, rewritten with every edit, undo and redo,
 *                    so opening a scene reads one row instead of replaying the history
 * layout_checkpoints per scene: named entries
 * layout_removed     per scene: the project's full `objects` row of an object a layout edit
 *                    removed (obb, colour, points...), so undoing the removal brings it back whole
 *
 * A trigger drops a scene's history when the scene leaves the project (removed, or replaced by a
 * new import): the history's original would no longer match the scene's objects.
 */
import type { Database } from 'better-sqlite3';

/** The entry for the project store's `PROJECT_MIGRATIONS` list. */
export const layoutHistorySchema = { name: 'layout-history', up: layoutHistoryMigration } as const;

export function layoutHistoryMigration(db: Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS layout_entries (
      id       INTEGER PRIMARY KEY,
      scene_id TEXT    NOT NULL,
      parent   INTEGER REFERENCES layout_entries(id),
      next     INTEGER,                 -- the child redo goes to; kept by code, not a foreign key
      kind     TEXT    NOT NULL,
      origin   TEXT    NOT NULL,
      text     TEXT,
      time     INTEGER NOT NULL,
      forward  TEXT    NOT NULL,
      inverse  TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS layout_entries_by_scene ON layout_entries (scene_id, id);
    -- Lets SQLite check the parent foreign key on delete without scanning the table.
    CREATE INDEX IF NOT EXISTS layout_entries_by_parent ON layout_entries (parent);

    CREATE TABLE IF NOT EXISTS layout_cursor (
      scene_id  TEXT PRIMARY KEY,
      cursor    INTEGER REFERENCES layout_entries(id),
      root_next INTEGER REFERENCES layout_entries(id)
    ) STRICT;

    CREATE TABLE IF NOT EXISTS layout_original (
      scene_id TEXT PRIMARY KEY,
      objects  TEXT    NOT NULL,
      began    INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE IF NOT EXISTS layout_cache (
      scene_id TEXT PRIMARY KEY,
      cursor   INTEGER,
      objects  TEXT NOT NULL
    ) STRICT;

    CREATE TABLE IF NOT EXISTS layout_checkpoints (
      scene_id TEXT    NOT NULL,
      name     TEXT    NOT NULL,
      entry_id INTEGER REFERENCES layout_entries(id),
      time     INTEGER NOT NULL,
      PRIMARY KEY (scene_id, name)
    ) STRICT;

    CREATE TABLE IF NOT EXISTS layout_removed (
      scene_id  TEXT    NOT NULL,
      object_id INTEGER NOT NULL,
      row       TEXT    NOT NULL,           -- JSON of the objects row as it was
      PRIMARY KEY (scene_id, object_id)
    ) STRICT;
  `);
  // Only where the project's scenes table exists: tests run this migration on a bare file.
  const hasScenes =
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'scenes'").get() !== undefined;
  if (hasScenes) {
    db.exec(`
      CREATE TRIGGER IF NOT EXISTS layout_history_follows_scene AFTER DELETE ON scenes
      BEGIN
        DELETE FROM layout_checkpoints WHERE scene_id = OLD.id;
        DELETE FROM layout_cache       WHERE scene_id = OLD.id;
        DELETE FROM layout_original    WHERE scene_id = OLD.id;
        DELETE FROM layout_cursor      WHERE scene_id = OLD.id;
        DELETE FROM layout_entries     WHERE scene_id = OLD.id;
        DELETE FROM layout_removed     WHERE scene_id = OLD.id;
      END;
    `);
  }
}
