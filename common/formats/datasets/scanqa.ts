/**
 * ScanQA: a JSON list of `{scene_id, question_id, question, answers[], object_ids[],
 * object_names[]}` → vqa records. Test splits have no answers, object_ids or object_names.
 * The objects a question is about become `target` referents.
 */
import type { AnnotationDraft } from '../../annotations/annotation';
import type { DatasetCodec, DecodeResult } from './codec';
import { extraFrom, underscored, withoutUndefined } from './imported-extra';
import { type DuplicateIds, decodeJsonRecords } from './json-input';
import type { RecordReader } from './record-reader';

const MODELLED = ['scene_id', 'question_id', 'question', 'answers', 'object_ids'];

function readOne(reader: RecordReader, ids: DuplicateIds): AnnotationDraft | undefined {
  const sceneId = reader.string('scene_id', { nonEmpty: true });
  const questionId = reader.idText('question_id');
  const question = reader.string('question', { nonEmpty: true });
  const answers = reader.has('answers') ? reader.stringArray('answers') : [];
  const objectIds = reader.has('object_ids') ? reader.objectIdArray('object_ids') : [];
  if (reader.has('object_names')) {
    const names = reader.stringArray('object_names');
    if (names && objectIds && names.length !== objectIds.length) {
      reader.fail('object_names', `${names.length} names for ${objectIds.length} object_ids`);
    }
  }
  if (reader.errors.length > 0 || !ids.claim(questionId!, reader, 'question_id')) return undefined;
  return {
    id: `scanqa:${questionId}`,
    scene_id: sceneId!,
    task: 'vqa',
    text: question!,
    answer: answers![0] ?? '',
    value: { kind: 'answers', answers: answers! },
    referents: [...new Set(objectIds)].map((id) => ({ id, role: 'target' as const })),
    source: { kind: 'import', format: 'scanqa', original_id: questionId! },
    extra: reader.rest(MODELLED),
  };
}

function writeOne(record: AnnotationDraft, objectLabel: (id: number) => string | undefined) {
  const extra = extraFrom(record, 'scanqa');
  const answers = record.value.kind === 'answers' ? record.value.answers : record.answer ? [record.answer] : [];
  const objectIds = record.referents.filter((r) => r.role === 'target' || r.role === 'reference').map((r) => r.id);
  const keptNames =
    Array.isArray(extra.object_names) && extra.object_names.length === objectIds.length
      ? extra.object_names
      : undefined;
  const objectNames = objectIds.map((id, i) => underscored(objectLabel(id) ?? String(keptNames?.[i] ?? '')));
  const { object_names: _names, ...rest } = extra;
  // A record with neither answers nor objects is written the way test splits are: without those keys.
  const unanswered = answers.length === 0 && objectIds.length === 0;
  return withoutUndefined({
    scene_id: record.scene_id,
    question_id:
      (record.source.kind === 'import' && record.source.format === 'scanqa' && record.source.original_id) || record.id,
    question: record.text,
    answers: unanswered ? undefined : answers,
    object_ids: unanswered ? undefined : objectIds,
    object_names: unanswered ? undefined : objectNames,
    ...rest,
  });
}

const isVqa = (record: AnnotationDraft): boolean => record.task === 'vqa';

export const scanQaCodec: DatasetCodec = {
  canEncode: isVqa,
  decode(text: string, fileName: string): DecodeResult {
    return decodeJsonRecords(text, fileName, readOne);
  },
  encode(records, context = {}) {
    const out = records
      .filter(isVqa)
      .map((record) => writeOne(record, (id) => context.objectLabel?.(record.scene_id, id)));
    return JSON.stringify(out, null, 2) + '\n';
  },
};
