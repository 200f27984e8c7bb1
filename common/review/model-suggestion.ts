/**
 * The spatial model's answer to an annotation's own text, as an edit a reviewer can take: the
 * referents it grounded, and per task the answer, the measured distance or the placed box. The
 * edit is written with a `model` note (review.apply), so the audit trail shows the change came
 * from the model's suggestion, not from the reviewer's own hand.
 */
import type { Annotation } from '../annotations/annotation';
import type { AnnotationPatch } from '../annotations/query';
import type { Box } from '../domain/box';
import type { AskResult } from '../model/decode';

export interface ModelSuggestion {
  patch: AnnotationPatch;
  /** The record already says what the model says (referents compared as a set: their order means nothing). */
  agrees: boolean;
  /** One line for the audit trail and the inspector: what the model said, with its scores. */
  summary: string;
}

/** Null when the model read the text as another task, or has nothing this record can hold. */
export function modelSuggestion(
  record: Annotation,
  result: AskResult,
  objects: readonly { id: number; box: Box }[],
): ModelSuggestion | null {
  if (result.task !== record.task) return null;
  const referents = result.referents.map(({ id, role }) => ({ id, role }));
  const target = result.referents.find((r) => r.role === 'target');
  const said = result.referents.map((r) => `${r.role} #${r.id} (${r.score.toFixed(2)})`).join(', ');
  let patch: AnnotationPatch | null = null;
  switch (record.task) {
    case 'distance':
      if (result.distance !== null && result.metric !== null && result.answer !== null)
        patch = {
          referents,
          answer: result.answer,
          value: { kind: 'distance', metric: result.metric, metres: result.distance },
        };
      break;
    case 'vqa':
      if (result.answer !== null)
        patch = { referents, answer: result.answer, value: { kind: 'answers', answers: [result.answer] } };
      break;
    case 'grounding':
      if (target) patch = { referents, value: { kind: 'object', object_id: target.id } };
      break;
    case 'layout_edit': {
      const moved = result.edit && objects.find((o) => o.id === result.edit!.object);
      if (result.edit && moved)
        patch = {
          referents,
          value: { kind: 'layout', object_id: moved.id, box_before: moved.box, box_after: result.edit.box },
        };
      break;
    }
    case 'caption':
      break;
  }
  if (patch === null) return null;
  return {
    patch,
    agrees: Object.entries(patch).every(([field, value]) => sameJson(record[field as keyof Annotation], value)),
    summary: `spatial model: ${said}${result.answer ? `; answer ${result.answer}` : ''}`,
  };
}

/** Equal as data; referents compare as a set (their order means nothing). */
function sameJson(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): string =>
    JSON.stringify(Array.isArray(v) ? v.map((x) => JSON.stringify(x)).sort() : v);
  return canonical(a) === canonical(b);
}
