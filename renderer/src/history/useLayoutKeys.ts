/**
 * Layout editing from the keyboard and the gizmo, for the scene on screen: Ctrl/Cmd+Z undo,
 * Ctrl/Cmd+Shift+Z and Ctrl+Y redo, arrows nudge the selected object (Shift: a large step), R and
 * Shift+R turn it by 15°. One gizmo drag is one `gizmo` entry; a burst of nudges is merged into
 * one entry by the store (origin `nudge`). Calls are chained so fast key repeats apply in order,
 * each from the box the previous one left.
 */
import { useHotkeys } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { LayoutEditResult, LayoutMoveResult } from '../../../common/api/layout';
import type { Box } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';
import type { LayoutEdit } from '../../../common/layout/edits';
import type { EditOrigin } from '../../../common/layout/history';
import { sameBox } from '../../../common/layout/layout';
import { normalizeAngle } from '../../../common/synth/layout';
import { useRequest, useStudio } from '../api/StudioContext';
import { useLayoutEditing } from './layout-editing-store';

export const NUDGE_METRES = 0.05;
export const LARGE_NUDGE_METRES = 0.5;
export const TURN_RADIANS = Math.PI / 12;

const ARROWS: [key: string, dx: number, dy: number][] = [
  ['ArrowLeft', -1, 0],
  ['ArrowRight', 1, 0],
  ['ArrowUp', 0, 1],
  ['ArrowDown', 0, -1],
];

export interface LayoutKeys {
  onTransformCommit: (objectId: number, box: Box) => void;
  /** Boxes to draw as ghosts: moved objects' original boxes (when asked for) and a proposal's target. */
  ghosts: Box[];
}

export function useLayoutKeys(
  sceneId: string | null,
  objects: readonly SceneObject[],
  selected: readonly number[],
): LayoutKeys {
  const studio = useStudio();
  const { showOriginal, proposal, setError } = useLayoutEditing();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const objectsRef = useRef(objects);
  objectsRef.current = objects;
  // Objects that caught up with what this window's edits left need no override any more.
  useEffect(() => {
    const { latest } = useLayoutEditing.getState();
    if (latest.size === 0) return;
    const next = new Map(latest);
    for (const object of objects) if (sameBox(next.get(object.id) ?? object.box, object.box)) next.delete(object.id);
    useLayoutEditing.setState({ latest: next });
  }, [objects]);
  useEffect(() => useLayoutEditing.setState({ latest: new Map() }), [sceneId]);

  const run = useCallback(
    (work: () => Promise<LayoutEditResult | LayoutMoveResult>) => {
      queue.current = queue.current.then(work).then(
        (result) => {
          useLayoutEditing.getState().noteDiff(result.diff);
          setError(null);
        },
        (error: Error) => setError(error.message),
      );
    },
    [setError],
  );
  const apply = useCallback(
    (edit: (box: Box) => LayoutEdit, id: number, origin: Exclude<EditOrigin, 'revert'>) => {
      if (!sceneId) return;
      run(() => {
        const box = useLayoutEditing.getState().latest.get(id) ?? objectsRef.current.find((o) => o.id === id)?.box;
        if (!box) return Promise.reject(new Error(`object ${id} is not in the layout`));
        return studio.call('layout.apply', { sceneId, edit: edit(box), origin });
      });
    },
    [run, sceneId, studio],
  );
  const single = selected.length === 1 ? selected[0]! : null;
  const nudge = (dx: number, dy: number, step: number) => (event: KeyboardEvent) => {
    if (single === null || arrowsTaken(event)) return;
    apply(
      (box) => ({
        kind: 'move',
        id: single,
        center: [box.center[0] + dx * step, box.center[1] + dy * step, box.center[2]],
      }),
      single,
      'nudge',
    );
  };
  const turn = (radians: number) => () => {
    if (single === null) return;
    apply((box) => ({ kind: 'rotate', id: single, yaw: normalizeAngle(box.yaw + radians) }), single, 'gizmo');
  };
  const undo = () => sceneId && run(() => studio.call('layout.undo', { sceneId }));
  const redo = () => sceneId && run(() => studio.call('layout.redo', { sceneId }));

  useHotkeys([
    ['mod+Z', undo],
    ['mod+shift+Z', redo],
    ['ctrl+Y', redo],
    ...ARROWS.flatMap(([key, dx, dy]): [string, (event: KeyboardEvent) => void][] => [
      [key, nudge(dx, dy, NUDGE_METRES)],
      [`shift+${key}`, nudge(dx, dy, LARGE_NUDGE_METRES)],
    ]),
    ['R', turn(TURN_RADIANS)],
    ['shift+R', turn(-TURN_RADIANS)],
  ]);

  const onTransformCommit = useCallback(
    (objectId: number, box: Box) => apply(() => ({ kind: 'place', id: objectId, box }), objectId, 'gizmo'),
    [apply],
  );

  const original = useRequest(
    'layout.original',
    sceneId && showOriginal ? { sceneId } : null,
    `original:${sceneId}:${showOriginal}`,
    ['layout'],
  );
  const ghosts = useMemo(() => {
    const boxes: Box[] = [];
    if (showOriginal && original.data) {
      const now = new Map(objects.map((o) => [o.id, o.box]));
      for (const before of original.data) {
        const box = now.get(before.id);
        if (!box || !sameBox(box, before.box)) boxes.push(before.box);
      }
    }
    if (proposal && proposal.sceneId === sceneId) boxes.push(proposal.after);
    return boxes;
  }, [showOriginal, original.data, objects, proposal, sceneId]);

  return { onTransformCommit, ghosts };
}

/** Tabs, radio groups, sliders and menus move their own focus with the arrows: leave those keys to them. */
function arrowsTaken(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return target?.closest('[role="tab"], [role="radio"], [role="slider"], [role="menuitem"], [role="option"]') != null;
}
