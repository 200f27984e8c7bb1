/**
 * Loads one annotation and its scene's current objects, keeps them fresh on change events, and
 * runs the pre-accept checks on them: what the queue and the inspector both show.
 */
import { useMemo } from 'react';
import type { Annotation } from '../../../common/annotations/annotation';
import type { SceneObject } from '../../../common/domain/scene';
import { reviewChecks, type ReviewCheck } from '../../../common/review/checks';
import { useRequest } from '../api/StudioContext';

export interface ActiveRecord {
  record: Annotation | undefined;
  objects: SceneObject[] | undefined;
  checks: ReviewCheck[];
  error: Error | undefined;
}

export function useActiveRecord(id: string | undefined): ActiveRecord {
  const item = useRequest('annotations.get', id ? { id } : null, `annotation:${id}`, ['annotations']);
  const record = item.data?.id === id ? item.data : undefined;
  const sceneId = record?.scene_id;
  const objects = useRequest('scene.objects', sceneId ? { sceneId } : null, `objects:${sceneId}`, [
    'objects',
    'layout',
  ]);
  const checks = useMemo(
    () => (record && objects.data ? reviewChecks(record, objects.data) : []),
    [record, objects.data],
  );
  return { record, objects: objects.data, checks, error: item.error };
}
