/**
 * Incremental PLY point reader: feed it chunks as they come off disk (`push`), then `end()` to get
 * positions, colours and optional per-vertex labels. Binary little-endian and ASCII 1.0; faces and
 * other elements are walked over (so a truncated face section is still an error) but not kept.
 *
 *   const reader = new PlyReader('scene_vh_clean_2.ply', { totalBytes: size });
 *   for await (const chunk of stream) reader.push(chunk);
 *   const { positions, colors, labels } = reader.end();
 */
import { InputError } from '../domain/errors';
import { checkAsciiRecord, readAsciiVertex } from './ply-ascii';
import { readBinaryVertices, skipListRecords } from './ply-binary';
import {
  MAX_HEADER_BYTES,
  findHeaderEnd,
  firstInvalidUtf8,
  parsePlyHeader,
  type PlyFormat,
  type PlyHeader,
} from './ply-header';
import { declaredBytesThroughVertices, fixedRecordSize, vertexLayout, type PlyVertexLayout } from './ply-layout';
import { DEFAULT_GREY, VertexSink } from './ply-sink';

export { DEFAULT_GREY } from './ply-sink';

export interface PlyPoints {
  /** x y z per vertex, interleaved. */
  positions: Float32Array;
  /** r g b per vertex; DEFAULT_GREY (128) everywhere when the file has no colour. */
  colors: Uint8Array;
  /** The `label` vertex property when present (ScanNet `_vh_clean_2.labels.ply`), else null. */
  labels: Uint16Array | null;
  vertexCount: number;
  hasColor: boolean;
  format: PlyFormat;
  /** Every element the header declared, with its count (e.g. vertex, face). */
  elements: { name: string; count: number }[];
}

export interface PlyReaderOptions {
  /**
   * Size of the whole file when the caller knows it (a stat). Only when it covers the data the
   * header declares are the output arrays allocated at full size up front; otherwise they grow.
   */
  totalBytes?: number;
}

interface Body {
  header: PlyHeader;
  layout: PlyVertexLayout;
  sink: VertexSink;
  element: number;
  record: number;
  /** ASCII only: the 1-based number of the last line handed to the parser. */
  line: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const EMPTY = new Uint8Array(0);
/** How much of a new chunk is copied to finish a record cut at the previous chunk's end. */
const HEAD_BYTES = 64 * 1024;

export class PlyReader {
  private pending: Uint8Array = EMPTY;
  /** Absolute file offset of `pending[0]`. */
  private pendingOffset = 0;
  private received = 0;
  private body: Body | null = null;

  constructor(
    private readonly file: string,
    private readonly options: PlyReaderOptions = {},
  ) {}

  get bytesRead(): number {
    return this.received;
  }

  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.received += chunk.length;
    if (!this.body) {
      const data = concat(this.pending, chunk);
      const headerEnd = this.findHeader(data);
      if (headerEnd < 0) {
        this.keep(data, 0, this.pendingOffset);
        return;
      }
      this.body = this.startBody(parsePlyHeader(data, headerEnd, this.file));
      this.consumeAndKeep(data.subarray(headerEnd), this.pendingOffset + headerEnd);
      return;
    }
    if (this.pending.length > 0) {
      // Finish the record cut by the last chunk from the head of this one, without copying the
      // whole chunk; fall back to a full copy only when a record is longer than the head.
      const head = concat(this.pending, chunk.subarray(0, HEAD_BYTES));
      const used = this.consume(head, this.pendingOffset, false);
      if (used >= this.pending.length && head.length - this.pending.length < chunk.length) {
        const fromChunk = used - this.pending.length;
        this.pending = EMPTY;
        this.consumeAndKeep(chunk.subarray(fromChunk), this.pendingOffset + used);
        return;
      }
      if (used >= this.pending.length || head.length - this.pending.length === chunk.length) {
        this.keep(head, used, this.pendingOffset);
        return;
      }
      this.consumeAndKeep(concat(this.pending, chunk), this.pendingOffset);
      return;
    }
    this.consumeAndKeep(chunk, this.pendingOffset);
  }

  private consumeAndKeep(data: Uint8Array, offset: number): void {
    this.keep(data, this.consume(data, offset, false), offset);
  }

  private consume(data: Uint8Array, offset: number, final: boolean): number {
    return this.body!.header.format === 'ascii'
      ? this.consumeAscii(data, offset, final)
      : this.consumeBinary(data, offset);
  }

  end(): PlyPoints {
    if (!this.body) {
      if (this.received === 0) throw new InputError(this.file, { byteOffset: 0 }, undefined, 'empty file');
      throw new InputError(this.file, { byteOffset: this.received }, 'header', "file ends before 'end_header'");
    }
    const body = this.body;
    if (body.header.format === 'ascii' && this.pending.length > 0) {
      this.consumeAscii(this.pending, this.pendingOffset, true);
    }
    this.skipEmptyElements(body);
    if (body.element < body.header.elements.length) throw this.truncated(body);
    const { sink, layout } = body;
    const n = sink.count;
    if (!layout.rgb) sink.colors.fill(DEFAULT_GREY);
    return {
      positions: exact(sink.positions, n * 3),
      colors: exact(sink.colors, n * 3),
      labels: sink.labels ? exact(sink.labels, n) : null,
      vertexCount: n,
      hasColor: layout.rgb !== null,
      format: body.header.format,
      elements: body.header.elements.map((e) => ({ name: e.name, count: e.count })),
    };
  }

  private findHeader(data: Uint8Array): number {
    const magic = [0x70, 0x6c, 0x79]; // "ply"
    for (let i = 0; i < Math.min(3, data.length); i++) {
      if (data[i] !== magic[i])
        throw new InputError(this.file, { line: 1 }, 'header', "not a PLY file: first line must be 'ply'");
    }
    const end = findHeaderEnd(data);
    if (end < 0 && data.length > MAX_HEADER_BYTES) {
      throw new InputError(
        this.file,
        { byteOffset: MAX_HEADER_BYTES },
        'header',
        `no 'end_header' within the first ${MAX_HEADER_BYTES} bytes`,
      );
    }
    return end;
  }

  private startBody(header: PlyHeader): Body {
    const layout = vertexLayout(header, this.file);
    const declared = layout.element.count;
    let preallocate = false;
    if (header.format === 'binary_little_endian' && this.options.totalBytes !== undefined) {
      const needed = declaredBytesThroughVertices(header);
      if (this.options.totalBytes < needed) {
        throw new InputError(
          this.file,
          { byteOffset: this.options.totalBytes },
          'vertex',
          `header declares ${declared} vertices (at least ${needed} bytes) but the file holds only ${this.options.totalBytes} bytes (truncated file)`,
        );
      }
      preallocate = true;
    }
    const sink = new VertexSink(declared, preallocate, layout.label !== null);
    return { header, layout, sink, element: 0, record: 0, line: header.lineCount };
  }

  /** Decodes the whole records in `data`; returns how many bytes were used. */
  private consumeBinary(data: Uint8Array, fileOffset: number): number {
    const body = this.body!;
    const elements = body.header.elements;
    let p = 0;
    while (body.element < elements.length) {
      const element = elements[body.element]!;
      const remaining = element.count - body.record;
      if (remaining === 0) {
        body.element++;
        body.record = 0;
        continue;
      }
      let records: number;
      if (element === body.layout.element) {
        records = Math.min(remaining, Math.floor((data.length - p) / body.layout.stride));
        if (records > 0) readBinaryVertices(data, p, records, body.layout, body.sink, fileOffset, this.file);
        p += records * body.layout.stride;
      } else {
        const size = fixedRecordSize(element);
        if (size !== null) {
          records = size === 0 ? remaining : Math.min(remaining, Math.floor((data.length - p) / size));
          p += records * size;
        } else {
          const skipped = skipListRecords(data, p, data.length, element, remaining, fileOffset, this.file);
          records = skipped.records;
          p += skipped.bytes;
        }
      }
      if (records === 0) break;
      body.record += records;
    }
    // Bytes after the last element are ignored rather than carried along.
    return body.element >= elements.length ? data.length : p;
  }

  /** Parses the complete lines in `data` (all of it when `final`); returns how many bytes were used. */
  private consumeAscii(data: Uint8Array, fileOffset: number, final: boolean): number {
    const body = this.body!;
    const used = final ? data.length : data.lastIndexOf(0x0a) + 1;
    if (used === 0) return 0;
    let text: string;
    try {
      text = utf8.decode(data.subarray(0, used));
    } catch {
      const bad = firstInvalidUtf8(data.subarray(0, used));
      const linesBefore = countNewlines(data.subarray(0, bad));
      throw new InputError(
        this.file,
        { line: body.line + linesBefore + 1, byteOffset: fileOffset + bad },
        'data',
        'invalid UTF-8',
      );
    }
    const lines = text.split('\n');
    if (!final) lines.pop(); // the empty string after the last newline
    const elements = body.header.elements;
    for (const raw of lines) {
      body.line++;
      const trimmed = raw.trim();
      if (trimmed === '') continue;
      this.skipEmptyElements(body);
      if (body.element >= elements.length) break; // trailing lines after the last element
      const tokens = trimmed.split(/\s+/);
      const element = elements[body.element]!;
      if (element === body.layout.element) readAsciiVertex(tokens, body.layout, body.sink, body.line, this.file);
      else checkAsciiRecord(tokens, element, body.line, this.file);
      body.record++;
    }
    return used;
  }

  private skipEmptyElements(body: Body): void {
    const elements = body.header.elements;
    while (body.element < elements.length && body.record >= elements[body.element]!.count) {
      body.element++;
      body.record = 0;
    }
  }

  private truncated(body: Body): InputError {
    const element = body.header.elements[body.element]!;
    const where = body.header.format === 'ascii' ? { line: body.line + 1 } : { byteOffset: this.received };
    if (element === body.layout.element) {
      return new InputError(
        this.file,
        where,
        'vertex',
        `header declares ${element.count} vertices but the data ends after ${body.record} (truncated file)`,
      );
    }
    return new InputError(
      this.file,
      where,
      element.name,
      `truncated ${element.name} section: header declares ${element.count}, the data ends after ${body.record}`,
    );
  }

  /** Keeps the unused tail (less than one record) as a copy, so the big chunk can be freed. */
  private keep(data: Uint8Array, used: number, offset: number): void {
    // `new Uint8Array(view)` copies (a Node Buffer's `slice` would only make a view).
    this.pending = used === data.length ? EMPTY : new Uint8Array(data.subarray(used));
    this.pendingOffset = offset + used;
  }
}

/** Reads a whole PLY that is already in memory. */
export function decodePly(bytes: Uint8Array, file: string): PlyPoints {
  const reader = new PlyReader(file, { totalBytes: bytes.length });
  reader.push(bytes);
  return reader.end();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function exact<T extends Float32Array | Uint8Array | Uint16Array>(array: T, length: number): T {
  return (array.length === length ? array : array.slice(0, length)) as T;
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) n++;
  return n;
}
