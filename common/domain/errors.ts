/**
 * Errors that say where and what: the file, the place in it and the field (STYLE: errors carry
 * where and what). Readers throw `InputError`; the API turns it into data the UI shows.
 */
export interface InputLocation {
  line?: number;
  /** 0-based index of a record in a list (JSON array element, CSV row after the header). */
  record?: number;
  byteOffset?: number;
}

export class InputError extends Error {
  readonly file: string;
  readonly location: InputLocation;
  readonly field: string | undefined;
  readonly reason: string;

  constructor(file: string, location: InputLocation, field: string | undefined, reason: string) {
    super(formatInputError(file, location, field, reason));
    this.name = 'InputError';
    this.file = file;
    this.location = location;
    this.field = field;
    this.reason = reason;
  }
}

export function formatInputError(
  file: string,
  location: InputLocation,
  field: string | undefined,
  reason: string,
): string {
  const place: string[] = [];
  if (location.line !== undefined) place.push(`line ${location.line}`);
  if (location.record !== undefined) place.push(`record ${location.record}`);
  if (location.byteOffset !== undefined) place.push(`byte ${location.byteOffset}`);
  const where = place.length > 0 ? `${file} (${place.join(', ')})` : file;
  return field ? `${where}: ${field}: ${reason}` : `${where}: ${reason}`;
}
