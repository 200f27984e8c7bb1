/**
 * What each review key does to a record, as a patch for `review.apply`, and the patch that undoes
 * it. Kept pure so the queue, the inspector and the tests agree on one meaning: accept after an
 * edit is `corrected`; reject carries a reason; flag toggles "ambiguous"; undo writes the old values
 * back (itself a new, audited revision: nothing is erased from the trail).
 */
import type { Annotation } from '../annotations/annotation';
import type { AnnotationPatch } from '../annotations/query';

export type ReviewAction = 'accept' | 'reject' | 'flag';

/** The patch a review key writes. `edited`: the reviewer changed the record in this review. */
export function actionPatch(action: ReviewAction, record: Annotation, edited: boolean): AnnotationPatch {
  switch (action) {
    case 'accept':
      return { status: edited || record.status === 'corrected' ? 'corrected' : 'accepted' };
    case 'reject':
      return { status: 'rejected' };
    case 'flag':
      return { flagged: !record.flagged };
  }
}

const UNDOABLE = ['text', 'answer', 'value', 'referents', 'status', 'flagged'] as const;

/** The patch that puts back what `patch` changed on `before` (fields it left alone are not touched). */
export function undoPatch(before: Annotation, patch: AnnotationPatch): AnnotationPatch {
  const undo: Record<string, unknown> = {};
  for (const field of UNDOABLE) {
    if (patch[field] !== undefined && JSON.stringify(patch[field]) !== JSON.stringify(before[field])) {
      undo[field] = before[field];
    }
  }
  return undo as AnnotationPatch;
}

/** True when a patch changes what the record says (not only its review state). */
export function isContentEdit(patch: AnnotationPatch): boolean {
  return (['text', 'answer', 'value', 'referents', 'situation'] as const).some((f) => patch[f] !== undefined);
}
