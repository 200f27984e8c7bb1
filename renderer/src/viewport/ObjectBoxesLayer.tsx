/**
 * Objects as oriented wireframe boxes (their layout `box`), coloured by state: annotation role
 * when an annotation is in focus, hovered, selected. Picking is not done here (see
 * PickingController): the boxes carry no pointer handlers, so three.js never raycasts them.
 */
import { useMemo } from 'react';
import { BoxGeometry, EdgesGeometry } from 'three';
import type { SceneObject } from '../../../common/domain/scene';
import { BOX_COLORS } from './roles';

export const UNIT_BOX_EDGES = new EdgesGeometry(new BoxGeometry(1, 1, 1));

export function ObjectBoxesLayer({
  objects,
  selected,
  hovered,
  roleColors,
  hidden,
}: {
  objects: readonly SceneObject[];
  selected: readonly number[];
  hovered: number | null;
  /** Object id → colour of its role in the focused annotation. */
  roleColors: ReadonlyMap<number, string>;
  /** An object drawn elsewhere for now (the one the gizmo is dragging). */
  hidden: number | null;
}) {
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  return (
    <group>
      {objects.map((object) => {
        if (object.id === hidden) return null;
        const isSelected = selectedSet.has(object.id);
        const role = roleColors.get(object.id);
        const color = isSelected
          ? BOX_COLORS.selected
          : object.id === hovered
            ? BOX_COLORS.hovered
            : (role ?? BOX_COLORS.normal);
        const { center, size, yaw } = object.box;
        const emphasised = isSelected || object.id === hovered || role !== undefined;
        return (
          <lineSegments key={object.id} geometry={UNIT_BOX_EDGES} position={center} rotation={[0, 0, yaw]} scale={size}>
            <lineBasicMaterial color={color} transparent opacity={emphasised ? 1 : 0.7} depthTest={!emphasised} />
          </lineSegments>
        );
      })}
    </group>
  );
}
