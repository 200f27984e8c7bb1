/**
 * Which vertex properties the studio reads (x y z, red green blue, label) and where they sit in a
 * binary record; everything else in the header is only sized so it can be skipped.
 */
import { InputError } from '../domain/errors';
import { SCALAR_SIZE, type PlyElement, type PlyHeader, type PlyScalarType } from './ply-header';

export interface PlyField {
  name: string;
  type: PlyScalarType;
  /** Byte offset inside a binary record. */
  offset: number;
  /** Position among the record's values (ASCII token index). */
  index: number;
}

export interface PlyVertexLayout {
  element: PlyElement;
  /** Bytes per binary vertex record. */
  stride: number;
  x: PlyField;
  y: PlyField;
  z: PlyField;
  /** red, green, blue (uchar) or null when the file has no colour. */
  rgb: [PlyField, PlyField, PlyField] | null;
  /** ScanNet `_vh_clean_2.labels.ply` carries a per-vertex `label`. */
  label: PlyField | null;
}

export function vertexLayout(header: PlyHeader, file: string): PlyVertexLayout {
  const element = header.elements.find((e) => e.name === 'vertex');
  if (!element) throw new InputError(file, {}, 'vertex', "header has no 'element vertex'");
  const fields = new Map<string, PlyField>();
  let offset = 0;
  element.properties.forEach((property, index) => {
    if (property.kind === 'list') {
      throw new InputError(
        file,
        { line: property.line },
        `vertex.${property.name}`,
        "unsupported property type 'list' on vertex",
      );
    }
    fields.set(property.name, { name: property.name, type: property.type, offset, index });
    offset += SCALAR_SIZE[property.type];
  });
  const coordinate = (name: string): PlyField => {
    const field = fields.get(name);
    if (!field) throw new InputError(file, { line: element.line }, `vertex.${name}`, 'missing property');
    if (field.type !== 'float32' && field.type !== 'float64') {
      throw new InputError(
        file,
        { line: propertyLine(element, name) },
        `vertex.${name}`,
        `unsupported property type '${field.type}' for a coordinate (float or double)`,
      );
    }
    return field;
  };
  const x = coordinate('x');
  const y = coordinate('y');
  const z = coordinate('z');
  const channels = ['red', 'green', 'blue'].map((name) => fields.get(name));
  let rgb: PlyVertexLayout['rgb'] = null;
  if (channels.some((c) => c !== undefined)) {
    const [r, g, b] = channels;
    if (!r || !g || !b) {
      const missing = ['red', 'green', 'blue'][channels.findIndex((c) => c === undefined)]!;
      throw new InputError(
        file,
        { line: element.line },
        `vertex.${missing}`,
        'missing property (red, green and blue come together)',
      );
    }
    for (const c of [r, g, b]) {
      if (c.type !== 'uint8') {
        throw new InputError(
          file,
          { line: propertyLine(element, c.name) },
          `vertex.${c.name}`,
          `unsupported property type '${c.type}' for a colour (uchar)`,
        );
      }
    }
    rgb = [r, g, b];
  }
  const label = fields.get('label') ?? null;
  if (label && (label.type === 'float32' || label.type === 'float64')) {
    throw new InputError(
      file,
      { line: propertyLine(element, 'label') },
      'vertex.label',
      `unsupported property type '${label.type}' for a label (integer)`,
    );
  }
  return { element, stride: offset, x, y, z, rgb, label };
}

function propertyLine(element: PlyElement, name: string): number {
  return element.properties.find((p) => p.name === name)?.line ?? element.line;
}

/** Bytes a binary record of this element takes when it has no lists, else null. */
export function fixedRecordSize(element: PlyElement): number | null {
  let size = 0;
  for (const p of element.properties) {
    if (p.kind === 'list') return null;
    size += SCALAR_SIZE[p.type];
  }
  return size;
}

/** Smallest record size (lists empty): a lower bound for what the header declares. */
export function minimumRecordSize(element: PlyElement): number {
  let size = 0;
  for (const p of element.properties) size += SCALAR_SIZE[p.kind === 'list' ? p.countType : p.type];
  return size;
}

/** Lower bound of the binary body the header declares, up to and including the vertex element. */
export function declaredBytesThroughVertices(header: PlyHeader): number {
  let bytes = header.byteLength;
  for (const element of header.elements) {
    bytes += element.count * minimumRecordSize(element);
    if (element.name === 'vertex') break;
  }
  return bytes;
}
