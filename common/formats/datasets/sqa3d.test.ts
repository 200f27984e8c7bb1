import { describe, expect, it } from 'vitest';
import { decodeSqa3d, decodeSqa3dFiles, encodeSqa3d } from './sqa3d';

const QUESTIONS = {
  questions: [
    {
      alternative_situation: ['I am facing the couch while the window is behind me.'],
      question: 'What color is the chair in front of me?',
      question_id: 220602000000,
      scene_id: 'scene0380_00',
      situation: 'I am standing by the window facing the couch.',
    },
    {
      alternative_situation: [],
      question: 'Can I see the TV without turning around?',
      question_id: 220602000001,
      scene_id: 'scene0380_00',
      situation: 'I am sitting on the bed.',
    },
  ],
};
const ANNOTATIONS = {
  annotations: [
    {
      answer_type: 'other',
      answers: [{ answer: 'brown', answer_confidence: 'yes', answer_id: 1 }],
      position: { x: 0.84, y: -1.12, z: 0 },
      question_id: 220602000000,
      rotation: { _w: 0.92, _x: 0, _y: 0, _z: 0.39 },
      scene_id: 'scene0380_00',
    },
    {
      answers: [{ answer: 'no' }],
      position: { x: 1, y: 2, z: 0 },
      question_id: 220602000001,
      rotation: { _w: 1, _x: 0, _y: 0, _z: 0 },
      scene_id: 'scene0380_00',
    },
  ],
};

const questionsFile = (value: unknown) => ({
  text: JSON.stringify(value),
  fileName: 'v1_balanced_questions_val_scannetv2.json',
});
const annotationsFile = (value: unknown) => ({
  text: JSON.stringify(value),
  fileName: 'v1_balanced_sqa_annotations_val_scannetv2.json',
});

describe('SQA3D', () => {
  it('joins questions and annotations into vqa records with the situation and pose', () => {
    const { records, errors } = decodeSqa3d(questionsFile(QUESTIONS), annotationsFile(ANNOTATIONS));
    expect(errors).toEqual([]);
    expect(records[0]).toEqual({
      id: 'sqa3d:220602000000',
      scene_id: 'scene0380_00',
      task: 'vqa',
      text: 'What color is the chair in front of me?',
      answer: 'brown',
      value: { kind: 'answers', answers: ['brown'] },
      referents: [],
      source: { kind: 'import', format: 'sqa3d', original_id: '220602000000' },
      situation: {
        text: 'I am standing by the window facing the couch.',
        alternatives: ['I am facing the couch while the window is behind me.'],
        position: [0.84, -1.12, 0],
        rotation: { w: 0.92, x: 0, y: 0, z: 0.39 },
      },
      extra: {
        question_id: 220602000000,
        answers: [{ answer: 'brown', answer_confidence: 'yes', answer_id: 1 }],
        annotation_fields: { answer_type: 'other' },
      },
    });
  });

  it('takes the two files in either order', () => {
    const result = decodeSqa3dFiles([annotationsFile(ANNOTATIONS), questionsFile(QUESTIONS)]);
    expect(result.records.map((r) => r.id)).toEqual(['sqa3d:220602000000', 'sqa3d:220602000001']);
    expect(decodeSqa3dFiles([questionsFile(QUESTIONS)]).errors[0]!.message).toBe(
      'v1_balanced_questions_val_scannetv2.json: annotations: SQA3D needs a annotations file too',
    );
    expect(decodeSqa3dFiles([{ text: '[]', fileName: 'x.json' }, questionsFile(QUESTIONS)]).errors[0]!.message).toBe(
      'x.json: neither a SQA3D questions file nor an annotations file',
    );
  });

  it('round-trips: decode → encode gives the same files and records', () => {
    const first = decodeSqa3d(questionsFile(QUESTIONS), annotationsFile(ANNOTATIONS));
    const encoded = encodeSqa3d(first.records);
    expect(JSON.parse(encoded.questions)).toEqual(QUESTIONS);
    expect(JSON.parse(encoded.annotations)).toEqual(ANNOTATIONS);
    const second = decodeSqa3d(
      { text: encoded.questions, fileName: 'q' },
      { text: encoded.annotations, fileName: 'a' },
    );
    expect(second.records).toEqual(first.records);
  });

  it('keeps answer details only while the answer text is unchanged', () => {
    const [record] = decodeSqa3d(questionsFile(QUESTIONS), annotationsFile(ANNOTATIONS)).records;
    const corrected = {
      ...record!,
      task: 'vqa' as const,
      answer: 'dark brown',
      value: { kind: 'answers' as const, answers: ['dark brown', 'brown'] },
    };
    const out = JSON.parse(encodeSqa3d([corrected]).annotations);
    expect(out.annotations[0].answers).toEqual([
      { answer: 'dark brown', answer_id: 1 },
      { answer: 'brown', answer_confidence: 'yes', answer_id: 1 },
    ]);
  });

  it('lists every bad record in either file with its index and field', () => {
    const questions = {
      questions: [
        QUESTIONS.questions[0],
        { ...QUESTIONS.questions[1], situation: '' },
        { ...QUESTIONS.questions[1], question_id: 3 },
        { ...QUESTIONS.questions[0] },
        { ...QUESTIONS.questions[1], question_id: 4, alternative_situation: 'none' },
        { ...QUESTIONS.questions[1], question_id: 5 },
        { ...QUESTIONS.questions[1], question_id: 6, scene_id: 'scene0001_00' },
      ],
    };
    const annotations = {
      annotations: [
        ...ANNOTATIONS.annotations,
        { ...ANNOTATIONS.annotations[1], question_id: 5, position: { x: 1, y: 'up', z: 0 }, rotation: { _w: 1 } },
        { ...ANNOTATIONS.annotations[1], question_id: 6 },
        { ...ANNOTATIONS.annotations[1], question_id: 7, answers: [{ answer_id: 1 }] },
        { ...ANNOTATIONS.annotations[1], question_id: 8 },
      ],
    };
    const { records, errors } = decodeSqa3d(
      { text: JSON.stringify(questions), fileName: 'q.json' },
      { text: JSON.stringify(annotations), fileName: 'a.json' },
    );
    expect(records.map((r) => r.id)).toEqual(['sqa3d:220602000000']);
    expect(errors.map((e) => e.message)).toEqual([
      'a.json (record 2): position.y: expected a number, got "up"',
      'a.json (record 2): rotation._x: missing',
      'a.json (record 2): rotation._y: missing',
      'a.json (record 2): rotation._z: missing',
      'a.json (record 4): answers[0].answer: expected a string',
      'q.json (record 1): situation: empty text',
      'q.json (record 2): question_id: no annotation with question_id 3 in a.json',
      'q.json (record 3): question_id: duplicate id "220602000000" (first used at record 0)',
      'q.json (record 4): alternative_situation: expected a list, got "none"',
      'q.json (record 5): question_id: its annotation in a.json is invalid',
      "q.json (record 6): scene_id: scene0001_00 differs from the annotation's scene_id scene0380_00",
      'a.json (record 5): question_id: no question with question_id 8 in q.json',
    ]);
  });

  it('refuses files that are not the expected objects', () => {
    const { errors } = decodeSqa3d(
      { text: '[]', fileName: 'q.json' },
      { text: '{"annotations": 3}', fileName: 'a.json' },
    );
    expect(errors.map((e) => e.message)).toEqual([
      'a.json: annotations: expected a list of records, got number 3',
      'q.json: expected an object with a "questions" list, got a list',
    ]);
  });
});
