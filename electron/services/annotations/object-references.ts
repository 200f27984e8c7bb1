/**
 * Which objects a record points at, and whether they exist in its scene: imports and review edits
 * both refuse a record that names an object its scene does not have.
 */
import type Database from 'better-sqlite3';
import type { AnnotationDraft } from '../../../common/annotations/annotation';

export interface ObjectReference {
  /** Dotted path in the record, e.g. `referents.1.id` or `value.object_id`. */
  field: string;
  id: number;
}

export function objectReferences(record: Pick<AnnotationDraft, 'referents' | 'value'>): ObjectReference[] {
  const refs = record.referents.map((referent, index) => ({ field: `referents.${index}.id`, id: referent.id }));
  const value = record.value;
  if (value.kind === 'object' || value.kind === 'caption' || value.kind === 'layout') {
    refs.push({ field: 'value.object_id', id: value.object_id });
  }
  return refs;
}

/** Object ids of every scene in the project, read once per import instead of once per record. */
export function loadObjectIndex(db: Database.Database): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  for (const sceneId of db.prepare('SELECT id FROM scenes').pluck().all() as string[]) index.set(sceneId, new Set());
  const rows = db.prepare('SELECT scene_id, id FROM objects').raw().iterate() as IterableIterator<[string, number]>;
  for (const [sceneId, id] of rows) index.get(sceneId)?.add(id);
  return index;
}

/** The references whose object is not in the scene. */
export function missingObjects(
  record: Pick<AnnotationDraft, 'referents' | 'value'>,
  sceneObjects: ReadonlySet<number>,
): ObjectReference[] {
  return objectReferences(record).filter((ref) => !sceneObjects.has(ref.id));
}

export function sceneObjectIds(db: Database.Database, sceneId: string): Set<number> {
  return new Set(db.prepare('SELECT id FROM objects WHERE scene_id = ?').pluck().all(sceneId) as number[]);
}
