/**
 * ASCII PLY records: one record per line, whitespace-separated values. Vertex lines go into the
 * sink; lines of other elements are checked for a consistent value count and dropped.
 */
import { InputError } from '../domain/errors';
import type { PlyElement } from './ply-header';
import type { PlyVertexLayout } from './ply-layout';
import type { VertexSink } from './ply-sink';

export function readAsciiVertex(
  tokens: string[],
  layout: PlyVertexLayout,
  sink: VertexSink,
  line: number,
  file: string,
): void {
  const expected = layout.element.properties.length;
  if (tokens.length !== expected) {
    throw new InputError(file, { line }, 'vertex', `expected ${expected} values, found ${tokens.length}`);
  }
  sink.reserve(1);
  const i = sink.count;
  const { x, y, z, rgb, label } = layout;
  for (const [field, axis] of [
    [x, 0],
    [y, 1],
    [z, 2],
  ] as const) {
    const value = Number(tokens[field.index]);
    if (!Number.isFinite(value)) {
      throw new InputError(
        file,
        { line },
        `vertex.${field.name}`,
        `non-finite coordinate '${tokens[field.index]}' at vertex ${i}`,
      );
    }
    sink.positions[i * 3 + axis] = value;
  }
  if (rgb) {
    rgb.forEach((field, channel) => {
      sink.colors[i * 3 + channel] = integerToken(tokens[field.index]!, 0, 255, line, `vertex.${field.name}`, file);
    });
  }
  if (label && sink.labels) {
    sink.labels[i] = integerToken(tokens[label.index]!, 0, 0xffff, line, 'vertex.label', file);
  }
  sink.count++;
}

/** Checks that a non-vertex line holds exactly the values its properties (and list counts) call for. */
export function checkAsciiRecord(tokens: string[], element: PlyElement, line: number, file: string): void {
  let t = 0;
  for (const prop of element.properties) {
    if (t >= tokens.length) {
      throw new InputError(file, { line }, `${element.name}.${prop.name}`, 'missing value (line too short)');
    }
    if (prop.kind === 'scalar') {
      t++;
      continue;
    }
    const count = integerToken(tokens[t]!, 0, Number.MAX_SAFE_INTEGER, line, `${element.name}.${prop.name}`, file);
    t += 1 + count;
    if (t > tokens.length) {
      throw new InputError(
        file,
        { line },
        `${element.name}.${prop.name}`,
        `list declares ${count} values, line has ${tokens.length - (t - count)}`,
      );
    }
  }
  if (t !== tokens.length) {
    throw new InputError(file, { line }, element.name, `expected ${t} values, found ${tokens.length}`);
  }
}

function integerToken(token: string, min: number, max: number, line: number, field: string, file: string): number {
  const value = Number(token);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(file, { line }, field, `'${token}' is not an integer in ${min}–${max}`);
  }
  return value;
}
