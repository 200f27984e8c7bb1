/**
 * An annotation in focus: its distance line (center distance and gap of the two objects, by the
 * same geometry as the distance templates) and its layout edit as a ghost box at the target.
 * Referents' role colours are drawn by the boxes and labels layers.
 */
import { Edges } from '@react-three/drei';
import type { Box } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';
import { measure } from './measurement';
import { MeasureLine } from './MeasureLine';
import { BOX_COLORS } from './roles';

export interface ViewportFocus {
  referents: { id: number; role: string }[];
  distance?: { a: number; b: number };
  ghost?: Box;
}

export function FocusLayer({ focus, objects }: { focus: ViewportFocus; objects: readonly SceneObject[] }) {
  const distance = focus.distance
    ? measure({ kind: 'object', objectId: focus.distance.a }, { kind: 'object', objectId: focus.distance.b }, objects)
    : null;
  const ghost = focus.ghost;
  return (
    <group>
      {distance && (
        <MeasureLine
          from={distance.from}
          to={distance.to}
          label={distance.label}
          color="#ffa94d"
          testId="focus-distance"
        />
      )}
      {ghost && (
        <mesh position={ghost.center} rotation={[0, 0, ghost.yaw]} scale={ghost.size}>
          <boxGeometry args={[1, 1, 1]} />
          <meshBasicMaterial color={BOX_COLORS.ghost} transparent opacity={0.18} depthWrite={false} />
          <Edges color={BOX_COLORS.ghost} />
        </mesh>
      )}
    </group>
  );
}
