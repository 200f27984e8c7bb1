/**
 * How clients ask the project for annotations and what comes back: the filter and paging of a
 * query, per-scene counts, the review patch, and the reports of import, export and generation.
 * The zod schemas are the API contract's inputs; the store implements them in
 * electron/services/annotations.
 */
import { z } from 'zod';
import {
  IMPORT_FORMATS,
  STATUSES,
  TASKS,
  answersValueSchema,
  captionValueSchema,
  distanceValueSchema,
  layoutValueSchema,
  objectValueSchema,
  referentSchema,
  situationSchema,
  type Annotation,
  type AnnotationStatus,
  type Task,
} from './annotation';

export const EXPORT_FORMATS = ['modle', 'modle-jsonl', 'scanrefer', 'scanqa', 'll3da'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const SOURCE_KINDS = ['template', 'import', 'model', 'human'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1).max(10)]);

export const annotationFilterSchema = z.object({
  scene: z.string().min(1).max(200).optional(),
  task: oneOrMany(z.enum(TASKS)).optional(),
  status: oneOrMany(z.enum(STATUSES)).optional(),
  /** Template id (records generated from that template). */
  template: z.string().min(1).max(200).optional(),
  source: z.enum(SOURCE_KINDS).optional(),
  annotator: z.string().min(1).max(200).optional(),
  /** Words that must all appear in the text (prefix match on the last one, for search-as-you-type). */
  text: z.string().max(500).optional(),
  flagged: z.boolean().optional(),
});
export type AnnotationFilter = z.infer<typeof annotationFilterSchema>;

export const MAX_PAGE = 1000;

export const annotationQuerySchema = annotationFilterSchema.extend({
  limit: z.number().int().min(1).max(MAX_PAGE).default(100),
  offset: z.number().int().min(0).optional(),
  /** `nextCursor` of the previous page: faster than a large offset. */
  cursor: z.string().max(1000).optional(),
  /** Count every match (`total`); a table that already knows the count scrolls faster without. */
  withTotal: z.boolean().default(true),
});
export type AnnotationQuery = z.input<typeof annotationQuerySchema>;

export interface AnnotationPage {
  rows: Annotation[];
  /** Rows matching the filter, all pages together; null when asked `withTotal: false`. */
  total: number | null;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface AnnotationCount {
  scene_id: string;
  task: Task;
  status: AnnotationStatus;
  count: number;
}

/** What a reviewer may change; the store adds annotator, revision and updated_at. */
export const annotationPatchSchema = z
  .object({
    text: z.string().regex(/\S/, 'must not be empty'),
    answer: z.string(),
    value: z.discriminatedUnion('kind', [
      answersValueSchema,
      objectValueSchema,
      captionValueSchema,
      distanceValueSchema,
      layoutValueSchema,
    ]),
    referents: z.array(referentSchema),
    situation: situationSchema,
    status: z.enum(STATUSES),
    flagged: z.boolean(),
  })
  .partial();
export type AnnotationPatch = z.infer<typeof annotationPatchSchema>;

export interface AuditEntry {
  annotation_id: string;
  annotator: string | null;
  /** ISO 8601, UTC. */
  at: string;
  field: string;
  /** JSON values; null when the field was absent. */
  old: unknown;
  new: unknown;
  revision: number;
}

/** One bad record of an import: where it is and what is wrong (SPEC §3). */
export interface ImportIssue {
  file: string;
  line?: number;
  /** 0-based index in the file's list. */
  record?: number;
  /** The record's id when the problem was found after decoding (unknown object, id already stored). */
  record_id?: string;
  field?: string;
  reason: string;
  /** The whole issue as one line. */
  message: string;
}

export interface UnmatchedScene {
  scene_id: string;
  /** Records of that scene, which is not in the project. */
  count: number;
}

export interface ImportAnnotationsResult {
  imported: number;
  unmatched: UnmatchedScene[];
  errors: ImportIssue[];
  /** True when bad records refused the whole import (without skip-invalid): nothing was stored. */
  refused: boolean;
}

export const importAnnotationsInputSchema = z.object({
  paths: z.array(z.string().min(1).max(4096)).min(1).max(100),
  format: z.enum(IMPORT_FORMATS),
  skipInvalid: z.boolean().default(false),
});

export const exportAnnotationsInputSchema = z.object({
  path: z.string().min(1).max(4096),
  format: z.enum(EXPORT_FORMATS),
  status: z.array(z.enum(STATUSES)).min(1).optional(),
  scene: z.string().min(1).max(200).optional(),
});

export interface ExportAnnotationsResult {
  exported: number;
}

export const generateAnnotationsInputSchema = z.object({
  scene: z.string().min(1).max(200).optional(),
  tasks: z.array(z.enum(TASKS)).min(1),
  seed: z.number().int(),
});

export interface GenerateAnnotationsResult {
  generated: number;
  byTask: Partial<Record<Task, number>>;
  /** Records the same seed had generated before (stable ids), left as they are. */
  skipped: number;
}
