/**
 * The review actions as calls: each writes at once through `review.apply` (no save button), stamps
 * the annotator, and pushes the patch that undoes it. Used by the queue's keys and the inspector.
 */
import { useCallback } from 'react';
import type { Annotation } from '../../../common/annotations/annotation';
import type { AnnotationPatch } from '../../../common/annotations/query';
import { actionPatch, isContentEdit, undoPatch, type ReviewAction } from '../../../common/review/actions';
import type { ReviewNote } from '../../../common/review/api';
import { useStudio } from '../api/StudioContext';
import { useAnnotationView } from '../annotations/annotation-view-store';
import { useReview } from './review-store';

export interface ReviewActions {
  /** Writes `patch` (an edit) and remembers how to undo it; `note` goes into the audit trail. */
  edit(record: Annotation, patch: AnnotationPatch, what?: string, note?: ReviewNote): Promise<Annotation | null>;
  act(record: Annotation, action: ReviewAction, note?: ReviewNote): Promise<Annotation | null>;
  undo(): Promise<Annotation | null>;
}

export function useReviewActions(): ReviewActions {
  const studio = useStudio();

  const write = useCallback(
    async (record: Annotation, patch: AnnotationPatch, what: string, note?: ReviewNote) => {
      const { annotator, askIdentity, pushUndo, markEdited, set } = useReview.getState();
      if (annotator === null) {
        askIdentity(true);
        return null;
      }
      try {
        const updated = await studio.call('review.apply', {
          id: record.id,
          patch,
          annotator,
          ...(note ? { note } : {}),
        });
        if (updated.revision !== record.revision) pushUndo({ id: record.id, patch: undoPatch(record, patch), what });
        if (isContentEdit(patch)) markEdited(record.id);
        if (useAnnotationView.getState().active?.id === updated.id) useAnnotationView.getState().setActive(updated);
        set({ message: `${what}: ${record.id}` });
        return updated;
      } catch (error) {
        set({ message: `Could not save: ${(error as Error).message}` });
        return null;
      }
    },
    [studio],
  );

  const edit = useCallback(
    (record: Annotation, patch: AnnotationPatch, what = 'Edited', note?: ReviewNote) =>
      write(record, patch, what, note),
    [write],
  );

  const act = useCallback(
    (record: Annotation, action: ReviewAction, note?: ReviewNote) => {
      const patch = actionPatch(action, record, useReview.getState().edited.has(record.id));
      const what =
        action === 'flag'
          ? record.flagged
            ? 'Unflagged'
            : 'Flagged'
          : patch.status === 'corrected'
            ? 'Corrected'
            : action === 'accept'
              ? 'Accepted'
              : 'Rejected';
      return write(record, patch, what, note);
    },
    [write],
  );

  const undo = useCallback(async () => {
    const { popUndo, annotator, set, goTo } = useReview.getState();
    const step = popUndo();
    if (!step) {
      set({ message: 'Nothing to undo' });
      return null;
    }
    try {
      const updated = await studio.call('review.apply', {
        id: step.id,
        patch: step.patch,
        annotator,
        note: { undo: true },
      });
      goTo(step.id);
      if (useAnnotationView.getState().active?.id === updated.id) useAnnotationView.getState().setActive(updated);
      set({ message: `Undid ${step.what.toLowerCase()}: ${step.id}` });
      return updated;
    } catch (error) {
      set({ message: `Could not undo: ${(error as Error).message}` });
      return null;
    }
  }, [studio]);

  return { edit, act, undo };
}
