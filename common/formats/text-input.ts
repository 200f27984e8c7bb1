/**
 * Text input shared by the ScanNet side-file readers: strict UTF-8 decoding and JSON parsing whose
 * errors name the file and the line.
 */
import { InputError } from '../domain/errors';
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

/** JSON.parse whose error gives the line (from the position in V8's message) instead of a char index. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /position (\d+)/.exec(message);
    const location = position ? { line: lineAt(text, Number(position[1])) } : {};
    throw new InputError(file, location, undefined, `invalid JSON: ${message}`);
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
