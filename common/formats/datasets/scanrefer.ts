/**
 * ScanRefer: a JSON list of `{scene_id, object_id (string), object_name (underscored), ann_id,
 * description, token[]}`, one description of one object each → grounding records.
 */
import type { AnnotationDraft } from '../../annotations/annotation';
import type { DatasetCodec, DecodeResult } from './codec';
import { extraFrom, spaced, underscored, withoutUndefined } from './imported-extra';
import { type DuplicateIds, decodeJsonRecords } from './json-input';
import type { RecordReader } from './record-reader';
import { tokenize, tokensMatch } from './tokens';

/** Fields the record models; everything else goes to `extra` verbatim. */
const MODELLED = ['scene_id', 'object_id', 'description'];

function readOne(reader: RecordReader, ids: DuplicateIds): AnnotationDraft | undefined {
  const sceneId = reader.string('scene_id', { nonEmpty: true });
  const objectId = reader.objectId('object_id');
  const objectName = reader.string('object_name', { nonEmpty: true });
  const annId = reader.idText('ann_id');
  const description = reader.string('description', { nonEmpty: true });
  if (reader.has('token')) reader.stringArray('token');
  if (reader.errors.length > 0) return undefined;
  const originalId = `${sceneId}:${objectId}:${annId}`;
  if (!ids.claim(originalId, reader, 'ann_id')) return undefined;
  return {
    id: `scanrefer:${originalId}`,
    scene_id: sceneId!,
    task: 'grounding',
    text: description!,
    answer: spaced(objectName!),
    value: { kind: 'object', object_id: objectId! },
    referents: [{ id: objectId!, role: 'target' }],
    source: { kind: 'import', format: 'scanrefer', original_id: originalId },
    extra: reader.rest(MODELLED),
  };
}

function writeOne(record: AnnotationDraft, nextAnnId: () => string, label: string | undefined) {
  if (record.value.kind !== 'object') throw new Error('ScanRefer writes grounding records only');
  const extra = extraFrom(record, 'scanrefer');
  const token =
    Array.isArray(extra.token) && tokensMatch(extra.token.map(String), record.text)
      ? extra.token
      : tokenize(record.text);
  const objectName =
    label ?? (typeof extra.object_name === 'string' ? extra.object_name : underscored(record.answer || 'object'));
  return withoutUndefined({
    scene_id: record.scene_id,
    object_id: String(record.value.object_id),
    object_name: underscored(objectName),
    ann_id: extra.ann_id ?? nextAnnId(),
    description: record.text,
    token,
    ...Object.fromEntries(Object.entries(extra).filter(([key]) => !['token', 'object_name', 'ann_id'].includes(key))),
  });
}

const isGrounding = (record: AnnotationDraft): boolean => record.task === 'grounding';

function objectKey(record: AnnotationDraft): string {
  return `${record.scene_id}:${record.value.kind === 'object' ? record.value.object_id : -1}`;
}

export const scanReferCodec: DatasetCodec = {
  canEncode: isGrounding,
  decode(text: string, fileName: string): DecodeResult {
    return decodeJsonRecords(text, fileName, readOne);
  },
  encode(records, context = {}) {
    // ann_id numbers the descriptions of one object 0, 1, 2…; new ones continue after imported ones.
    const grounding = records.filter(isGrounding);
    const annCounts = new Map<string, number>();
    for (const record of grounding) {
      const annId = Number(extraFrom(record, 'scanrefer').ann_id);
      const key = objectKey(record);
      if (Number.isInteger(annId)) annCounts.set(key, Math.max(annCounts.get(key) ?? 0, annId + 1));
    }
    const out = grounding.map((record) => {
      const key = objectKey(record);
      const objectId = record.value.kind === 'object' ? record.value.object_id : -1;
      const nextAnnId = () => {
        const n = annCounts.get(key) ?? 0;
        annCounts.set(key, n + 1);
        return String(n);
      };
      return writeOne(record, nextAnnId, context.objectLabel?.(record.scene_id, objectId));
    });
    return JSON.stringify(out, null, 2) + '\n';
  },
};
