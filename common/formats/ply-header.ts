/**
 * PLY header: finds `end_header`, decodes the header text and turns it into a typed description of
 * the elements and properties that follow. Knows nothing about vertex data itself.
 */
import { InputError } from '../domain/errors';

export type PlyFormat = 'binary_little_endian' | 'ascii';

export type PlyScalarType = 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'float32' | 'float64';

export interface PlyScalarProperty {
  kind: 'scalar';
  name: string;
  type: PlyScalarType;
  /** 1-based header line that declared it, for error messages. */
  line: number;
}

export interface PlyListProperty {
  kind: 'list';
  name: string;
  countType: PlyScalarType;
  itemType: PlyScalarType;
  line: number;
}

export type PlyProperty = PlyScalarProperty | PlyListProperty;

export interface PlyElement {
  name: string;
  count: number;
  properties: PlyProperty[];
  line: number;
}

export interface PlyHeader {
  format: PlyFormat;
  elements: PlyElement[];
  /** Bytes from the start of the file up to and including the newline after `end_header`. */
  byteLength: number;
  /** Number of lines in the header, so ASCII data line numbers continue from it. */
  lineCount: number;
}

/** The header is a few hundred bytes in practice; anything this long without `end_header` is not a PLY. */
export const MAX_HEADER_BYTES = 64 * 1024;

const TYPE_ALIASES: Record<string, PlyScalarType> = {
  char: 'int8',
  int8: 'int8',
  uchar: 'uint8',
  uint8: 'uint8',
  short: 'int16',
  int16: 'int16',
  ushort: 'uint16',
  uint16: 'uint16',
  int: 'int32',
  int32: 'int32',
  uint: 'uint32',
  uint32: 'uint32',
  float: 'float32',
  float32: 'float32',
  double: 'float64',
  float64: 'float64',
};

export const SCALAR_SIZE: Record<PlyScalarType, number> = {
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  float32: 4,
  float64: 8,
};

const END_HEADER = [...'end_header'].map((c) => c.charCodeAt(0));

/**
 * Where the header ends in `bytes` (the offset just past its final newline), or -1 when
 * `end_header` and its newline have not arrived yet.
 */
export function findHeaderEnd(bytes: Uint8Array): number {
  const last = bytes.length - END_HEADER.length;
  for (let i = 0; i <= last; i++) {
    if (i > 0 && bytes[i - 1] !== 0x0a) continue;
    let match = true;
    for (let k = 0; k < END_HEADER.length; k++) {
      if (bytes[i + k] !== END_HEADER[k]) {
        match = false;
        break;
      }
    }
    if (!match) continue;
    // Skip trailing spaces / CR up to the newline that ends the header line.
    for (let j = i + END_HEADER.length; j < bytes.length; j++) {
      const c = bytes[j];
      if (c === 0x0a) return j + 1;
      if (c !== 0x0d && c !== 0x20 && c !== 0x09) break;
    }
  }
  return -1;
}

export function parsePlyHeader(bytes: Uint8Array, byteLength: number, file: string): PlyHeader {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, byteLength));
  } catch {
    throw new InputError(
      file,
      { byteOffset: firstInvalidUtf8(bytes.subarray(0, byteLength)) },
      'header',
      'invalid UTF-8 in header text',
    );
  }
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  if (lines[lines.length - 1] === '') lines.pop();
  if (lines[0]?.trim() !== 'ply') {
    throw new InputError(file, { line: 1 }, 'header', "not a PLY file: first line must be 'ply'");
  }
  let format: PlyFormat | undefined;
  const elements: PlyElement[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const words = lines[i]!.trim().split(/\s+/);
    const keyword = words[0];
    if (keyword === '' || keyword === 'comment' || keyword === 'obj_info') continue;
    if (keyword === 'end_header') break;
    if (keyword === 'format') {
      format = parseFormat(words, file, line);
    } else if (keyword === 'element') {
      elements.push(parseElement(words, file, line));
    } else if (keyword === 'property') {
      const element = elements[elements.length - 1];
      if (!element) throw new InputError(file, { line }, 'header', "'property' before any 'element'");
      element.properties.push(parseProperty(words, file, line, element.name));
    } else {
      throw new InputError(file, { line }, 'header', `unknown header keyword '${keyword}'`);
    }
  }
  if (!format) throw new InputError(file, { line: 2 }, 'format', "missing 'format' line");
  return { format, elements, byteLength, lineCount: lines.length };
}

function parseFormat(words: string[], file: string, line: number): PlyFormat {
  const name = words[1];
  if (name === 'binary_little_endian' || name === 'ascii') {
    if (words[2] !== '1.0') throw new InputError(file, { line }, 'format', `unsupported version '${words[2] ?? ''}'`);
    return name;
  }
  throw new InputError(file, { line }, 'format', `unsupported format '${name ?? ''}' (binary_little_endian or ascii)`);
}

function parseElement(words: string[], file: string, line: number): PlyElement {
  const [, name, countText] = words;
  if (!name || countText === undefined || words.length !== 3) {
    throw new InputError(file, { line }, 'element', "expected 'element <name> <count>'");
  }
  if (!/^\d+$/.test(countText) || !Number.isSafeInteger(Number(countText))) {
    throw new InputError(file, { line }, `element ${name}`, `invalid count '${countText}'`);
  }
  return { name, count: Number(countText), properties: [], line };
}

function parseProperty(words: string[], file: string, line: number, elementName: string): PlyProperty {
  if (words[1] === 'list') {
    const [, , countWord, itemWord, name] = words;
    if (!countWord || !itemWord || !name || words.length !== 5) {
      throw new InputError(
        file,
        { line },
        `${elementName}.property`,
        "expected 'property list <count type> <item type> <name>'",
      );
    }
    const countType = scalarType(countWord, file, line, `${elementName}.${name}`);
    const itemType = scalarType(itemWord, file, line, `${elementName}.${name}`);
    if (countType === 'float32' || countType === 'float64') {
      throw new InputError(
        file,
        { line },
        `${elementName}.${name}`,
        `list count type '${countWord}' must be an integer type`,
      );
    }
    return { kind: 'list', name, countType, itemType, line };
  }
  const [, typeWord, name] = words;
  if (!typeWord || !name || words.length !== 3) {
    throw new InputError(file, { line }, `${elementName}.property`, "expected 'property <type> <name>'");
  }
  return { kind: 'scalar', name, type: scalarType(typeWord, file, line, `${elementName}.${name}`), line };
}

function scalarType(word: string, file: string, line: number, field: string): PlyScalarType {
  const type = TYPE_ALIASES[word];
  if (!type) throw new InputError(file, { line }, field, `unsupported property type '${word}'`);
  return type;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  // Streaming decode accepts a prefix that is valid or merely cut inside a multi-byte sequence,
  // so "prefix accepted" is monotonic and a binary search finds the first bad byte.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (isAcceptedPrefix(bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  // `lo` may sit inside a sequence that started earlier and never completed: point at its lead byte.
  if (lo < bytes.length && !isCompleteText(bytes.subarray(0, lo))) {
    let start = lo;
    while (start > 0 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
    if (start > 0 && bytes[start - 1]! >= 0xc0) start--;
    return start;
  }
  return lo;
}

function isCompleteText(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function isAcceptedPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
