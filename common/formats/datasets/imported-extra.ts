/**
 * Fields a source format had that the record does not model live in `extra`. They are written back
 * only when exporting to the same format the record came from, so one format's fields never leak
 * into another's file.
 */
import type { AnnotationDraft, ImportFormat, JsonValue } from '../../annotations/annotation';

export function extraFrom(record: AnnotationDraft, format: ImportFormat): Record<string, JsonValue> {
  if (record.source.kind === 'import' && record.source.format === format && record.extra) return record.extra;
  return {};
}

/** Drop undefined values so decoded records compare equal after a round trip. */
export function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out as T;
}

export function underscored(label: string): string {
  return label.trim().replace(/\s+/g, '_');
}

export function spaced(name: string): string {
  return name.replace(/_/g, ' ');
}
