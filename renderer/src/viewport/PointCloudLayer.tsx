/**
 * The scan's points as one THREE.Points built from the typed arrays the API returns — no React
 * element per point, no copies beyond the GPU upload.
 */
import { useEffect, useMemo } from 'react';
import { BufferAttribute, BufferGeometry } from 'three';
import type { PointCloud } from '../../../common/domain/scene';

export function PointCloudLayer({ cloud, size = 0.02 }: { cloud: PointCloud; size?: number }) {
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(cloud.positions, 3));
    g.setAttribute('color', new BufferAttribute(cloud.colors, 3, true));
    g.computeBoundingSphere();
    return g;
  }, [cloud]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  return (
    <points geometry={geometry}>
      <pointsMaterial size={size} vertexColors sizeAttenuation />
    </points>
  );
}
