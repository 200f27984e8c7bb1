/**
 * A small window hook (`window.__viewport`) for end-to-end tests and the viewport benchmark: frame
 * counters, the time the first frame with points was drawn, a synchronous frame render (finished
 * on the GPU), projection of world points to client pixels and where the transform gizmo's handles
 * are on screen. It holds no state of its own.
 */
import { advance, useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3, type Mesh, type Object3D, type PerspectiveCamera } from 'three';
import type { Vec3 } from '../../../common/domain/box';

export interface ViewportProbeApi {
  frames: number;
  pointsDrawn: number;
  /** performance.now() of the first frame that drew points; null before. */
  firstPointsFrameAt: number | null;
  /** Renders one full frame now and waits for the GPU; returns milliseconds. */
  renderFrame(): number;
  /** Client (page) pixel coordinates of a world point. */
  project(point: Vec3): { x: number; y: number };
  /**
   * Client pixels of the middle of the transform gizmo's pick handle `name` ('X', 'Y', 'Z', 'XY',
   * ...) in the gizmo's current mode, where a pointer grabs it; null when no gizmo is shown.
   */
  gizmoHandle(name: string): { x: number; y: number } | null;
  /** The camera and drawing buffer, so a benchmark can draw the same view elsewhere. */
  view(): {
    position: number[];
    quaternion: number[];
    /** Degrees; 0 for an orthographic camera. */
    fov: number;
    near: number;
    far: number;
    width: number;
    height: number;
    pixelRatio: number;
  };
}

/** What the probe reads of three-stdlib's TransformControlsGizmo (its pick meshes per mode). */
interface GizmoPickers extends Object3D {
  isTransformControlsGizmo: true;
  mode: string;
  picker: Record<string, Object3D | undefined>;
}

declare global {
  interface Window {
    __viewport?: ViewportProbeApi;
  }
}

export function ViewportProbe({ pointsDrawn }: { pointsDrawn: number }) {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);

  useEffect(() => {
    const pixel = new Uint8Array(4);
    const api: ViewportProbeApi = window.__viewport ?? {
      frames: 0,
      pointsDrawn: 0,
      firstPointsFrameAt: null,
      renderFrame: () => 0,
      project: () => ({ x: 0, y: 0 }),
      gizmoHandle: () => null,
      view: () => ({ position: [], quaternion: [], fov: 0, near: 0, far: 0, width: 0, height: 0, pixelRatio: 1 }),
    };
    api.view = () => {
      const { camera, size } = get();
      const c = camera as PerspectiveCamera;
      return {
        position: camera.position.toArray(),
        quaternion: camera.quaternion.toArray(),
        fov: c.isPerspectiveCamera ? c.fov : 0,
        near: c.near,
        far: c.far,
        width: size.width,
        height: size.height,
        pixelRatio: gl.getPixelRatio(),
      };
    };
    api.renderFrame = () => {
      const start = performance.now();
      advance(start, true);
      const ctx = gl.getContext();
      ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel);
      return performance.now() - start;
    };
    api.project = (point) => {
      const { camera } = get();
      const v = new Vector3(...point).project(camera);
      const rect = gl.domElement.getBoundingClientRect();
      return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height };
    };
    api.gizmoHandle = (name) => {
      const { scene } = get();
      // Places the handles for the current camera, as a render would.
      scene.updateMatrixWorld();
      let gizmo: GizmoPickers | undefined;
      scene.traverse((o) => {
        if ((o as Partial<GizmoPickers>).isTransformControlsGizmo && o.parent?.visible) gizmo = o as GizmoPickers;
      });
      const handle = gizmo?.picker[gizmo.mode]?.children.find((c) => c.name === name) as Mesh | undefined;
      if (!handle) return null;
      if (!handle.geometry.boundingBox) handle.geometry.computeBoundingBox();
      const middle = handle.geometry.boundingBox!.getCenter(new Vector3()).applyMatrix4(handle.matrixWorld);
      return api.project(middle.toArray());
    };
    window.__viewport = api;
  }, [gl, get]);

  useEffect(() => {
    if (window.__viewport) window.__viewport.pointsDrawn = pointsDrawn;
  }, [pointsDrawn]);

  useFrame(() => {
    const api = window.__viewport;
    if (!api) return;
    api.frames++;
    if (pointsDrawn > 0 && api.firstPointsFrameAt === null) api.firstPointsFrameAt = performance.now();
  });
  return null;
}
