/**
 * 3D-LLM / LL3DA instruction data: a JSON list of `{scene_id, question, answers[]}` → vqa records.
 * Box tokens stay in the text as written; `decodeBoxTokens` reads them once the scene's bounds
 * are known. On export, grounding and layout records answer with the target box as a token when
 * the scene's bounds are given.
 */
import type { AnnotationDraft } from '../../annotations/annotation';
import { encodeBoxToken } from './box-tokens';
import type { DatasetCodec, DecodeResult, EncodeContext } from './codec';
import { extraFrom } from './imported-extra';
import { decodeJsonRecords } from './json-input';
import type { RecordReader } from './record-reader';

const MODELLED = ['scene_id', 'question', 'answers'];

function readOne(reader: RecordReader): AnnotationDraft | undefined {
  const sceneId = reader.string('scene_id', { nonEmpty: true });
  const question = reader.string('question', { nonEmpty: true });
  const answers = reader.stringArray('answers');
  if (reader.errors.length > 0) return undefined;
  const extra = reader.rest(MODELLED);
  return {
    // The format has no ids; a record is named by its place in the file.
    id: `ll3da:${sceneId}:${reader.location.record}`,
    scene_id: sceneId!,
    task: 'vqa',
    text: question!,
    answer: answers![0] ?? '',
    value: { kind: 'answers', answers: answers! },
    referents: [],
    source: { kind: 'import', format: 'll3da' },
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
  };
}

function answersOf(record: AnnotationDraft, context: EncodeContext): string[] {
  const value = record.value;
  if (value.kind === 'answers') return value.answers;
  const bounds = context.sceneBounds?.(record.scene_id);
  const box = value.kind === 'object' ? value.box : value.kind === 'layout' ? value.box_after : undefined;
  if (box && bounds) return [encodeBoxToken(box, bounds)];
  return [record.answer];
}

/** Captions have no question to ask without the object's box, so they are not written. */
const canEncode = (record: AnnotationDraft): boolean => record.task !== 'caption';

export const ll3daCodec: DatasetCodec = {
  canEncode,
  decode(text: string, fileName: string): DecodeResult {
    return decodeJsonRecords(text, fileName, readOne);
  },
  encode(records, context = {}) {
    const out = records.filter(canEncode).map((record) => ({
      scene_id: record.scene_id,
      question: record.text,
      answers: answersOf(record, context),
      ...extraFrom(record, 'll3da'),
    }));
    return JSON.stringify(out, null, 2) + '\n';
  },
};
