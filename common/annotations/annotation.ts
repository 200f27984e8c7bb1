/**
 * The MODLE annotation record: one question, description, caption or instruction about a scene,
 * with its typed ground truth, the objects it refers to, where it came from and its review state.
 * The zod schema here is the single definition; the TypeScript types, `validateAnnotation` and the
 * published JSON Schema (resources/schemas/modle.schema.json) are all derived from it.
 */
import { z } from 'zod';

export const TASKS = ['vqa', 'grounding', 'caption', 'distance', 'layout_edit'] as const;
export type Task = (typeof TASKS)[number];

export const STATUSES = ['generated', 'accepted', 'corrected', 'rejected'] as const;
export type AnnotationStatus = (typeof STATUSES)[number];

export const REFERENT_ROLES = ['target', 'anchor', 'distractor', 'reference'] as const;
export type ReferentRole = (typeof REFERENT_ROLES)[number];

/** Formats an annotation can be imported from (SPEC §3). */
export const IMPORT_FORMATS = ['modle', 'scanrefer', 'scanqa', 'nr3d', 'sr3d', 'sqa3d', 'll3da'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
/** ScanNet aggregation objectId (SPEC §2). */
export const objectIdSchema = z
  .number()
  .int()
  .min(0)
  .meta({ id: 'ObjectId', description: 'ScanNet aggregation objectId' });

export const vec3Schema = z.tuple([finite, finite, finite]).meta({ id: 'Vec3' });

export const boxSchema = z
  .object({
    center: vec3Schema.describe('metres, axis-aligned scene frame, +Z up'),
    size: z.tuple([finite.min(0), finite.min(0), finite.min(0)]).describe('full extents dx, dy, dz in metres'),
    yaw: finite.describe('radians about +Z; 0 for axis-aligned boxes'),
  })
  .meta({ id: 'Box', title: 'Box' });

export const distanceValueSchema = z.object({
  kind: z.literal('distance'),
  metric: z.enum(['center', 'gap']).describe('center: between box centres; gap: closest distance between boxes'),
  metres: finite.min(0),
});

export const objectValueSchema = z.object({
  kind: z.literal('object'),
  object_id: objectIdSchema,
  box: boxSchema.optional().describe('the target box when known'),
});

export const layoutValueSchema = z.object({
  kind: z.literal('layout'),
  object_id: objectIdSchema,
  box_before: boxSchema,
  box_after: boxSchema,
});

export const answersValueSchema = z.object({
  kind: z.literal('answers'),
  answers: z.array(z.string()).describe('every accepted answer; empty for unanswered test splits'),
});

export const captionValueSchema = z.object({
  kind: z.literal('caption'),
  object_id: objectIdSchema.describe('the captioned object'),
});

export const referentSchema = z.object({ id: objectIdSchema, role: z.enum(REFERENT_ROLES) }).meta({ id: 'Referent' });

export const sourceSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('template'),
      template_id: z.string().min(1),
      template_version: z.number().int().min(0),
    }),
    z.object({
      kind: z.literal('import'),
      format: z.enum(IMPORT_FORMATS),
      original_id: z.string().optional().describe('the record id in the source file, when it has one'),
    }),
    z.object({ kind: z.literal('model'), model: z.string().min(1), version: z.string() }),
    z.object({ kind: z.literal('human') }),
  ])
  .meta({ id: 'Source' });

/** SQA3D's situation: where the agent stands and what it is told about itself. */
export const situationSchema = z
  .object({
    text: z.string(),
    alternatives: z.array(z.string()),
    position: vec3Schema.describe('agent position, metres'),
    rotation: z.object({ w: finite, x: finite, y: finite, z: finite }).describe('agent orientation quaternion'),
  })
  .meta({ id: 'Situation' });

const isoTime = z.iso.datetime({ offset: true }).meta({ id: 'Timestamp' });

const commonFields = {
  id: z.string().min(1),
  scene_id: z.string().min(1),
  text: z
    .string()
    .regex(/\S/, 'must not be empty')
    .describe('question, description, instruction; for captions the caption'),
  answer: z.string(),
  referents: z.array(referentSchema),
  source: sourceSchema,
  situation: situationSchema.optional().describe('SQA3D situation; vqa only'),
  extra: z
    .record(z.string(), z.json().meta({ id: 'Json' }))
    .optional()
    .describe('fields of the source format kept verbatim for a faithful re-export; never interpreted'),
};

const lifecycleFields = {
  status: z.enum(STATUSES),
  flagged: z.boolean(),
  annotator: z.string().nullable(),
  created_at: isoTime,
  updated_at: isoTime,
  revision: z.number().int().min(1),
};

const optionalLifecycleFields = {
  status: lifecycleFields.status.optional(),
  flagged: lifecycleFields.flagged.optional(),
  annotator: lifecycleFields.annotator.optional(),
  created_at: lifecycleFields.created_at.optional(),
  updated_at: lifecycleFields.updated_at.optional(),
  revision: lifecycleFields.revision.optional(),
};

/** The value's kind is fixed by the task, so each task is its own branch. */
const taskValues = {
  vqa: answersValueSchema,
  grounding: objectValueSchema,
  caption: captionValueSchema,
  distance: distanceValueSchema,
  layout_edit: layoutValueSchema,
} as const;

function byTask<F extends z.core.$ZodLooseShape>(fields: F) {
  return z.discriminatedUnion('task', [
    z.object({ ...commonFields, ...fields, task: z.literal('vqa'), value: taskValues.vqa }),
    z.object({ ...commonFields, ...fields, task: z.literal('grounding'), value: taskValues.grounding }),
    z.object({ ...commonFields, ...fields, task: z.literal('caption'), value: taskValues.caption }),
    z.object({ ...commonFields, ...fields, task: z.literal('distance'), value: taskValues.distance }),
    z.object({ ...commonFields, ...fields, task: z.literal('layout_edit'), value: taskValues.layout_edit }),
  ]);
}

/** A complete record, as the project stores it and MODLE export writes it. */
export const annotationSchema = byTask(lifecycleFields).meta({
  title: 'MODLE annotation',
  description: 'One Spatial Studio / MODLE annotation record (docs/modle-format.md).',
});

/** A record before the store gives it a review state and timestamps (what importers produce). */
export const annotationDraftSchema = byTask(optionalLifecycleFields);

export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationDraft = z.infer<typeof annotationDraftSchema>;
export type AnnotationValue = Annotation['value'];
export type AnnotationSource = z.infer<typeof sourceSchema>;
export type Referent = z.infer<typeof referentSchema>;
export type Situation = z.infer<typeof situationSchema>;
export type JsonValue = z.infer<ReturnType<typeof z.json>>;

export interface FieldIssue {
  /** Dotted path into the record, e.g. `value.box.size.1`; empty for the record itself. */
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

function toValidation<T>(result: z.ZodSafeParseResult<T>): Validation<T> {
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  };
}

export function validateAnnotation(input: unknown): Validation<Annotation> {
  return toValidation(annotationSchema.safeParse(input));
}

export function validateAnnotationDraft(input: unknown): Validation<AnnotationDraft> {
  return toValidation(annotationDraftSchema.safeParse(input));
}

export interface CompleteDraftOptions {
  /** ISO time used for both timestamps when the draft has none. */
  now: string;
  status?: AnnotationStatus;
  annotator?: string | null;
}

/** Fill the review fields a draft lacks (status `generated` unless told otherwise, revision 1). */
export function completeDraft(draft: AnnotationDraft, options: CompleteDraftOptions): Annotation {
  return {
    ...draft,
    status: draft.status ?? options.status ?? 'generated',
    flagged: draft.flagged ?? false,
    annotator: draft.annotator !== undefined ? draft.annotator : (options.annotator ?? null),
    created_at: draft.created_at ?? options.now,
    updated_at: draft.updated_at ?? draft.created_at ?? options.now,
    revision: draft.revision ?? 1,
  } as Annotation;
}
