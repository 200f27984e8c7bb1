/**
 * The transform gizmo for the one selected object: move on the floor plane, rotate about Z,
 * resize. The gizmo drags a local stand-in of the object's box (only this view sees it move);
 * one drag is one gesture, reported once at its end through `onCommit(objectId, newBox)`.
 * Snapping steps: 5 cm and 15°.
 */
import { TransformControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useRef } from 'react';
import type { Group } from 'three';
import type { Box, Vec3 } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';
import { UNIT_BOX_EDGES } from './ObjectBoxesLayer';
import { BOX_COLORS } from './roles';

export const SNAP_METRES = 0.05;
export const SNAP_RADIANS = Math.PI / 12;

export type GizmoMode = 'move' | 'rotate' | 'resize';

/** The box a drag produced; a resize keeps the bottom where it was (objects stand on something). */
export function boxFromStandIn(before: Box, position: Vec3, yaw: number, scale: Vec3, mode: GizmoMode): Box {
  if (mode === 'resize') {
    const bottom = before.center[2] - before.size[2] / 2;
    return { center: [position[0], position[1], bottom + scale[2] / 2], size: scale, yaw: before.yaw };
  }
  if (mode === 'rotate') return { center: before.center, size: before.size, yaw };
  return { center: [position[0], position[1], before.center[2]], size: before.size, yaw: before.yaw };
}

export function TransformGizmo({
  object,
  mode,
  snapping,
  onDragStart,
  onDragEnd,
  onCommit,
}: {
  object: SceneObject;
  mode: GizmoMode;
  snapping: boolean;
  onDragStart: () => void;
  /** After every drag, whether or not it changed the box. */
  onDragEnd: () => void;
  onCommit: (objectId: number, box: Box) => void;
}) {
  const standIn = useRef<Group>(null);
  const invalidate = useThree((s) => s.invalidate);
  const { box } = object;

  // Back to the stored box whenever it changes (a committed edit arrives, undo, another object).
  useLayoutEffect(() => {
    const g = standIn.current;
    if (!g) return;
    g.position.set(...box.center);
    g.rotation.set(0, 0, box.yaw);
    g.scale.set(...box.size);
    invalidate();
  }, [box, invalidate]);

  const commit = () => {
    const g = standIn.current;
    if (!g) return;
    const next = boxFromStandIn(
      box,
      g.position.toArray() as Vec3,
      g.rotation.z,
      g.scale.toArray().map((v) => Math.max(0.01, Math.abs(v))) as Vec3,
      mode,
    );
    const same =
      next.yaw === box.yaw &&
      next.center.every((v, i) => Math.abs(v - box.center[i]!) < 1e-6) &&
      next.size.every((v, i) => Math.abs(v - box.size[i]!) < 1e-6);
    if (!same) onCommit(object.id, next);
  };

  return (
    <>
      <group ref={standIn}>
        <lineSegments geometry={UNIT_BOX_EDGES}>
          <lineBasicMaterial color={BOX_COLORS.selected} depthTest={false} />
        </lineSegments>
      </group>
      <TransformControls
        object={standIn as React.RefObject<Group>}
        mode={mode === 'move' ? 'translate' : mode === 'rotate' ? 'rotate' : 'scale'}
        space={mode === 'resize' ? 'local' : 'world'}
        showX={mode !== 'rotate'}
        showY={mode !== 'rotate'}
        showZ={mode !== 'move'}
        translationSnap={snapping ? SNAP_METRES : null}
        rotationSnap={snapping ? SNAP_RADIANS : null}
        scaleSnap={snapping ? SNAP_METRES : null}
        size={0.8}
        onMouseDown={onDragStart}
        onMouseUp={() => {
          onDragEnd();
          commit();
        }}
      />
    </>
  );
}
