/**
 * ReferIt3D's Nr3D and Sr3D CSVs → grounding records. Nr3D columns: `scan_id, target_id,
 * utterance, stimulus_id, instance_type, tokens`; Sr3D adds `anchor_ids, anchors_types,
 * distractor_ids, reference_type, coarse_reference_type`. The stimulus id is decoded and checked
 * against the row; anchors and the target's same-class distractors become referents.
 */
import type { AnnotationDraft, JsonValue, Referent } from '../../annotations/annotation';
import { InputError } from '../../domain/errors';
import type { DatasetCodec, DecodeResult, EncodeContext } from './codec';
import { parseCsv, writeCsv } from './csv';
import { extraFrom } from './imported-extra';
import { DuplicateIds } from './json-input';
import { parsePythonList, writePythonList } from './python-list';
import { RecordReader } from './record-reader';
import { formatStimulusId, parseStimulusId } from './stimulus-id';
import { tokenize, tokensMatch } from './tokens';

export type ReferIt3dVariant = 'nr3d' | 'sr3d';

const NR3D_COLUMNS = ['scan_id', 'target_id', 'utterance', 'stimulus_id', 'instance_type', 'tokens'];
const SR3D_COLUMNS = [
  ...NR3D_COLUMNS,
  'anchor_ids',
  'anchors_types',
  'distractor_ids',
  'reference_type',
  'coarse_reference_type',
];
/** Columns a row cannot do without; the others are read when present. */
const REQUIRED: Record<ReferIt3dVariant, string[]> = {
  nr3d: ['scan_id', 'target_id', 'utterance', 'stimulus_id', 'instance_type'],
  sr3d: ['scan_id', 'target_id', 'utterance', 'stimulus_id', 'instance_type', 'anchor_ids'],
};
/** Columns the record models; the rest stay in `extra` as the text they were. */
const MODELLED = ['scan_id', 'target_id', 'utterance', 'instance_type', 'anchor_ids', 'distractor_ids'];

function sameLabel(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, ' ');
  return norm(a) === norm(b);
}

/** A list of object ids: `[3, 7]` as Python writes it, or a bare `3`. */
function readIdList(reader: RecordReader, field: string): number[] | undefined {
  const cell = reader.string(field);
  if (cell === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(cell)) return [Number(cell)];
  if (cell.trim() === '') return [];
  const parsed = parsePythonList(cell);
  if (!parsed.ok) return reader.fail(field, parsed.reason);
  const ids: number[] = [];
  for (const item of parsed.items) {
    if (typeof item !== 'number' || !Number.isInteger(item) || item < 0) {
      return reader.fail(field, `expected non-negative integer object ids, got ${JSON.stringify(item)}`);
    }
    ids.push(item);
  }
  return ids;
}

function readStringList(reader: RecordReader, field: string): void {
  const cell = reader.string(field);
  if (cell === undefined || cell.trim() === '') return;
  const parsed = parsePythonList(cell);
  if (!parsed.ok) reader.fail(field, parsed.reason);
  else if (parsed.items.some((item) => typeof item !== 'string')) reader.fail(field, 'expected a list of strings');
}

function readRow(
  variant: ReferIt3dVariant,
  reader: RecordReader,
  ids: DuplicateIds,
  stimulusCounts: Map<string, number>,
): AnnotationDraft | undefined {
  const scanId = reader.string('scan_id', { nonEmpty: true });
  const targetId = reader.objectId('target_id');
  const utterance = reader.string('utterance', { nonEmpty: true });
  const instanceType = reader.string('instance_type', { nonEmpty: true });
  const stimulusText = reader.string('stimulus_id', { nonEmpty: true });
  let stimulusDistractors: number[] = [];
  if (stimulusText !== undefined) {
    const parsed = parseStimulusId(stimulusText);
    if (!parsed.ok) reader.fail('stimulus_id', parsed.reason);
    else {
      const s = parsed.stimulus;
      if (targetId !== undefined && s.targetId !== targetId)
        reader.fail('stimulus_id', `target ${s.targetId} differs from target_id ${targetId}`);
      if (scanId !== undefined && s.scanId !== scanId)
        reader.fail('stimulus_id', `scan ${s.scanId} differs from scan_id ${scanId}`);
      if (instanceType !== undefined && !sameLabel(s.label, instanceType)) {
        reader.fail('stimulus_id', `label "${s.label}" differs from instance_type "${instanceType}"`);
      }
      stimulusDistractors = s.distractorIds;
    }
  }
  if (reader.has('tokens')) readStringList(reader, 'tokens');
  const anchors = variant === 'sr3d' ? readIdList(reader, 'anchor_ids') : [];
  const distractors = reader.has('distractor_ids') ? readIdList(reader, 'distractor_ids') : [];
  if (reader.has('anchors_types')) readStringList(reader, 'anchors_types');
  if (reader.errors.length > 0) return undefined;

  const assignment = reader.has('assignmentid') ? reader.string('assignmentid', { nonEmpty: true }) : undefined;
  let localId: string;
  if (assignment !== undefined) {
    if (!ids.claim(assignment, reader, 'assignmentid')) return undefined;
    localId = assignment;
  } else {
    // Without an assignment id, the n-th utterance about a stimulus is named by n.
    const n = stimulusCounts.get(stimulusText!) ?? 0;
    stimulusCounts.set(stimulusText!, n + 1);
    localId = `${stimulusText}:${n}`;
  }
  return {
    id: `${variant}:${localId}`,
    scene_id: scanId!,
    task: 'grounding',
    text: utterance!,
    answer: instanceType!,
    value: { kind: 'object', object_id: targetId! },
    referents: referents(targetId!, anchors!, [...distractors!, ...stimulusDistractors]),
    source: { kind: 'import', format: variant, ...(assignment !== undefined ? { original_id: assignment } : {}) },
    extra: reader.rest(MODELLED),
  };
}

function referents(target: number, anchors: number[], distractors: number[]): Referent[] {
  const seen = new Set<number>([target]);
  const out: Referent[] = [{ id: target, role: 'target' }];
  for (const [ids, role] of [
    [anchors, 'anchor'],
    [distractors, 'distractor'],
  ] as const) {
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ id, role });
    }
  }
  return out;
}

function decode(variant: ReferIt3dVariant, text: string, fileName: string): DecodeResult {
  const errors: InputError[] = [];
  const records: AnnotationDraft[] = [];
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return { records, errors: [new InputError(fileName, { line: parsed.line }, undefined, parsed.reason)] };
  const [header, ...rows] = parsed.rows;
  if (!header) return { records, errors: [new InputError(fileName, {}, undefined, 'empty file: no header row')] };
  const columns = header.fields.map((name) => name.trim());
  const missing = REQUIRED[variant].filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    const reason = `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
    return { records, errors: [new InputError(fileName, { line: header.line }, missing[0], reason)] };
  }
  const ids = new DuplicateIds();
  const stimulusCounts = new Map<string, number>();
  rows.forEach((row, index) => {
    const location = { line: row.line, record: index };
    if (row.fields.length !== columns.length) {
      errors.push(
        new InputError(fileName, location, undefined, `${row.fields.length} fields, the header has ${columns.length}`),
      );
      return;
    }
    const cells: Record<string, unknown> = {};
    columns.forEach((name, i) => (cells[name] = row.fields[i]));
    const reader = new RecordReader(fileName, location, cells);
    const record = readRow(variant, reader, ids, stimulusCounts);
    if (record) records.push(record);
    errors.push(...reader.errors);
  });
  return { records, errors };
}

function keptString(extra: Record<string, JsonValue>, key: string): string | undefined {
  const value = extra[key];
  return typeof value === 'string' ? value : undefined;
}

function writeRow(variant: ReferIt3dVariant, record: AnnotationDraft, context: EncodeContext): Record<string, string> {
  if (record.value.kind !== 'object') throw new Error('Nr3D and Sr3D write grounding records only');
  const extra = extraFrom(record, variant);
  const target = record.value.object_id;
  const label = context.objectLabel?.(record.scene_id, target) ?? (record.answer || 'object');
  const anchors = record.referents.filter((r) => r.role === 'anchor').map((r) => r.id);
  const distractors = record.referents.filter((r) => r.role === 'distractor').map((r) => r.id);

  const kept = keptString(extra, 'stimulus_id');
  const keptStimulus = kept !== undefined ? parseStimulusId(kept) : undefined;
  const stimulusFits =
    keptStimulus?.ok && keptStimulus.stimulus.targetId === target && keptStimulus.stimulus.scanId === record.scene_id;
  const keptTokens = parsePythonList(keptString(extra, 'tokens') ?? '');
  const tokensFit = keptTokens.ok && tokensMatch(keptTokens.items.map(String), record.text);

  const row: Record<string, string> = {
    ...Object.fromEntries(
      Object.entries(extra).map(([key, value]) => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
    ),
    scan_id: record.scene_id,
    target_id: String(target),
    utterance: record.text,
    stimulus_id: stimulusFits
      ? kept!
      : formatStimulusId({ scanId: record.scene_id, label, targetId: target, distractorIds: distractors }),
    instance_type: label,
    tokens: tokensFit ? keptString(extra, 'tokens')! : writePythonList(tokenize(record.text)),
  };
  if (variant === 'sr3d') {
    const keptTypes = parsePythonList(keptString(extra, 'anchors_types') ?? '');
    const anchorTypes = anchors.map((id) => context.objectLabel?.(record.scene_id, id) ?? '');
    row.anchor_ids = writePythonList(anchors);
    row.anchors_types =
      keptTypes.ok && keptTypes.items.length === anchors.length && anchorTypes.every((t) => t === '')
        ? keptString(extra, 'anchors_types')!
        : writePythonList(anchorTypes);
    row.distractor_ids = writePythonList(distractors);
    row.reference_type = keptString(extra, 'reference_type') ?? '';
    row.coarse_reference_type = keptString(extra, 'coarse_reference_type') ?? '';
  }
  return row;
}

function encode(variant: ReferIt3dVariant, records: readonly AnnotationDraft[], context: EncodeContext = {}): string {
  const rows = records.filter(isGrounding).map((record) => writeRow(variant, record, context));
  // The format's own columns first, then any other column the imported files had, in first-seen order.
  const header = [...(variant === 'sr3d' ? SR3D_COLUMNS : NR3D_COLUMNS)];
  for (const row of rows) for (const key of Object.keys(row)) if (!header.includes(key)) header.push(key);
  return writeCsv(
    header,
    rows.map((row) => header.map((key) => row[key] ?? '')),
  );
}

const isGrounding = (record: AnnotationDraft): boolean => record.task === 'grounding';

function codecFor(variant: ReferIt3dVariant): DatasetCodec {
  return {
    canEncode: isGrounding,
    decode: (text, fileName) => decode(variant, text, fileName),
    encode: (records, context) => encode(variant, records, context),
  };
}

export const nr3dCodec = codecFor('nr3d');
export const sr3dCodec = codecFor('sr3d');
