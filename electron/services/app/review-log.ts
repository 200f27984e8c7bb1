/**
 * Review actions on the project's annotations: an AnnotationStore edit plus its notes (the reject
 * reason, the failing checks accepted anyway, an undo mark) written as audit rows of the same
 * revision in ONE transaction, so a crash keeps both or neither. Also counts reviews over time
 * (status changes in the audit trail) for the progress dashboard.
 */
import type Database from 'better-sqlite3';
import type { Annotation } from '../../../common/annotations/annotation';
import type { AnnotationPatch } from '../../../common/annotations/query';
import { REVIEW_NOTE_FIELDS, type ReviewActivity, type ReviewNote } from '../../../common/review/api';
import { AnnotationStore, type AnnotationStoreOptions } from '../annotations/annotation-store';

export interface ReviewInput {
  id: string;
  patch: AnnotationPatch;
  annotator: string | null;
  note?: ReviewNote | undefined;
}

export class ReviewLog {
  private readonly store: AnnotationStore;

  constructor(
    private readonly db: Database.Database,
    private readonly options: AnnotationStoreOptions = {},
  ) {
    this.store = new AnnotationStore({ db }, options);
  }

  apply({ id, patch, annotator, note }: ReviewInput): Annotation {
    const write = this.db.transaction((): Annotation => {
      const before = this.store.get(id);
      const after = this.store.update(id, patch, annotator);
      // A patch that changed nothing made no revision: there is nothing for a note to explain.
      if (after.revision === before.revision || note === undefined) return after;
      const row = this.db.prepare(
        'INSERT INTO annotation_audit (annotation_id, annotator, at, field, old_value, new_value, revision) VALUES (?, ?, ?, ?, NULL, ?, ?)',
      );
      for (const field of REVIEW_NOTE_FIELDS) {
        if (note[field] !== undefined)
          row.run(id, annotator, after.updated_at, field, JSON.stringify(note[field]), after.revision);
      }
      return after;
    });
    return write.immediate();
  }

  activity(bucket: 'day' | 'hour', scene?: string): ReviewActivity[] {
    const width = bucket === 'day' ? 10 : 13;
    const join = scene === undefined ? '' : 'JOIN annotations n ON n.id = a.annotation_id AND n.scene_id = ?';
    return this.db
      .prepare<unknown[], ReviewActivity>(
        `SELECT substr(a.at, 1, ${width}) AS bucket, count(*) AS reviews FROM annotation_audit a ${join}
         WHERE a.field = 'status' GROUP BY bucket ORDER BY bucket`,
      )
      .all(...(scene === undefined ? [] : [scene]));
  }
}
