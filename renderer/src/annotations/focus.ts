/**
 * How an annotation is shown in the viewport: its referents by role, the distance line of a
 * distance item, the target box of a layout item as a ghost.
 */
import type { Annotation, Referent } from '../../../common/annotations/annotation';
import type { AnnotationFilter, AnnotationPatch } from '../../../common/annotations/query';
import type { SceneObject } from '../../../common/domain/scene';
import type { ViewportFocus } from '../viewport/Viewport';
import type { TableFilters } from './annotation-view-store';

export function annotationFocus(annotation: Annotation): ViewportFocus {
  const referents = annotation.referents.map((r) => ({ id: r.id, role: r.role }));
  const focus: ViewportFocus = { referents };
  if (annotation.value.kind === 'distance') {
    const target = annotation.referents.find((r) => r.role === 'target') ?? annotation.referents[0];
    const anchor =
      annotation.referents.find((r) => r.role === 'anchor' && r.id !== target?.id) ?? annotation.referents[1];
    if (target && anchor) focus.distance = { a: target.id, b: anchor.id };
  }
  if (annotation.value.kind === 'layout') focus.ghost = annotation.value.box_after;
  return focus;
}

/** The table's filter form as a query filter (empty fields left out). */
export function queryFilter(filters: TableFilters, sceneId: string | null): AnnotationFilter {
  const filter: AnnotationFilter = {};
  if (filters.scene === 'current' && sceneId) filter.scene = sceneId;
  if (filters.task) filter.task = filters.task;
  if (filters.status) filter.status = filters.status;
  if (filters.template.trim()) filter.template = filters.template.trim();
  if (filters.source) filter.source = filters.source;
  if (filters.annotator.trim()) filter.annotator = filters.annotator.trim();
  if (filters.text.trim()) filter.text = filters.text.trim();
  if (filters.flagged) filter.flagged = true;
  return filter;
}

/** The patch that makes `id` the record's only referent of `role` (and its answer object, where it has one). */
export function pickPatch(
  record: Annotation,
  role: 'target' | 'anchor',
  id: number,
  objects: readonly SceneObject[],
): AnnotationPatch {
  const referents: Referent[] = [...record.referents.filter((r) => r.role !== role && r.id !== id), { id, role }];
  if (role !== 'target') return { referents };
  const value = record.value;
  if (value.kind === 'object') {
    const box = objects.find((o) => o.id === id)?.box;
    return { referents, value: { kind: 'object', object_id: id, ...(box ? { box } : {}) } };
  }
  if (value.kind === 'caption') return { referents, value: { kind: 'caption', object_id: id } };
  return { referents };
}
