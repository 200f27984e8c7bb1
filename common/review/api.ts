/**
 * The review requests of the API contract (contract.ts spreads them in): settings (the annotator
 * name), a review action that records its reason and any accept-anyway override in the same
 * transaction as the change, and reviews over time for the progress dashboard.
 */
import { z } from 'zod';
import type { Annotation } from '../annotations/annotation';
import { annotationPatchSchema } from '../annotations/query';
import { request } from '../api/define';
import { settingsPatchSchema, type Settings } from './settings';

export const REVIEW_NOTE_FIELDS = ['reason', 'override', 'undo', 'model'] as const;

export const reviewNoteSchema = z
  .object({
    /** Why it was rejected (or any remark). */
    reason: z.string().trim().min(1).max(1000),
    /** The failing checks the reviewer accepted anyway (their messages). */
    override: z.array(z.string().max(500)).min(1).max(10),
    /** This change undoes the reviewer's previous one. */
    undo: z.literal(true),
    /** The change takes the spatial model's suggestion: what the model said. */
    model: z.string().trim().min(1).max(1000),
  })
  .partial();
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

export interface ReviewActivity {
  /** Start of the bucket: `YYYY-MM-DD` (day) or `YYYY-MM-DDTHH` (hour), UTC. */
  bucket: string;
  /** Status changes written in it. */
  reviews: number;
}

export const reviewRequests = {
  'settings.get': request<Settings>()(z.object({})),
  'settings.set': request<Settings>()(settingsPatchSchema),
  /** An audited review edit; the note's fields become audit rows of the same revision. */
  'review.apply': request<Annotation>()(
    z.object({
      id: z.string().min(1).max(1000),
      patch: annotationPatchSchema,
      annotator: z.string().min(1).max(200).nullable(),
      note: reviewNoteSchema.optional(),
    }),
  ),
  'review.activity': request<ReviewActivity[]>()(
    z.object({ scene: z.string().min(1).max(200).optional(), bucket: z.enum(['day', 'hour']).default('day') }),
  ),
} as const;
