/**
 * JSON input shared by the JSON codecs: parse errors that name the line, top-level lists whose
 * elements must be objects, and duplicate-id detection across a file.
 */
import type { AnnotationDraft } from '../../annotations/annotation';
import { InputError, type InputLocation } from '../../domain/errors';
import { findJsonSyntaxProblem } from './json-syntax';
import { describe, isPlainObject, RecordReader } from './record-reader';

export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: InputError };

/** JSON.parse; on failure the error names the line where the text first goes wrong. */
export function parseJson(text: string, file: string, location: InputLocation = {}): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const problem = findJsonSyntaxProblem(text);
    const where = { ...location };
    if (problem && where.line === undefined) where.line = lineAt(text, problem.offset);
    const reason = problem?.reason ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, error: new InputError(file, where, undefined, `invalid JSON: ${reason}`) };
  }
}

export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Visits each element of a JSON list of objects in order, with a reader whose errors name the
 * element's index; elements that are not objects become errors. `listField` names the key that
 * holds the list when the file is an object.
 */
export function forEachJsonRecord(
  text: string,
  file: string,
  errors: InputError[],
  visit: (reader: RecordReader) => void,
  listField?: string,
): void {
  const parsed = parseJson(text, file);
  if (!parsed.ok) {
    errors.push(parsed.error);
    return;
  }
  let list = parsed.value;
  if (listField !== undefined) {
    if (!isPlainObject(list)) {
      errors.push(
        new InputError(file, {}, undefined, `expected an object with a "${listField}" list, got ${describe(list)}`),
      );
      return;
    }
    list = list[listField];
    if (list === undefined) {
      errors.push(new InputError(file, {}, listField, 'missing'));
      return;
    }
  }
  if (!Array.isArray(list)) {
    errors.push(new InputError(file, {}, listField, `expected a list of records, got ${describe(list)}`));
    return;
  }
  list.forEach((item, index) => {
    if (isPlainObject(item)) visit(new RecordReader(file, { record: index }, item));
    else errors.push(new InputError(file, { record: index }, undefined, `expected an object, got ${describe(item)}`));
  });
}

/** Remembers ids seen in a file and reports the second use of one. */
export class DuplicateIds {
  private readonly firstSeen = new Map<string, string>();

  /** True when `id` is new; otherwise records an error on `reader` and returns false. */
  claim(id: string, reader: RecordReader, field: string): boolean {
    const first = this.firstSeen.get(id);
    const here = placeOf(reader);
    if (first !== undefined) {
      reader.fail(field, `duplicate id "${id}" (first used at ${first})`);
      return false;
    }
    this.firstSeen.set(id, here);
    return true;
  }
}

function placeOf(reader: RecordReader): string {
  const { line, record } = reader.location;
  return line !== undefined ? `line ${line}` : `record ${record ?? '?'}`;
}

/**
 * Decodes a JSON list of records with `readOne` (which reports its problems on the reader), keeping
 * every good record and every error: the shape of ScanRefer, ScanQA and 3D-LLM/LL3DA files.
 */
export function decodeJsonRecords(
  text: string,
  file: string,
  readOne: (reader: RecordReader, ids: DuplicateIds) => AnnotationDraft | undefined,
): { records: AnnotationDraft[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const records: AnnotationDraft[] = [];
  const ids = new DuplicateIds();
  forEachJsonRecord(text, file, errors, (reader) => {
    const record = readOne(reader, ids);
    if (record) records.push(record);
    errors.push(...reader.errors);
  });
  return { records, errors };
}
