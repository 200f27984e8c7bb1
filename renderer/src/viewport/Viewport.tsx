/**
 * The centre 3D view: the selected scene's points and object boxes over a grid, with orbit
 * controls and an axes gizmo. +Z is up (SPEC §2). Renders on demand, not every frame.
 */
import { GizmoHelper, GizmoViewport, Grid, OrbitControls } from '@react-three/drei';
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Object3D, Vector3 } from 'three';
import type { PointCloud, SceneObject } from '../../../common/domain/scene';
import { ObjectBoxesLayer } from './ObjectBoxesLayer';
import { PointCloudLayer } from './PointCloudLayer';

// Set before any camera is created so every camera and control treats +Z as up.
Object3D.DEFAULT_UP.set(0, 0, 1);

export interface ViewportProps {
  cloud: PointCloud | undefined;
  objects: SceneObject[];
  selected: number[];
  onSelect: (id: number | null, extend: boolean) => void;
}

export function Viewport({ cloud, objects, selected, onSelect }: ViewportProps) {
  return (
    <Canvas
      frameloop="demand"
      camera={{ position: [6, -6, 5], fov: 50, near: 0.05, far: 500 }}
      onPointerMissed={() => onSelect(null, false)}
      data-testid="viewport-canvas"
    >
      <color attach="background" args={['#1a1b1e']} />
      <Grid
        rotation={[Math.PI / 2, 0, 0]}
        args={[40, 40]}
        cellSize={0.5}
        sectionSize={2}
        cellColor="#3b3f45"
        sectionColor="#5c6370"
        fadeDistance={60}
        infiniteGrid
      />
      {cloud && <PointCloudLayer cloud={cloud} />}
      <ObjectBoxesLayer objects={objects} selected={selected} onSelect={onSelect} />
      {cloud && <FrameOnLoad cloud={cloud} />}
      <OrbitControls makeDefault enableDamping={false} />
      <GizmoHelper alignment="bottom-right" margin={[72, 72]}>
        <GizmoViewport axisColors={['#fa5252', '#40c057', '#4dabf7']} labelColor="white" />
      </GizmoHelper>
    </Canvas>
  );
}

/** Points the camera at a newly loaded cloud from a raised three-quarter view. */
function FrameOnLoad({ cloud }: { cloud: PointCloud }) {
  const camera = useThree((state) => state.camera);
  const controls = useThree((state) => state.controls) as unknown as { target: Vector3; update(): void } | null;
  const invalidate = useThree((state) => state.invalidate);

  useEffect(() => {
    const { positions } = cloud;
    if (positions.length === 0) return;
    const min = new Vector3(Infinity, Infinity, Infinity);
    const max = new Vector3(-Infinity, -Infinity, -Infinity);
    const p = new Vector3();
    for (let i = 0; i < positions.length; i += 3) {
      p.set(positions[i], positions[i + 1], positions[i + 2]);
      min.min(p);
      max.max(p);
    }
    const center = min.clone().add(max).multiplyScalar(0.5);
    const radius = max.distanceTo(min) / 2;
    camera.position.set(center.x + radius * 0.9, center.y - radius * 1.3, center.z + radius * 1.2);
    camera.lookAt(center);
    if (controls) {
      controls.target.copy(center);
      controls.update();
    }
    invalidate();
  }, [cloud, camera, controls, invalidate]);
  return null;
}
