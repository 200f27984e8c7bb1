/**
 * An annotation filter as a SQL WHERE clause with bound parameters (never interpolated text).
 * Text search goes through the FTS5 index: every word must appear, the last one as a prefix.
 */
import type { AnnotationFilter } from '../../../common/annotations/query';

export interface WhereClause {
  /** `WHERE …`, or '' when nothing is filtered. */
  sql: string;
  params: unknown[];
}

/** `afterRowid`: keyset paging, rows stored after that one. */
export function buildWhere(filter: AnnotationFilter, afterRowid?: number): WhereClause {
  const terms: string[] = [];
  const params: unknown[] = [];
  const equals = (column: string, value: string | readonly string[] | undefined): void => {
    if (value === undefined) return;
    const values = typeof value === 'string' ? [value] : value;
    terms.push(values.length === 1 ? `${column} = ?` : `${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  equals('scene_id', filter.scene);
  equals('task', filter.task);
  equals('status', filter.status);
  equals('template_id', filter.template);
  equals('source_kind', filter.source);
  equals('annotator', filter.annotator);
  if (filter.flagged !== undefined) terms.push(`flagged = ${filter.flagged ? 1 : 0}`);
  const match = ftsQuery(filter.text);
  if (match !== undefined) {
    terms.push('rowid IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ?)');
    params.push(match);
  }
  if (afterRowid !== undefined) {
    terms.push('rowid > ?');
    params.push(afterRowid);
  }
  return { sql: terms.length === 0 ? '' : `WHERE ${terms.join(' AND ')}`, params };
}

/**
 * Words of the search text as an FTS5 query: each quoted (so user text can never be FTS syntax),
 * the last with `*` so a half-typed word already matches. Undefined when there are no words.
 */
export function ftsQuery(text: string | undefined): string | undefined {
  const words = text?.match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return undefined;
  return words.map((word, index) => `"${word}"${index === words.length - 1 ? '*' : ''}`).join(' ');
}
