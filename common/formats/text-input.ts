/**
 * Text input shared by the ScanNet side-file readers: strict UTF-8 decoding and JSON parsing whose
 * errors name the file and the line.
 */
import { InputError } from '../domain/errors';
import { parseJson } from './datasets/json-input';
import { firstInvalidUtf8 } from './ply-header';

/** Decodes bytes that must be UTF-8 text; a bad byte is an error naming its line and offset. */
export function decodeUtf8Text(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    throw new InputError(file, { line, byteOffset: bad }, undefined, 'invalid UTF-8 in text file');
  }
}

/** JSON.parse whose error names the line where the text first goes wrong (the dataset codecs' parser). */
export function parseJsonText(text: string, file: string): unknown {
  const parsed = parseJson(text, file);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}
