/**
 * The annotation tables of the project file (migration "annotations"): one row per MODLE record,
 * its review audit trail, and a full-text index of its text.
 *
 * Scalar fields people filter on are columns; the structured ones (value, referents, source,
 * situation, extra) are JSON text. `source_kind` and `template_id` are generated from `source`, so
 * they can never disagree with it and still have indexes.
 *
 * Text search is FTS5 (external content) rather than LIKE '%…%': over MODLE's 263K records a LIKE
 * scans every row (bench/annotations.bench.ts measures both). Updates and deletes keep the index
 * in step through triggers; INSERTS DO NOT: `AnnotationStore.insertMany` indexes each batch with one
 * INSERT … SELECT, which measured ~70× cheaper than a per-row trigger (60K rows: 0.08 s vs 5.7 s).
 * So rows enter `annotations` only through the store.
 */
import type { Migration } from '../project/migrations';

export const annotationsMigration: Migration = {
  name: 'annotations',
  up: `
    CREATE TABLE annotations (
      id          TEXT PRIMARY KEY NOT NULL,
      scene_id    TEXT NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
      task        TEXT NOT NULL CHECK (task IN ('vqa', 'grounding', 'caption', 'distance', 'layout_edit')),
      text        TEXT NOT NULL,
      answer      TEXT NOT NULL,
      value       TEXT NOT NULL,                 -- JSON, by task
      referents   TEXT NOT NULL,                 -- JSON [{id, role}]
      source      TEXT NOT NULL,                 -- JSON {kind, ...}
      situation   TEXT,                          -- JSON or NULL
      extra       TEXT,                          -- JSON or NULL
      status      TEXT NOT NULL CHECK (status IN ('generated', 'accepted', 'corrected', 'rejected')),
      flagged     INTEGER NOT NULL CHECK (flagged IN (0, 1)),
      annotator   TEXT,
      created_at  TEXT NOT NULL,                 -- ISO 8601
      updated_at  TEXT NOT NULL,
      revision    INTEGER NOT NULL CHECK (revision >= 1),
      source_kind TEXT GENERATED ALWAYS AS (json_extract(source, '$.kind')) VIRTUAL,
      template_id TEXT GENERATED ALWAYS AS (json_extract(source, '$.template_id')) VIRTUAL
    ) STRICT;

    -- Pages are in rowid order (the order records were stored, which exports keep too). An index
    -- of a rowid table ends with the rowid implicitly, so a filtered page is an index range walk.
    CREATE INDEX annotations_scene_task_status ON annotations (scene_id, task, status);
    CREATE INDEX annotations_task_status ON annotations (task, status);
    CREATE INDEX annotations_template ON annotations (template_id) WHERE template_id IS NOT NULL;
    CREATE INDEX annotations_source_kind ON annotations (source_kind);
    CREATE INDEX annotations_annotator ON annotations (annotator) WHERE annotator IS NOT NULL;
    CREATE INDEX annotations_updated_at ON annotations (updated_at);
    CREATE INDEX annotations_flagged ON annotations (flagged) WHERE flagged = 1;

    CREATE VIRTUAL TABLE annotations_fts USING fts5(text, content = 'annotations', content_rowid = 'rowid');
    CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
      INSERT INTO annotations_fts (annotations_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    CREATE TRIGGER annotations_fts_update AFTER UPDATE OF text ON annotations BEGIN
      INSERT INTO annotations_fts (annotations_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
      INSERT INTO annotations_fts (rowid, text) VALUES (new.rowid, new.text);
    END;

    -- The review trail: one row per changed field of one saved edit.
    CREATE TABLE annotation_audit (
      seq           INTEGER PRIMARY KEY,
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      annotator     TEXT,
      at            TEXT NOT NULL,               -- ISO 8601
      field         TEXT NOT NULL,
      old_value     TEXT,                        -- JSON, NULL when the field was absent
      new_value     TEXT,                        -- JSON, NULL when the field was removed
      revision      INTEGER NOT NULL             -- the revision this edit produced
    ) STRICT;
    CREATE INDEX annotation_audit_by_annotation ON annotation_audit (annotation_id, seq);
  `,
};

/**
 * The review queue and table filter by status (and by task) alone, across all scenes; the
 * composite indexes above start with the scene, so those filters scanned the whole table.
 */
export const annotationFilterIndexesMigration: Migration = {
  name: 'annotation-filter-indexes',
  up: `
    CREATE INDEX annotations_status ON annotations (status);
  `,
};
