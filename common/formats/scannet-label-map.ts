/**
 * ScanNet's `scannetv2-labels.combined.tsv`: raw category → NYU40 id and class name. Columns are
 * found by their header names, so extra or reordered columns are fine.
 */
import { InputError } from '../domain/errors';

export interface Nyu40Mapping {
  nyu40id: number;
  nyu40class: string;
}

export type LabelMap = Map<string, Nyu40Mapping>;

const REQUIRED = ['raw_category', 'nyu40id', 'nyu40class'] as const;

export function parseLabelMap(text: string, file: string): LabelMap {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const header = (lines[0] ?? '').split('\t');
  const column = Object.fromEntries(
    REQUIRED.map((name) => {
      const index = header.indexOf(name);
      if (index < 0) throw new InputError(file, { line: 1 }, name, 'missing column in header');
      return [name, index];
    }),
  ) as Record<(typeof REQUIRED)[number], number>;
  const map: LabelMap = new Map();
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    if (lines[i]!.trim() === '') continue;
    const cells = lines[i]!.split('\t');
    const raw = cells[column.raw_category]?.trim() ?? '';
    if (raw === '') throw new InputError(file, { line }, 'raw_category', 'empty');
    const idText = cells[column.nyu40id]?.trim() ?? '';
    const nyu40id = Number(idText);
    if (idText === '' || !Number.isInteger(nyu40id) || nyu40id < 0 || nyu40id > 40) {
      throw new InputError(file, { line }, 'nyu40id', `'${idText}' is not an NYU40 id (0–40)`);
    }
    const nyu40class = cells[column.nyu40class]?.trim() ?? '';
    if (nyu40class === '') throw new InputError(file, { line }, 'nyu40class', 'empty');
    // ScanNet's file has no duplicate raw categories; should one appear, the first row wins.
    if (!map.has(raw)) map.set(raw, { nyu40id, nyu40class });
  }
  return map;
}
