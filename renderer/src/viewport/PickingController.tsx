/**
 * Pointer picking on the canvas: a click (a press released within a few pixels, so orbiting is
 * not a click) picks through `common/geometry/picking` — boxes first, then the candidates' own
 * points — and hands the hit to `onPick`; pointer moves update the hover, at most once a frame.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Raycaster, Vector2, type Camera, type OrthographicCamera, type PerspectiveCamera } from 'three';
import type { Vec3 } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';
import {
  buildPickIndex,
  pickObject,
  type PickHit,
  type PickIndex,
  type PickTolerance,
} from '../../../common/geometry/picking';
import type { DisplayCloud } from './display-cloud';
import { STRUCTURE_LABELS } from './display-cloud';

/** How close (in pixels) the ray must pass a point to hit it. */
const PICK_RADIUS_PX = 6;
const CLICK_SLOP_PX = 4;

export interface PickEvent {
  hit: PickHit | null;
  shiftKey: boolean;
  altKey: boolean;
}

function toleranceFor(camera: Camera, heightPx: number): PickTolerance {
  if ((camera as OrthographicCamera).isOrthographicCamera) {
    const ortho = camera as OrthographicCamera;
    const metresPerPx = (ortho.top - ortho.bottom) / ortho.zoom / heightPx;
    return { base: PICK_RADIUS_PX * metresPerPx, slope: 0 };
  }
  const fov = ((camera as PerspectiveCamera).fov * Math.PI) / 180;
  return { base: 0.003, slope: (2 * Math.tan(fov / 2) * PICK_RADIUS_PX) / heightPx };
}

export function PickingController({
  cloud,
  objects,
  enabled,
  onPick,
  onHover,
}: {
  cloud: DisplayCloud | undefined;
  objects: readonly SceneObject[];
  /** False while the gizmo is dragging. */
  enabled: () => boolean;
  onPick: (event: PickEvent) => void;
  onHover: (id: number | null) => void;
}) {
  const { gl, camera, size } = useThree();
  const index = useMemo<PickIndex | null>(
    () => (cloud ? buildPickIndex(cloud.positions, cloud.instances) : null),
    [cloud],
  );
  const pickable = useMemo(() => objects.filter((o) => !STRUCTURE_LABELS.has(o.label)), [objects]);
  const latest = useRef({ camera, size, index, pickable, enabled, onPick, onHover });
  latest.current = { camera, size, index, pickable, enabled, onPick, onHover };

  useEffect(() => {
    const element = gl.domElement;
    const raycaster = new Raycaster();
    const ndc = new Vector2();
    let down: { x: number; y: number } | null = null;
    let hoverFrame = 0;

    const pickAt = (clientX: number, clientY: number): PickHit | null => {
      const { camera, size, index, pickable } = latest.current;
      const rect = element.getBoundingClientRect();
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, camera);
      const { origin, direction } = raycaster.ray;
      const ray = { origin: origin.toArray() as Vec3, dir: direction.toArray() as Vec3 };
      return pickObject(ray, pickable, index, toleranceFor(camera, size.height));
    };
    const onDown = (e: PointerEvent) => {
      down = e.button === 0 ? { x: e.clientX, y: e.clientY } : null;
    };
    const onUp = (e: PointerEvent) => {
      if (!down || e.button !== 0) return;
      const moved = Math.hypot(e.clientX - down.x, e.clientY - down.y);
      down = null;
      if (moved > CLICK_SLOP_PX || !latest.current.enabled()) return;
      latest.current.onPick({ hit: pickAt(e.clientX, e.clientY), shiftKey: e.shiftKey, altKey: e.altKey });
    };
    const onMove = (e: PointerEvent) => {
      if (e.buttons !== 0 || hoverFrame) return;
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        if (latest.current.enabled()) latest.current.onHover(pickAt(e.clientX, e.clientY)?.objectId ?? null);
      });
    };
    const onLeave = () => latest.current.onHover(null);
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerleave', onLeave);
    return () => {
      cancelAnimationFrame(hoverFrame);
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerleave', onLeave);
    };
  }, [gl]);
  return null;
}
