/**
 * The scan's points as one THREE.Points built from typed arrays — no React element per point. The
 * position buffer is uploaded once per cloud; a colour-mode change swaps only the colour buffer,
 * a structure-mode change only the draw range. Under an orthographic camera (where three.js draws
 * points in pixels) the size is converted from metres with the camera's zoom each frame.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, type OrthographicCamera, type PointsMaterial } from 'three';
import type { SceneObject } from '../../../common/domain/scene';
import type { ColorMode, StructureMode } from '../viewport-state/viewport-store';
import { drawCount, pointColors, type DisplayCloud } from './display-cloud';

export function PointCloudLayer({
  cloud,
  objects,
  colorMode,
  structure,
  size,
}: {
  cloud: DisplayCloud;
  objects: readonly SceneObject[];
  colorMode: ColorMode;
  structure: StructureMode;
  size: number;
}) {
  const material = useRef<PointsMaterial>(null);
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(cloud.positions, 3));
    g.computeBoundingSphere();
    return g;
  }, [cloud]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  const colors = useMemo(
    () => pointColors(cloud, objects, colorMode, structure === 'dim'),
    [cloud, objects, colorMode, structure],
  );
  const count = drawCount(cloud, structure);
  const invalidate = useThree((state) => state.invalidate);
  // A colour-mode change uploads only the new colour buffer; the positions stay on the GPU.
  useLayoutEffect(() => {
    geometry.setAttribute('color', new BufferAttribute(colors, 3, true));
    geometry.setDrawRange(0, count);
    invalidate();
  }, [geometry, colors, count, invalidate]);

  useFrame(({ camera }) => {
    const m = material.current;
    if (!m) return;
    const ortho = (camera as OrthographicCamera).isOrthographicCamera;
    // Perspective: metres, attenuated by distance. Orthographic: pixels = metres × zoom.
    const wanted = ortho ? Math.max(1, size * (camera as OrthographicCamera).zoom) : size;
    if (m.size !== wanted) m.size = wanted;
  });

  return (
    <points geometry={geometry} frustumCulled={false}>
      <pointsMaterial ref={material} size={size} vertexColors sizeAttenuation />
    </points>
  );
}
