/**
 * The annotation requests of the API contract (contract.ts spreads them in): paged queries, one
 * record, counts, review edits with their audit trail, and the long jobs — generate, import,
 * export. Shapes live in common/annotations/query.ts; the services in electron/services/annotations.
 */
import { z } from 'zod';
import type { Annotation } from '../annotations/annotation';
import {
  annotationPatchSchema,
  annotationQuerySchema,
  exportAnnotationsInputSchema,
  generateAnnotationsInputSchema,
  importAnnotationsInputSchema,
  type AnnotationCount,
  type AnnotationPage,
  type AuditEntry,
  type ExportAnnotationsResult,
  type GenerateAnnotationsResult,
  type ImportAnnotationsResult,
} from '../annotations/query';
import { request } from './define';

const annotationId = z.string().min(1).max(1000);

export const annotationRequests = {
  'annotations.query': request<AnnotationPage>()(annotationQuerySchema),
  'annotations.get': request<Annotation>()(z.object({ id: annotationId })),
  'annotations.counts': request<AnnotationCount[]>()(z.object({ scene: z.string().min(1).max(200).optional() })),
  /** A review edit: the store bumps the revision, stamps the annotator and records the audit trail. */
  'annotations.update': request<Annotation>()(
    z.object({ id: annotationId, patch: annotationPatchSchema, annotator: z.string().min(1).max(200).nullable() }),
  ),
  'annotations.audit': request<AuditEntry[]>()(z.object({ id: annotationId })),
  'annotations.generate': request<GenerateAnnotationsResult>()(generateAnnotationsInputSchema, { long: true }),
  /** Refused imports come back as data (`refused: true` with every bad record), not as an error. */
  'annotations.import': request<ImportAnnotationsResult>()(importAnnotationsInputSchema, { long: true }),
  'annotations.export': request<ExportAnnotationsResult>()(exportAnnotationsInputSchema, { long: true }),
} as const;
