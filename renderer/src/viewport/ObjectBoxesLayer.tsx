/**
 * Objects as oriented wireframe boxes with labels. Each box also has an invisible solid for
 * picking; clicking selects (shift adds), and the selected boxes are highlighted.
 */
import { Html } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import { useMemo, useState } from 'react';
import { BoxGeometry, EdgesGeometry } from 'three';
import type { SceneObject } from '../../../common/domain/scene';

const STRUCTURE = new Set(['wall', 'floor', 'ceiling']);

export function ObjectBoxesLayer({
  objects,
  selected,
  onSelect,
}: {
  objects: SceneObject[];
  selected: number[];
  onSelect: (id: number, extend: boolean) => void;
}) {
  const [hovered, setHovered] = useState<number | null>(null);
  const unitEdges = useMemo(() => new EdgesGeometry(new BoxGeometry(1, 1, 1)), []);
  const shown = objects.filter((o) => !STRUCTURE.has(o.label) && o.points > 0);

  return (
    <group>
      {shown.map((object) => {
        const isSelected = selected.includes(object.id);
        const color = isSelected ? '#ffd43b' : hovered === object.id ? '#74c0fc' : '#4dabf7';
        const { center, size, yaw } = object.box;
        return (
          <group key={object.id} position={center} rotation={[0, 0, yaw]}>
            <lineSegments geometry={unitEdges} scale={size}>
              <lineBasicMaterial color={color} />
            </lineSegments>
            <mesh
              scale={size}
              onClick={(event: ThreeEvent<MouseEvent>) => {
                event.stopPropagation();
                onSelect(object.id, event.shiftKey);
              }}
              onPointerOver={(event: ThreeEvent<PointerEvent>) => {
                event.stopPropagation();
                setHovered(object.id);
              }}
              onPointerOut={() => setHovered((h) => (h === object.id ? null : h))}
            >
              <boxGeometry args={[1, 1, 1]} />
              <meshBasicMaterial visible={false} />
            </mesh>
            <Html position={[0, 0, size[2] / 2 + 0.05]} center zIndexRange={[10, 0]} style={{ pointerEvents: 'none' }}>
              <div className={isSelected ? 'box-label box-label--selected' : 'box-label'}>{object.label}</div>
            </Html>
          </group>
        );
      })}
    </group>
  );
}
