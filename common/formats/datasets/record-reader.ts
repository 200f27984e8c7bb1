/**
 * Reads typed fields out of one parsed record and collects an InputError per bad field, so a
 * decoder can list every problem in a record instead of stopping at the first.
 */
import { InputError, type InputLocation } from '../../domain/errors';
import type { JsonValue } from '../../annotations/annotation';

export class RecordReader {
  /**
   * @param errors shared with nested readers, so one list holds every problem of the record
   * @param prefix path of the enclosing objects, so nested fields are named in full (`position.x`)
   */
  constructor(
    readonly file: string,
    readonly location: InputLocation,
    readonly record: Record<string, unknown>,
    readonly errors: InputError[] = [],
    private readonly prefix = '',
  ) {}

  fail(field: string | undefined, reason: string): undefined {
    const path = field === undefined ? undefined : this.prefix + field;
    this.errors.push(new InputError(this.file, this.location, path, reason));
    return undefined;
  }

  has(field: string): boolean {
    return this.record[field] !== undefined && this.record[field] !== null;
  }

  /** A string; `nonEmpty` rejects blank text. */
  string(field: string, options: { nonEmpty?: boolean } = {}): string | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return this.fail(field, 'missing');
    if (typeof value !== 'string') return this.fail(field, `expected a string, got ${describe(value)}`);
    if (options.nonEmpty && value.trim().length === 0) return this.fail(field, 'empty text');
    return value;
  }

  optionalString(field: string): string | undefined {
    return this.has(field) ? this.string(field) : undefined;
  }

  /** A string or a number, read as text (ids are written either way in the wild). */
  idText(field: string): string | undefined {
    const value = this.record[field];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    return this.string(field, { nonEmpty: true });
  }

  /** A ScanNet object id: a non-negative integer, given as a number or as digits in a string. */
  objectId(field: string, value: unknown = this.record[field]): number | undefined {
    if (value === undefined || value === null) return this.fail(field, 'missing');
    const id = parseObjectId(value);
    if (id === undefined) return this.fail(field, `expected a non-negative integer object id, got ${describe(value)}`);
    return id;
  }

  number(field: string, value: unknown = this.record[field]): number | undefined {
    if (value === undefined || value === null) return this.fail(field, 'missing');
    if (typeof value !== 'number' || !Number.isFinite(value))
      return this.fail(field, `expected a number, got ${describe(value)}`);
    return value;
  }

  stringArray(field: string): string[] | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return this.fail(field, 'missing');
    if (!Array.isArray(value)) return this.fail(field, `expected a list, got ${describe(value)}`);
    const bad = value.findIndex((item) => typeof item !== 'string');
    if (bad >= 0) return this.fail(`${field}[${bad}]`, `expected a string, got ${describe(value[bad])}`);
    return value as string[];
  }

  objectIdArray(field: string): number[] | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return this.fail(field, 'missing');
    if (!Array.isArray(value)) return this.fail(field, `expected a list, got ${describe(value)}`);
    const ids: number[] = [];
    for (let i = 0; i < value.length; i++) {
      const id = this.objectId(`${field}[${i}]`, value[i]);
      if (id === undefined) return undefined;
      ids.push(id);
    }
    return ids;
  }

  object(field: string): RecordReader | undefined {
    const value = this.record[field];
    if (value === undefined || value === null) return this.fail(field, 'missing');
    if (!isPlainObject(value)) return this.fail(field, `expected an object, got ${describe(value)}`);
    return new RecordReader(this.file, this.location, value, this.errors, `${this.prefix}${field}.`);
  }

  /** Every field not in `known`, kept verbatim for a faithful re-export. */
  rest(known: readonly string[]): Record<string, JsonValue> {
    const extra: Record<string, JsonValue> = {};
    for (const [key, value] of Object.entries(this.record)) {
      if (!known.includes(key) && value !== undefined) extra[key] = value as JsonValue;
    }
    return extra;
  }
}

export function parseObjectId(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return value.length === 0 ? 'an empty string' : `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
