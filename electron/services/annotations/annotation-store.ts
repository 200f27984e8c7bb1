/**
 * The project's annotations: batch inserts (one transaction each), filtered and paged queries,
 * counts, and review edits that bump the revision and leave an audit trail. Lives on the project
 * store's connection; its tables come from `schema.ts`.
 */
import type Database from 'better-sqlite3';
import { validateAnnotation, type Annotation } from '../../../common/annotations/annotation';
import {
  annotationQuerySchema,
  type AnnotationCount,
  type AnnotationFilter,
  type AnnotationPage,
  type AnnotationPatch,
  type AnnotationQuery,
  type AuditEntry,
} from '../../../common/annotations/query';
import { StudioError } from '../../../common/api/outcome';
import type { ProjectStore } from '../project/project-store';
import { annotationToRow, INSERT_ROW_SQL, rowToAnnotation, ROW_COLUMNS, type AnnotationRow } from './annotation-rows';
import { missingObjects, sceneObjectIds } from './object-references';
import { buildWhere } from './filter-sql';
import { offsetMarks } from './offset-marks';

export interface InsertOptions {
  /** `fail` (default): an id already stored fails the whole batch. `skip`: keep the stored record. */
  onExisting?: 'fail' | 'skip';
}

export interface InsertResult {
  inserted: number;
  skipped: number;
}

export interface AnnotationStoreOptions {
  /** Clock for `updated_at` and audit times (tests pin it). */
  now?: () => string;
}

const PATCH_FIELDS = ['text', 'answer', 'value', 'referents', 'situation', 'status', 'flagged'] as const;

export class AnnotationStore {
  private readonly db: Database.Database;
  private readonly now: () => string;

  constructor(project: ProjectStore | { db: Database.Database }, options: AnnotationStoreOptions = {}) {
    this.db = project.db;
    this.now = options.now ?? (() => new Date().toISOString());
  }

  /**
   * Stores `records` in ONE transaction: a failure anywhere (a conflicting id, a scene that is not
   * in the project, a broken constraint) leaves the table as it was.
   */
  insertMany(records: readonly Annotation[], options: InsertOptions = {}): InsertResult {
    const sql =
      options.onExisting === 'skip' ? INSERT_ROW_SQL.replace('INSERT INTO', 'INSERT OR IGNORE INTO') : INSERT_ROW_SQL;
    const insert = this.db.prepare(sql);
    const write = this.db.transaction(() => {
      const lastRowid = this.db.prepare('SELECT coalesce(max(rowid), 0) FROM annotations').pluck().get() as number;
      let inserted = 0;
      for (const record of records) {
        try {
          inserted += insert.run(annotationToRow(record)).changes;
        } catch (error) {
          throw describeInsertFailure(error, record);
        }
      }
      // New rows get rowids above the old maximum; index their text in one statement (schema.ts says why).
      this.db
        .prepare('INSERT INTO annotations_fts (rowid, text) SELECT rowid, text FROM annotations WHERE rowid > ?')
        .run(lastRowid);
      return inserted;
    });
    const inserted = write.immediate();
    return { inserted, skipped: records.length - inserted };
  }

  /** The ids among `ids` that are already stored. */
  existingIds(ids: Iterable<string>): Set<string> {
    const has = this.db.prepare('SELECT 1 FROM annotations WHERE id = ?').pluck();
    const found = new Set<string>();
    for (const id of ids) if (has.get(id) !== undefined) found.add(id);
    return found;
  }

  get(id: string): Annotation {
    const row = this.db.prepare<[string], AnnotationRow>(`SELECT ${ROW_COLUMNS} FROM annotations WHERE id = ?`).get(id);
    if (!row) throw new StudioError('not_found', `No annotation with id ${id}`);
    return rowToAnnotation(row);
  }

  /**
   * One page of the records matching the filter, in the order they were stored, with the total
   * count. The cursor is the last row's rowid: the next page starts right after it.
   */
  query(input: AnnotationQuery = {}): AnnotationPage {
    const { limit, offset, cursor, withTotal, ...filter } = annotationQuerySchema.parse(input);
    const where = buildWhere(filter);
    const total = withTotal
      ? (this.db.prepare(`SELECT count(*) FROM annotations ${where.sql}`).pluck().get(where.params) as number)
      : null;
    const after = cursor === undefined ? undefined : parseCursor(cursor);
    // An offset page starts from the nearest position an earlier page of this filter found.
    const start = offset ?? 0;
    const marks = after === undefined ? offsetMarks(this.db) : undefined;
    const filterKey = JSON.stringify(where);
    const mark = start > 0 ? marks?.nearest(filterKey, start) : undefined;
    const seekFrom = after ?? (mark ? mark.rowid - 1 : undefined);
    const page = seekFrom === undefined ? where : buildWhere(filter, seekFrom);
    const rows = this.db
      .prepare<unknown[], SeqRow>(
        `SELECT rowid AS seq, ${ROW_COLUMNS} FROM annotations ${page.sql} ORDER BY rowid LIMIT ? OFFSET ?`,
      )
      .all(...page.params, limit, after === undefined ? start - (mark?.position ?? 0) : 0);
    if (marks && rows.length > 0) {
      marks.remember(filterKey, { position: start, rowid: rows[0]!.seq });
      marks.remember(filterKey, { position: start + rows.length - 1, rowid: rows[rows.length - 1]!.seq });
    }
    const last = rows.length === limit ? rows[rows.length - 1] : undefined;
    return { rows: rows.map(rowToAnnotation), total, nextCursor: last ? String(last.seq) : null };
  }

  /** Every matching record in the order they were stored (exports keep file order this way). */
  all(filter: AnnotationFilter = {}): Annotation[] {
    return [...this.batches(filter, Number.MAX_SAFE_INTEGER)].flat();
  }

  /** The matching records in stored order, `size` at a time: large exports never hold them all. */
  *batches(filter: AnnotationFilter = {}, size = 10_000): Generator<Annotation[]> {
    let after = 0;
    for (;;) {
      const where = buildWhere(filter, after);
      const rows = this.db
        .prepare<unknown[], SeqRow>(
          `SELECT rowid AS seq, ${ROW_COLUMNS} FROM annotations ${where.sql} ORDER BY rowid LIMIT ?`,
        )
        .all(...where.params, size);
      if (rows.length === 0) return;
      yield rows.map(rowToAnnotation);
      if (rows.length < size) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  /** Records per scene, task and status (the navigator's badges), optionally for one scene. */
  counts(sceneId?: string): AnnotationCount[] {
    const where = sceneId === undefined ? '' : 'WHERE scene_id = ?';
    return this.db
      .prepare<unknown[], AnnotationCount>(
        `SELECT scene_id, task, status, count(*) AS count FROM annotations ${where}
         GROUP BY scene_id, task, status ORDER BY scene_id, task, status`,
      )
      .all(...(sceneId === undefined ? [] : [sceneId]));
  }

  /**
   * A review edit: applies `patch`, validates the result (value kind fits the task, objects exist
   * in the scene), and in one transaction writes it with annotator, revision + 1 and updated_at,
   * plus one audit row per changed field. A patch that changes nothing writes nothing.
   */
  update(id: string, patch: AnnotationPatch, annotator: string | null): Annotation {
    const apply = this.db.transaction((): Annotation => {
      const before = this.get(id);
      const changed = PATCH_FIELDS.filter(
        (field) => patch[field] !== undefined && JSON.stringify(patch[field]) !== JSON.stringify(before[field]),
      );
      if (changed.length === 0) return before;
      const at = this.now();
      const candidate = {
        ...before,
        ...pick(patch, changed),
        annotator,
        updated_at: at,
        revision: before.revision + 1,
      };
      const checked = validateAnnotation(candidate);
      if (!checked.ok) {
        const issues = checked.issues.map((issue) => ({ path: issue.path, message: issue.message }));
        throw new StudioError(
          'invalid_input',
          `Annotation ${id}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        );
      }
      const missing = missingObjects(checked.value, sceneObjectIds(this.db, before.scene_id));
      if (missing.length > 0) {
        const issues = missing.map((ref) => ({
          path: ref.field,
          message: `object ${ref.id} is not in scene ${before.scene_id}`,
        }));
        throw new StudioError(
          'invalid_input',
          `Annotation ${id}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
          issues,
        );
      }
      const row = annotationToRow(checked.value);
      this.db
        .prepare(
          `UPDATE annotations SET text = @text, answer = @answer, value = @value, referents = @referents,
             situation = @situation, status = @status, flagged = @flagged, annotator = @annotator,
             updated_at = @updated_at, revision = @revision WHERE id = @id`,
        )
        .run(row);
      const audit = this.db.prepare(
        'INSERT INTO annotation_audit (annotation_id, annotator, at, field, old_value, new_value, revision) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const field of changed) {
        audit.run(id, annotator, at, field, jsonOrNull(before[field]), jsonOrNull(checked.value[field]), row.revision);
      }
      return checked.value;
    });
    return apply.immediate();
  }

  /** The audit trail of one record, oldest first. */
  audit(id: string): AuditEntry[] {
    interface AuditRow {
      annotation_id: string;
      annotator: string | null;
      at: string;
      field: string;
      old_value: string | null;
      new_value: string | null;
      revision: number;
    }
    return this.db
      .prepare<[string], AuditRow>(
        'SELECT annotation_id, annotator, at, field, old_value, new_value, revision FROM annotation_audit WHERE annotation_id = ? ORDER BY seq',
      )
      .all(id)
      .map((row) => ({
        annotation_id: row.annotation_id,
        annotator: row.annotator,
        at: row.at,
        field: row.field,
        old: row.old_value === null ? null : JSON.parse(row.old_value),
        new: row.new_value === null ? null : JSON.parse(row.new_value),
        revision: row.revision,
      }));
  }
}

interface SeqRow extends AnnotationRow {
  seq: number;
}

function parseCursor(cursor: string): number {
  const after = Number(cursor);
  if (!Number.isSafeInteger(after) || after < 0)
    throw new StudioError('invalid_input', `Not a page cursor: ${JSON.stringify(cursor)}`);
  return after;
}

function pick(patch: AnnotationPatch, fields: readonly (keyof AnnotationPatch)[]): AnnotationPatch {
  return Object.fromEntries(fields.map((field) => [field, patch[field]]));
}

function jsonOrNull(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(value);
}

/** SQLite's constraint messages name neither the record nor the reason in our terms. */
function describeInsertFailure(error: unknown, record: Annotation): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (message.includes('UNIQUE constraint failed: annotations.id')) {
    return new StudioError('conflict', `annotation ${record.id} is already in the project`);
  }
  if (message.includes('FOREIGN KEY constraint failed')) {
    return new StudioError('not_found', `annotation ${record.id}: scene ${record.scene_id} is not in the project`);
  }
  return new StudioError('failed', `annotation ${record.id}: ${message}`);
}
