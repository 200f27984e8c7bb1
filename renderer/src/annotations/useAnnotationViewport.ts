/**
 * Wires the annotation in focus into the viewport: its focus (referents by role, distance line,
 * ghost target box), clicks that pick a referent while the inspector asks for one, and gizmo drags
 * that edit a layout item's target box instead of the layout history while that is switched on
 * (the object is drawn at its target box then, so the gizmo starts from there).
 */
import { useCallback, useMemo } from 'react';
import type { Box } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';
import { useReviewActions } from '../review/useReviewActions';
import type { ViewportFocus } from '../viewport/Viewport';
import { useShallow } from 'zustand/react/shallow';
import { useAnnotationView } from './annotation-view-store';
import { annotationFocus, pickPatch } from './focus';

export interface AnnotationViewport {
  focus: ViewportFocus | undefined;
  objects: SceneObject[];
  onSelect: (id: number | null, extend: boolean) => void;
  onTransformCommit: (objectId: number, box: Box) => void;
}

export function useAnnotationViewport(
  sceneId: string | null,
  objects: SceneObject[],
  select: (id: number | null, extend: boolean) => void,
  layoutCommit: (objectId: number, box: Box) => void,
): AnnotationViewport {
  // Only these three: App calls this hook, so following the whole store (the table's filters
  // too) re-rendered the whole studio on every filter change (50-110 ms of a 100 ms budget).
  const { active, picking, adjustingTarget } = useAnnotationView(
    useShallow((s) => ({ active: s.active, picking: s.picking, adjustingTarget: s.adjustingTarget })),
  );
  const actions = useReviewActions();
  const shown = active && active.scene_id === sceneId ? active : null;
  const target = shown?.value.kind === 'layout' && adjustingTarget ? shown.value : null;

  const focus = useMemo(() => (shown ? annotationFocus(shown) : undefined), [shown]);
  const drawn = useMemo(
    () => (target ? objects.map((o) => (o.id === target.object_id ? { ...o, box: target.box_after } : o)) : objects),
    [objects, target],
  );

  const onSelect = useCallback(
    (id: number | null, extend: boolean) => {
      if (shown && picking && id !== null) {
        useAnnotationView.getState().setPicking(null);
        void actions.edit(shown, pickPatch(shown, picking, id, objects), `Picked ${picking}`);
        return;
      }
      select(id, extend);
    },
    [shown, picking, actions, objects, select],
  );

  const onTransformCommit = useCallback(
    (objectId: number, box: Box) => {
      if (shown && target && objectId === target.object_id) {
        void actions.edit(shown, { value: { ...target, box_after: box } }, 'Moved target box');
        return;
      }
      layoutCommit(objectId, box);
    },
    [shown, target, actions, layoutCommit],
  );

  return { focus, objects: drawn, onSelect, onTransformCommit };
}
