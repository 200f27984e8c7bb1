/**
 * The project file: one SQLite database (better-sqlite3) holding the imported scenes, their
 * points at two levels of detail and their objects. Later services (annotations, layout history)
 * add their tables through `migrations.ts` and share this connection via `store.db`.
 *
 * Writes that belong together run in one transaction (an import is all or nothing). Reads of
 * points return typed arrays straight from the blobs (see `point-blobs.ts`).
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { ImportedScene, PointCloud, SceneObject, SceneSummary } from '../../../common/domain/scene';
import { InputError } from '../../../common/domain/errors';
import { ProjectFileError, ProjectMissingError, SceneExistsError, SceneNotFoundError } from './errors';
import { displaySubsample } from './level-of-detail';
import { migrate, PROJECT_APPLICATION_ID, PROJECT_MIGRATIONS, schemaVersion, type Migration } from './migrations';
import { INSERT_OBJECT_SQL, objectToRow, rowToObject, type ObjectRow } from './object-rows';
import { float32FromBlob, toBlob, uint16FromBlob, uint8FromBlob } from './point-blobs';
import { validateScene, type Bounds } from './scene-validation';

export interface OpenProjectOptions {
  /** Create the file (and its folder) when it does not exist. Default false: a missing file is an error. */
  create?: boolean;
  /** For tests only: the migrations to apply instead of the app's own. */
  migrations?: readonly Migration[];
}

export interface AddScenesOptions {
  /** Overwrite scenes whose id is already stored. Default false: such an id fails the whole import. */
  replace?: boolean;
}

/** A stored scene's record, beyond its summary. */
export interface StoredScene extends SceneSummary {
  source: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  bounds: Bounds | null;
  notices: string[];
}

export type PointLod = 0 | 1;

/** 64 KiB pages: a 1.5M-point scene's blobs span ~400 pages instead of ~6,500 (reads are faster). */
const NEW_FILE_PAGE_SIZE = 65_536;
/** How much of the project file is read through a memory map (address space, not memory). */
const MMAP_BYTES = 1 << 30;
const BUSY_TIMEOUT_MS = 5_000;

interface SceneRow {
  id: string;
  source: string;
  point_count: number;
  object_count: number;
  created_at: string;
  min_x: number | null;
  min_y: number | null;
  min_z: number | null;
  max_x: number | null;
  max_y: number | null;
  max_z: number | null;
  notices: string;
}

interface PointsRow {
  point_count: number;
  positions: Buffer;
  colors: Buffer;
  instances: Buffer;
}

export function openProject(path: string, options: OpenProjectOptions = {}): ProjectStore {
  return ProjectStore.open(path, options);
}

export class ProjectStore {
  /** Absolute path of the project file. */
  readonly path: string;
  /** The open connection, for services that keep their own tables in the project file. */
  readonly db: Database.Database;

  private constructor(path: string, db: Database.Database) {
    this.path = path;
    this.db = db;
  }

  static open(path: string, options: OpenProjectOptions = {}): ProjectStore {
    const file = resolve(path);
    const isNew = !existsSync(file);
    if (isNew && !options.create) throw new ProjectMissingError(file);
    if (!isNew && statSync(file).isDirectory()) throw new ProjectFileError(file, 'is a folder, not a project file');
    if (isNew) mkdirSync(dirname(file), { recursive: true });

    const db = new Database(file);
    try {
      configure(db, file, isNew);
      migrate(db, file, options.migrations ?? PROJECT_MIGRATIONS);
    } catch (error) {
      db.close();
      throw error;
    }
    return new ProjectStore(file, db);
  }

  /**
   * Stores `scenes` in one transaction: if any scene is invalid or (without `replace`) already
   * stored, nothing is written. Each scene gets its display subsample (lod 1) computed here.
   */
  addScenes(scenes: readonly ImportedScene[], options: AddScenesOptions = {}): SceneSummary[] {
    const replace = options.replace ?? false;
    const ids = new Set<string>();
    const bounds = scenes.map((scene, index) => {
      const sceneBounds = validateScene(scene, index);
      if (ids.has(scene.id)) {
        throw new InputError(
          scene.source || scene.id,
          { record: index },
          'id',
          `scene ${scene.id} appears twice in this import`,
        );
      }
      ids.add(scene.id);
      return sceneBounds;
    });
    // Subsample before the transaction: it is the slow part and needs no lock.
    const subsamples = scenes.map((scene) => displaySubsample(scene));

    const insertScene = this.db.prepare(`
      INSERT INTO scenes (id, source, point_count, object_count, created_at,
        min_x, min_y, min_z, max_x, max_y, max_z, notices)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertPoints = this.db.prepare(
      'INSERT INTO scene_points (scene_id, lod, point_count, positions, colors, instances) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertObject = this.db.prepare(INSERT_OBJECT_SQL);
    const deleteScene = this.db.prepare('DELETE FROM scenes WHERE id = ?');
    const createdAt = new Date().toISOString();

    const write = this.db.transaction(() => {
      scenes.forEach((scene, index) => {
        if (this.hasScene(scene.id)) {
          if (!replace) throw new SceneExistsError(scene.id);
          deleteScene.run(scene.id); // cascades to its points and objects
        }
        const box = bounds[index] ?? null;
        insertScene.run(
          scene.id,
          scene.source,
          scene.instances.length,
          scene.objects.length,
          createdAt,
          box?.min[0] ?? null,
          box?.min[1] ?? null,
          box?.min[2] ?? null,
          box?.max[0] ?? null,
          box?.max[1] ?? null,
          box?.max[2] ?? null,
          JSON.stringify(scene.notices ?? []),
        );
        const pointRow = (lod: PointLod, cloud: PointCloud): void => {
          insertPoints.run(
            scene.id,
            lod,
            cloud.instances.length,
            toBlob(cloud.positions),
            toBlob(cloud.colors),
            toBlob(cloud.instances),
          );
        };
        pointRow(0, scene);
        const subsample = subsamples[index];
        if (subsample) pointRow(1, subsample);
        for (const object of scene.objects) insertObject.run(objectToRow(scene.id, object));
      });
    });
    write.immediate();
    // Move the import from the WAL into the main file now: blobs read from the WAL load about
    // twice as slowly, and a scene is read many times after it is imported once.
    this.db.pragma('wal_checkpoint(PASSIVE)');
    return scenes.map((scene) => ({ id: scene.id, points: scene.instances.length, objects: scene.objects.length }));
  }

  listScenes(): SceneSummary[] {
    return this.db
      .prepare<[], SceneSummary>('SELECT id, point_count AS points, object_count AS objects FROM scenes ORDER BY id')
      .all();
  }

  hasScene(sceneId: string): boolean {
    return this.db.prepare('SELECT 1 FROM scenes WHERE id = ?').pluck().get(sceneId) !== undefined;
  }

  getScene(sceneId: string): StoredScene {
    const row = this.db.prepare<[string], SceneRow>('SELECT * FROM scenes WHERE id = ?').get(sceneId);
    if (!row) throw new SceneNotFoundError(sceneId);
    const bounds: Bounds | null =
      row.min_x === null
        ? null
        : { min: [row.min_x, row.min_y!, row.min_z!], max: [row.max_x!, row.max_y!, row.max_z!] };
    return {
      id: row.id,
      points: row.point_count,
      objects: row.object_count,
      source: row.source,
      createdAt: row.created_at,
      bounds,
      notices: JSON.parse(row.notices) as string[],
    };
  }

  /** The scene's objects, ordered by id. */
  getObjects(sceneId: string): SceneObject[] {
    const rows = this.db
      .prepare<[string], ObjectRow>('SELECT * FROM objects WHERE scene_id = ? ORDER BY id')
      .all(sceneId);
    if (rows.length === 0 && !this.hasScene(sceneId)) throw new SceneNotFoundError(sceneId);
    return rows.map(rowToObject);
  }

  /**
   * The scene's points: lod 0 is every point; lod 1 the display subsample (at most
   * `DISPLAY_MAX_POINTS`, the whole cloud when it is no larger). Each array owns its ArrayBuffer.
   */
  getPoints(sceneId: string, lod: PointLod = 0): PointCloud {
    // A scene small enough to show whole has no lod 1 row: the highest stored lod <= asked wins.
    const row = this.db
      .prepare<[string, number], PointsRow>(
        'SELECT point_count, positions, colors, instances FROM scene_points WHERE scene_id = ? AND lod <= ? ORDER BY lod DESC LIMIT 1',
      )
      .get(sceneId, lod);
    if (!row) throw new SceneNotFoundError(sceneId);
    const count = row.point_count;
    if (
      row.positions.byteLength !== count * 12 ||
      row.colors.byteLength !== count * 3 ||
      row.instances.byteLength !== count * 2
    ) {
      throw new ProjectFileError(
        this.path,
        `points of scene ${sceneId} (lod ${lod}) do not match their count ${count}`,
      );
    }
    return {
      positions: float32FromBlob(row.positions),
      colors: uint8FromBlob(row.colors),
      instances: uint16FromBlob(row.instances),
    };
  }

  /** Removes the scene with its points and objects (and, through foreign keys, whatever refers to it). */
  removeScene(sceneId: string): void {
    const { changes } = this.db.prepare('DELETE FROM scenes WHERE id = ?').run(sceneId);
    if (changes === 0) throw new SceneNotFoundError(sceneId);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** Connection settings, and a refusal of SQLite files that are not projects. */
function configure(db: Database.Database, file: string, isNew: boolean): void {
  try {
    // page_size only takes effect before the first table is written, hence only for new files.
    if (isNew) db.pragma(`page_size = ${NEW_FILE_PAGE_SIZE}`);
    db.pragma('journal_mode = WAL');
  } catch (error) {
    if (isSqliteCode(error, 'SQLITE_NOTADB'))
      throw new ProjectFileError(file, 'not a Spatial Studio project (not an SQLite database)');
    throw error;
  }
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  // Safe with WAL: a power cut may lose the last commit, never corrupt the file.
  db.pragma('synchronous = NORMAL');
  // Read pages through a memory map instead of copying each into SQLite's own cache: walking a
  // large table (the review table's deep pages, exports) reads straight from the OS cache. The
  // first page at row 130,000 of 263K annotations went from 64 to 12 ms, later ones from 7 to 2.
  db.pragma(`mmap_size = ${MMAP_BYTES}`);

  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const foreign = applicationId !== 0 && applicationId !== PROJECT_APPLICATION_ID;
  const unmarkedWithTables =
    applicationId === 0 &&
    schemaVersion(db) === 0 &&
    db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() !== 0;
  if (foreign || unmarkedWithTables)
    throw new ProjectFileError(file, 'not a Spatial Studio project (another SQLite database)');
}

function isSqliteCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
