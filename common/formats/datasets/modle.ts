/**
 * MODLE JSON (a list of records) and MODLE JSONL (one record per line): the studio's own format,
 * validated against the annotation schema. Files may omit the review fields (status, timestamps,
 * revision), which the store fills in.
 */
import { annotationDraftSchema, type AnnotationDraft } from '../../annotations/annotation';
import { InputError } from '../../domain/errors';
import type { DatasetCodec, DecodeResult } from './codec';
import { DuplicateIds, parseJson, forEachJsonRecord } from './json-input';
import { isPlainObject, RecordReader, describe } from './record-reader';

/** Key order of written records: what a reader looks at first comes first. */
const KEY_ORDER = [
  'id',
  'scene_id',
  'task',
  'text',
  'answer',
  'value',
  'referents',
  'source',
  'situation',
  'extra',
  'status',
  'flagged',
  'annotator',
  'created_at',
  'updated_at',
  'revision',
] as const;

function ordered(record: AnnotationDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const source = record as Record<string, unknown>;
  for (const key of KEY_ORDER) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** Validate one parsed record, reporting every schema issue with its field path. */
function readRecord(reader: RecordReader, ids: DuplicateIds, records: AnnotationDraft[]): void {
  const parsed = annotationDraftSchema.safeParse(reader.record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      reader.fail(path === '' ? undefined : path, issue.message);
    }
    return;
  }
  if (ids.claim(parsed.data.id, reader, 'id')) records.push(parsed.data);
}

export const modleJsonCodec: DatasetCodec = {
  canEncode: () => true,
  decode(text: string, fileName: string): DecodeResult {
    const errors: InputError[] = [];
    const records: AnnotationDraft[] = [];
    const ids = new DuplicateIds();
    forEachJsonRecord(text, fileName, errors, (reader) => {
      readRecord(reader, ids, records);
      errors.push(...reader.errors);
    });
    return { records, errors };
  },
  encode(records) {
    return JSON.stringify(records.map(ordered), null, 2) + '\n';
  },
};

export const modleJsonlCodec: DatasetCodec = {
  canEncode: () => true,
  decode(text: string, fileName: string): DecodeResult {
    const errors: InputError[] = [];
    const records: AnnotationDraft[] = [];
    const ids = new DuplicateIds();
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
      const line = raw.trim();
      if (line.length === 0) return;
      const location = { line: index + 1 };
      const parsed = parseJson(line, fileName, location);
      if (!parsed.ok) {
        errors.push(parsed.error);
        return;
      }
      if (!isPlainObject(parsed.value)) {
        errors.push(new InputError(fileName, location, undefined, `expected an object, got ${describe(parsed.value)}`));
        return;
      }
      const reader = new RecordReader(fileName, location, parsed.value);
      readRecord(reader, ids, records);
      errors.push(...reader.errors);
    });
    return { records, errors };
  },
  encode(records) {
    return records.map((record) => JSON.stringify(ordered(record)) + '\n').join('');
  },
};
