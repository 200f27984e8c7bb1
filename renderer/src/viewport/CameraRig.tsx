/**
 * The viewport's camera and orbit controls: a perspective camera for the perspective preset, an
 * orthographic one for top / front / side (top is the designers' layout view, so rotation is off
 * there and in the elevations). Frames the scene when a scene opens or the preset changes, and
 * answers frame-selection and reset requests.
 */
import { OrbitControls, OrthographicCamera, PerspectiveCamera } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { OrthographicCamera as OrthoCam, Vector3 } from 'three';
import type { Aabb } from '../../../common/geometry/box';
import type { CameraCommand, CameraPreset } from '../viewport-state/viewport-store';
import { frameBounds } from './camera-framing';

const FOV = 50;

export function CameraRig({
  sceneKey,
  sceneBounds,
  selectionBounds,
  preset,
  command,
}: {
  /** Changes when another scene opens: the camera frames it afresh. */
  sceneKey: string;
  sceneBounds: Aabb | null;
  selectionBounds: Aabb | null;
  preset: CameraPreset;
  command: CameraCommand;
}) {
  const ortho = preset !== 'perspective';
  return (
    <>
      {ortho ? (
        <OrthographicCamera makeDefault near={0.01} far={1000} />
      ) : (
        <PerspectiveCamera makeDefault fov={FOV} near={0.05} far={500} />
      )}
      <OrbitControls makeDefault enableDamping={false} enableRotate={!ortho} screenSpacePanning />
      <Framer
        sceneKey={sceneKey}
        sceneBounds={sceneBounds}
        selectionBounds={selectionBounds}
        preset={preset}
        command={command}
      />
    </>
  );
}

interface Controls {
  target: Vector3;
  update(): void;
}

function Framer({
  sceneKey,
  sceneBounds,
  selectionBounds,
  preset,
  command,
}: {
  sceneKey: string;
  sceneBounds: Aabb | null;
  selectionBounds: Aabb | null;
  preset: CameraPreset;
  command: CameraCommand;
}) {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as Controls | null;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  // Bounds change with every layout edit; only the keys below should move the camera.
  const bounds = useRef({ sceneBounds, selectionBounds });
  bounds.current = { sceneBounds, selectionBounds };
  const framedFor = useRef('');
  const hasBounds = sceneBounds !== null;
  const lastSeq = useRef(command.seq);

  useEffect(() => {
    if (!controls || size.width === 0) return;
    const isFrame = command.kind === 'frame' && command.seq !== lastSeq.current;
    lastSeq.current = command.seq;
    const target = (isFrame ? bounds.current.selectionBounds : null) ?? bounds.current.sceneBounds;
    if (!target) return;
    // A resize alone does not move the camera; a new scene, preset, camera or request does.
    const key = `${sceneKey}|${preset}|${camera.uuid}|${command.seq}`;
    if (framedFor.current === key) return;
    framedFor.current = key;
    const f = frameBounds(target, preset, size, FOV);
    if (isFrame && preset === 'perspective') {
      // Frame along the current view direction: the user's angle is kept, only distance changes.
      const dir = camera.position.clone().sub(controls.target).normalize();
      const dist = Math.hypot(...f.position.map((v, i) => v - f.target[i]!));
      camera.position.set(f.target[0] + dir.x * dist, f.target[1] + dir.y * dist, f.target[2] + dir.z * dist);
    } else {
      camera.position.set(...f.position);
    }
    if ((camera as OrthoCam).isOrthographicCamera) {
      (camera as OrthoCam).zoom = f.zoom;
      camera.updateProjectionMatrix();
    }
    camera.lookAt(...f.target);
    controls.target.set(...f.target);
    controls.update();
    invalidate();
  }, [sceneKey, hasBounds, preset, camera, controls, size, command, invalidate]);
  return null;
}
