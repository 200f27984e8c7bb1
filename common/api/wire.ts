/**
 * The web shell's frame format. JSON-only messages go as text frames. A message that holds typed
 * arrays goes as one binary frame: a JSON header in which each array is replaced by a reference,
 * followed by the arrays' bytes, each starting at an 8-byte boundary so the receiver can view
 * them in place without copying.
 *
 *   [u32 little-endian header length][header JSON, utf-8][padding to 8][array 0][padding][array 1]...
 */
type TypedArray =
  Float32Array | Float64Array | Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array;

const typedArrayConstructors = {
  Float32Array,
  Float64Array,
  Int8Array,
  Int16Array,
  Int32Array,
  Uint8Array,
  Uint16Array,
  Uint32Array,
} as const;

type TypedArrayName = keyof typeof typedArrayConstructors;

/** Marker key of a reference to an attached array; plain data never uses it. */
const BINARY_KEY = '$binary';

interface BinaryRef {
  [BINARY_KEY]: number;
  type: TypedArrayName;
}

interface Attachment {
  type: TypedArrayName;
  offset: number;
  length: number;
}

function typedArrayName(value: unknown): TypedArrayName | null {
  if (!ArrayBuffer.isView(value)) return null;
  const name = value.constructor.name;
  return Object.hasOwn(typedArrayConstructors, name) ? (name as TypedArrayName) : null;
}

const align8 = (n: number) => (n + 7) & ~7;

export function encodeFrame(message: unknown): string | Uint8Array {
  const arrays: TypedArray[] = [];
  const json = JSON.stringify(message, (_key, value: unknown) => {
    const type = typedArrayName(value);
    if (type === null) return value;
    arrays.push(value as TypedArray);
    const ref: BinaryRef = { [BINARY_KEY]: arrays.length - 1, type };
    return ref;
  });
  if (arrays.length === 0) return json;

  const attachments: Attachment[] = [];
  // The header's own length depends on the offsets, so offsets are counted from the data start.
  let dataLength = 0;
  for (const array of arrays) {
    attachments.push({ type: typedArrayName(array)!, offset: dataLength, length: array.length });
    dataLength = align8(dataLength + array.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ json, attachments }));
  const dataStart = align8(4 + header.byteLength);
  const frame = new Uint8Array(dataStart + dataLength);
  new DataView(frame.buffer).setUint32(0, header.byteLength, true);
  frame.set(header, 4);
  arrays.forEach((array, index) => {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    frame.set(bytes, dataStart + attachments[index]!.offset);
  });
  return frame;
}

export function decodeFrame(frame: string | ArrayBuffer | Uint8Array): unknown {
  if (typeof frame === 'string') return JSON.parse(frame);
  const bytes = frame instanceof Uint8Array ? frame : new Uint8Array(frame);
  if (bytes.byteLength < 4) throw new Error('Binary frame shorter than its header length field');
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
  if (4 + headerLength > bytes.byteLength) throw new Error('Binary frame header runs past the end of the frame');
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as {
    json: string;
    attachments: Attachment[];
  };
  const dataStart = align8(4 + headerLength);
  // Views need an aligned start within their buffer; a Node Buffer slice may not be aligned, so copy once then.
  const aligned = (bytes.byteOffset + dataStart) % 8 === 0 ? bytes : bytes.slice();
  const arrays = header.attachments.map(({ type, offset, length }) => {
    const Constructor = typedArrayConstructors[type];
    if (!Constructor) throw new Error(`Binary frame names an unknown array type ${JSON.stringify(type)}`);
    const start = aligned.byteOffset + dataStart + offset;
    if (start + length * Constructor.BYTES_PER_ELEMENT > aligned.byteOffset + aligned.byteLength) {
      throw new Error('Binary frame attachment runs past the end of the frame');
    }
    return new Constructor(aligned.buffer as ArrayBuffer, start, length);
  });
  return JSON.parse(header.json, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && BINARY_KEY in value) {
      const index = (value as BinaryRef)[BINARY_KEY];
      const array = arrays[index];
      if (!array) throw new Error(`Binary frame refers to missing attachment ${index}`);
      return array;
    }
    return value;
  });
}
