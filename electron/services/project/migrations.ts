/**
 * The project file's schema and its upgrades. The schema version lives in SQLite's
 * `PRAGMA user_version`; migration N (1-based: its place in `PROJECT_MIGRATIONS`) takes a file
 * from version N-1 to N. All pending migrations run at open inside ONE immediate transaction, so
 * a failure leaves the file exactly as it was (schema and user_version alike).
 *
 * Adding a migration (annotations, layout history, ...):
 *   1. write it in your own module: `export const annotationsMigration: Migration =
 *      { name: 'annotations', up: `CREATE TABLE ...` }` (SQL text, or a function `(db) => void`
 *      when it must compute something);
 *   2. append ONE line at the END of `PROJECT_MIGRATIONS` below.
 * Never edit, remove or reorder a migration that has shipped: files in the wild already carry its
 * number. Inside a migration you are in a transaction, so `PRAGMA foreign_keys` and
 * `journal_mode` cannot change there; when rebuilding a table use `PRAGMA defer_foreign_keys = ON`.
 */
import type Database from 'better-sqlite3';
import { ProjectFileError } from './errors';
import { annotationFilterIndexesMigration, annotationsMigration } from '../annotations/schema';
import { layoutHistorySchema } from '../layout/schema';

export interface Migration {
  /** Shown in errors: "upgrading to version 3 (layout-history) failed". */
  name: string;
  up: string | ((db: Database.Database) => void);
}

/** Marks a SQLite file as a Spatial Studio project ("SSTD"), so another app's database is refused. */
export const PROJECT_APPLICATION_ID = 0x53535444;

const scenesSchema: Migration = {
  name: 'scenes',
  up: `
    PRAGMA application_id = ${PROJECT_APPLICATION_ID};

    CREATE TABLE scenes (
      id           TEXT PRIMARY KEY NOT NULL,
      source       TEXT NOT NULL,
      point_count  INTEGER NOT NULL CHECK (point_count >= 0),
      object_count INTEGER NOT NULL CHECK (object_count >= 0),
      created_at   TEXT NOT NULL,                 -- ISO 8601, UTC
      -- axis-aligned bounds of all points; NULL for a scene without points
      min_x REAL, min_y REAL, min_z REAL,
      max_x REAL, max_y REAL, max_z REAL,
      notices      TEXT NOT NULL DEFAULT '[]'     -- JSON array of strings
    ) STRICT;

    -- lod 0: every point; lod 1: the display subsample, stored only when smaller than lod 0.
    -- Blobs are little-endian typed-array bytes: float32 xyz, uint8 rgb, uint16 objectId + 1.
    CREATE TABLE scene_points (
      scene_id    TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
      lod         INTEGER NOT NULL CHECK (lod IN (0, 1)),
      point_count INTEGER NOT NULL CHECK (point_count >= 0),
      positions   BLOB NOT NULL,
      colors      BLOB NOT NULL,
      instances   BLOB NOT NULL,
      PRIMARY KEY (scene_id, lod)
    ) STRICT;

    -- Boxes as columns (not JSON) so layout edits update and queries read them directly.
    CREATE TABLE objects (
      scene_id   TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
      id         INTEGER NOT NULL,                -- ScanNet aggregation objectId
      label      TEXT NOT NULL,
      nyu40_id   INTEGER,
      nyu40_name TEXT,
      box_cx REAL NOT NULL, box_cy REAL NOT NULL, box_cz REAL NOT NULL,
      box_dx REAL NOT NULL, box_dy REAL NOT NULL, box_dz REAL NOT NULL,
      box_yaw REAL NOT NULL,
      obb_cx REAL NOT NULL, obb_cy REAL NOT NULL, obb_cz REAL NOT NULL,
      obb_dx REAL NOT NULL, obb_dy REAL NOT NULL, obb_dz REAL NOT NULL,
      obb_yaw REAL NOT NULL,
      points     INTEGER NOT NULL CHECK (points >= 0),
      color_r INTEGER NOT NULL, color_g INTEGER NOT NULL, color_b INTEGER NOT NULL,
      PRIMARY KEY (scene_id, id)
    ) STRICT;
  `,
};

/** Every migration the app knows, oldest first. Append only (see the module comment). */
export const PROJECT_MIGRATIONS: readonly Migration[] = [
  scenesSchema, // 1
  annotationsMigration, // 2
  layoutHistorySchema, // 3
  annotationFilterIndexesMigration, // 4
];

export interface MigrationResult {
  from: number;
  to: number;
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings `db` (opened from `file`, named in errors) up to `migrations.length`. Refuses a file
 * whose version is newer than the app knows: writing to it could break what a newer app stored.
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[] = PROJECT_MIGRATIONS,
): MigrationResult {
  const latest = migrations.length;
  const seen = schemaVersion(db);
  refuseNewer(file, seen, latest);
  if (seen === latest) return { from: seen, to: latest };

  // Immediate: take the write lock before reading the version again, so two processes opening
  // the same old file cannot both run the same migration.
  const upgrade = db.transaction((): MigrationResult => {
    const from = schemaVersion(db);
    refuseNewer(file, from, latest);
    for (let version = from + 1; version <= latest; version++) {
      const migration = migrations[version - 1]!;
      try {
        if (typeof migration.up === 'string') db.exec(migration.up);
        else migration.up(db);
      } catch (cause) {
        const reason = cause instanceof Error ? cause.message : String(cause);
        throw new Error(`${file}: upgrading to version ${version} (${migration.name}) failed: ${reason}`, { cause });
      }
    }
    db.pragma(`user_version = ${latest}`);
    return { from, to: latest };
  });
  return upgrade.immediate();
}

function refuseNewer(file: string, version: number, latest: number): void {
  if (version > latest) {
    throw new ProjectFileError(
      file,
      `project format version ${version} is newer than this app understands (${latest}); open it with a newer Spatial Studio`,
    );
  }
}
