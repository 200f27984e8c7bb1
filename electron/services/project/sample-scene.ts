/**
 * Deterministic made-up scenes for the store's tests and benchmark: points spread through a
 * 6 × 5 × 3 m room, a few objects, every value reproducible from the seed.
 */
import type { ImportedScene, SceneObject } from '../../../common/domain/scene';
import { createRng } from '../../../common/synth/random';

export function sampleScene(id: string, pointCount: number, seed = 1, objectCount = 3): ImportedScene {
  const rng = createRng(seed);
  const positions = new Float32Array(pointCount * 3);
  const colors = new Uint8Array(pointCount * 3);
  const instances = new Uint16Array(pointCount);
  for (let i = 0; i < pointCount; i++) {
    positions[3 * i] = rng.float(0, 6);
    positions[3 * i + 1] = rng.float(0, 5);
    positions[3 * i + 2] = rng.float(0, 3);
    colors[3 * i] = rng.int(0, 255);
    colors[3 * i + 1] = rng.int(0, 255);
    colors[3 * i + 2] = rng.int(0, 255);
    instances[i] = objectCount === 0 ? 0 : rng.int(0, objectCount);
  }
  const objects: SceneObject[] = Array.from({ length: objectCount }, (_, id) => ({
    id,
    label: id % 2 === 0 ? 'chair' : 'table',
    nyu40: id % 2 === 0 ? { id: 5, name: 'chair' } : null,
    box: { center: [rng.float(0, 6), rng.float(0, 5), rng.float(0, 1)], size: [0.5, 0.6, 0.9], yaw: 0 },
    obb: {
      center: [rng.float(0, 6), rng.float(0, 5), rng.float(0, 1)],
      size: [0.4, 0.5, 0.9],
      yaw: rng.float(-Math.PI, Math.PI),
    },
    points: rng.int(10, 5000),
    color: [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)],
  }));
  return { id, source: `synth:${seed}`, positions, colors, instances, objects, notices: [] };
}
