/**
 * SQA3D: a questions file `{questions:[{scene_id, situation, alternative_situation[], question,
 * question_id}]}` and an annotations file `{annotations:[{question_id, scene_id, answers:[{answer,
 * answer_confidence?, answer_id?}], position{x,y,z}, rotation{_w,_x,_y,_z}}]}`, joined by
 * question_id into vqa records. The situation and the agent's pose go to the record's `situation`.
 */
import type { AnnotationDraft, JsonValue, Situation } from '../../annotations/annotation';
import { InputError } from '../../domain/errors';
import type { DecodeResult } from './codec';
import { extraFrom } from './imported-extra';
import { DuplicateIds, parseJson, forEachJsonRecord } from './json-input';
import { isPlainObject, type RecordReader } from './record-reader';

export interface TextFile {
  text: string;
  fileName: string;
}

interface QuestionPart {
  reader: RecordReader;
  sceneId: string;
  questionId: string;
  question: string;
  situationText: string;
  alternatives: string[];
}

interface AnnotationPart {
  reader: RecordReader;
  sceneId: string;
  answers: string[];
  position: Situation['position'];
  rotation: Situation['rotation'];
}

const QUESTION_FIELDS = ['scene_id', 'situation', 'alternative_situation', 'question', 'question_id'];
const ANNOTATION_FIELDS = ['question_id', 'scene_id', 'answers', 'position', 'rotation'];

function readQuestion(reader: RecordReader): QuestionPart | undefined {
  const sceneId = reader.string('scene_id', { nonEmpty: true });
  const situationText = reader.string('situation', { nonEmpty: true });
  const alternatives = reader.has('alternative_situation') ? reader.stringArray('alternative_situation') : [];
  const question = reader.string('question', { nonEmpty: true });
  const questionId = reader.idText('question_id');
  if (reader.errors.length > 0) return undefined;
  return {
    reader,
    sceneId: sceneId!,
    questionId: questionId!,
    question: question!,
    situationText: situationText!,
    alternatives: alternatives!,
  };
}

function readAnswers(reader: RecordReader): string[] | undefined {
  const list = reader.record.answers;
  if (list === undefined || list === null) return reader.fail('answers', 'missing');
  if (!Array.isArray(list)) return reader.fail('answers', 'expected a list');
  const answers: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const answer = isPlainObject(item) ? item.answer : undefined;
    if (typeof answer !== 'string') return reader.fail(`answers[${i}].answer`, 'expected a string');
    answers.push(answer);
  }
  return answers;
}

function readAnnotation(reader: RecordReader): (AnnotationPart & { questionId: string }) | undefined {
  const questionId = reader.idText('question_id');
  const sceneId = reader.string('scene_id', { nonEmpty: true });
  const answers = readAnswers(reader);
  const position = reader.object('position');
  const x = position?.number('x');
  const y = position?.number('y');
  const z = position?.number('z');
  const rotation = reader.object('rotation');
  const w = rotation?.number('_w');
  const rx = rotation?.number('_x');
  const ry = rotation?.number('_y');
  const rz = rotation?.number('_z');
  if (reader.errors.length > 0) return undefined;
  return {
    reader,
    questionId: questionId!,
    sceneId: sceneId!,
    answers: answers!,
    position: [x!, y!, z!],
    rotation: { w: w!, x: rx!, y: ry!, z: rz! },
  };
}

function toRecord(q: QuestionPart, a: AnnotationPart): AnnotationDraft {
  const extra: Record<string, JsonValue> = {
    question_id: q.reader.record.question_id as JsonValue,
    answers: a.reader.record.answers as JsonValue,
  };
  const questionRest = q.reader.rest(QUESTION_FIELDS);
  const annotationRest = a.reader.rest(ANNOTATION_FIELDS);
  if (Object.keys(questionRest).length > 0) extra.question_fields = questionRest;
  if (Object.keys(annotationRest).length > 0) extra.annotation_fields = annotationRest;
  return {
    id: `sqa3d:${q.questionId}`,
    scene_id: q.sceneId,
    task: 'vqa',
    text: q.question,
    answer: a.answers[0] ?? '',
    value: { kind: 'answers', answers: a.answers },
    referents: [],
    source: { kind: 'import', format: 'sqa3d', original_id: q.questionId },
    situation: { text: q.situationText, alternatives: q.alternatives, position: a.position, rotation: a.rotation },
    extra,
  };
}

export function decodeSqa3d(questionsFile: TextFile, annotationsFile: TextFile): DecodeResult {
  const errors: InputError[] = [];
  const annotations = new Map<string, AnnotationPart>();
  // Ids of annotations that are themselves bad, so their questions are not told "no annotation".
  const badAnnotationIds = new Set<string>();
  const annotationIds = new DuplicateIds();
  forEachJsonRecord(
    annotationsFile.text,
    annotationsFile.fileName,
    errors,
    (reader) => {
      const part = readAnnotation(reader);
      if (part && annotationIds.claim(part.questionId, reader, 'question_id')) annotations.set(part.questionId, part);
      else if (!part) badAnnotationIds.add(String(reader.record.question_id));
      errors.push(...reader.errors);
    },
    'annotations',
  );
  const records: AnnotationDraft[] = [];
  const joined = new Set<string>();
  const questionIds = new DuplicateIds();
  forEachJsonRecord(
    questionsFile.text,
    questionsFile.fileName,
    errors,
    (reader) => {
      const q = readQuestion(reader);
      if (!q) joined.add(String(reader.record.question_id)); // already reported; its annotation is not an orphan
      if (q && questionIds.claim(q.questionId, reader, 'question_id')) {
        const a = annotations.get(q.questionId);
        if (!a && badAnnotationIds.has(q.questionId)) {
          reader.fail('question_id', `its annotation in ${annotationsFile.fileName} is invalid`);
        } else if (!a)
          reader.fail('question_id', `no annotation with question_id ${q.questionId} in ${annotationsFile.fileName}`);
        else if (a.sceneId !== q.sceneId)
          reader.fail('scene_id', `${q.sceneId} differs from the annotation's scene_id ${a.sceneId}`);
        else records.push(toRecord(q, a));
        joined.add(q.questionId);
      }
      errors.push(...reader.errors);
    },
    'questions',
  );
  for (const [questionId, a] of annotations) {
    if (!joined.has(questionId))
      a.reader.fail('question_id', `no question with question_id ${questionId} in ${questionsFile.fileName}`);
    errors.push(...a.reader.errors);
  }
  return { records, errors };
}

/** Tell the two files apart by their top-level key, so the caller may pass them in any order. */
export function decodeSqa3dFiles(files: readonly TextFile[]): DecodeResult {
  const byKey: Partial<Record<'questions' | 'annotations', TextFile>> = {};
  const errors: InputError[] = [];
  for (const file of files) {
    const parsed = parseJson(file.text, file.fileName);
    if (!parsed.ok) errors.push(parsed.error);
    else if (isPlainObject(parsed.value) && 'questions' in parsed.value) byKey.questions = file;
    else if (isPlainObject(parsed.value) && 'annotations' in parsed.value) byKey.annotations = file;
    else
      errors.push(
        new InputError(file.fileName, {}, undefined, 'neither a SQA3D questions file nor an annotations file'),
      );
  }
  if (errors.length > 0) return { records: [], errors };
  if (!byKey.questions || !byKey.annotations) {
    const missing = byKey.questions ? 'annotations' : 'questions';
    const named = files.map((f) => f.fileName).join(', ') || '(no files)';
    return { records: [], errors: [new InputError(named, {}, missing, `SQA3D needs a ${missing} file too`)] };
  }
  return decodeSqa3d(byKey.questions, byKey.annotations);
}

export const canEncodeSqa3d = (record: AnnotationDraft): boolean =>
  record.task === 'vqa' && record.situation !== undefined;

export function encodeSqa3d(records: readonly AnnotationDraft[]): { questions: string; annotations: string } {
  const questions: unknown[] = [];
  const annotations: unknown[] = [];
  for (const record of records.filter(canEncodeSqa3d)) {
    const situation = record.situation!;
    const extra = extraFrom(record, 'sqa3d');
    const questionId = extra.question_id ?? record.id;
    const answers = record.value.kind === 'answers' ? record.value.answers : [record.answer];
    const keptDetails: Record<string, unknown>[] = Array.isArray(extra.answers)
      ? (extra.answers.filter((d) => isPlainObject(d)) as Record<string, unknown>[])
      : [];
    // Keep an answer's confidence and id while its text is unchanged.
    const details = answers.map(
      (answer, i) => keptDetails.find((d) => d.answer === answer) ?? { answer, answer_id: i + 1 },
    );
    questions.push({
      scene_id: record.scene_id,
      situation: situation.text,
      alternative_situation: situation.alternatives,
      question: record.text,
      question_id: questionId,
      ...(isPlainObject(extra.question_fields) ? extra.question_fields : {}),
    });
    const [x, y, z] = situation.position;
    const r = situation.rotation;
    annotations.push({
      question_id: questionId,
      scene_id: record.scene_id,
      answers: details,
      position: { x, y, z },
      rotation: { _w: r.w, _x: r.x, _y: r.y, _z: r.z },
      ...(isPlainObject(extra.annotation_fields) ? extra.annotation_fields : {}),
    });
  }
  return {
    questions: JSON.stringify({ questions }, null, 2) + '\n',
    annotations: JSON.stringify({ annotations }, null, 2) + '\n',
  };
}
