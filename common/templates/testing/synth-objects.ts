/**
 * Test helper: a synthetic scene's objects in the shape the project stores (SceneObject). `box`
 * is the axis-aligned box of the generator's oriented box (SPEC §2: imported boxes have yaw 0),
 * `obb` is the oriented box itself (front along +X, as the generator lays furniture out), and the
 * colour is the mean of the object's sampled points. Only tests import it.
 */
import type { SceneObject } from '../../domain/scene';
import { boxAabb } from '../../geometry/box';
import { generateScene } from '../../synth/generate';

export function synthSceneObjects(seed: number): { sceneId: string; objects: SceneObject[] } {
  const scene = generateScene(seed, { pointsPerSquareMetre: 80 });
  const objectOfSegment = new Map<number, number>();
  for (const group of scene.segGroups) for (const s of group.segments) objectOfSegment.set(s, group.objectId);
  const sums = new Map<number, [number, number, number, number]>();
  for (let p = 0; p < scene.segIndices.length; p++) {
    const id = objectOfSegment.get(scene.segIndices[p]!);
    if (id === undefined) continue;
    const sum = sums.get(id) ?? [0, 0, 0, 0];
    sum[0] += scene.colors[3 * p]!;
    sum[1] += scene.colors[3 * p + 1]!;
    sum[2] += scene.colors[3 * p + 2]!;
    sum[3]++;
    sums.set(id, sum);
  }
  const objects = scene.objects.map((o): SceneObject => {
    const aabb = boxAabb(o.box);
    const sum = sums.get(o.id) ?? [0, 0, 0, 1];
    return {
      id: o.id,
      label: o.label,
      nyu40: null,
      box: {
        center: [(aabb.min[0] + aabb.max[0]) / 2, (aabb.min[1] + aabb.max[1]) / 2, (aabb.min[2] + aabb.max[2]) / 2],
        size: [aabb.max[0] - aabb.min[0], aabb.max[1] - aabb.min[1], aabb.max[2] - aabb.min[2]],
        yaw: 0,
      },
      obb: o.box,
      points: o.points,
      color: [Math.round(sum[0] / sum[3]), Math.round(sum[1] / sum[3]), Math.round(sum[2] / sum[3])],
    };
  });
  return { sceneId: scene.id, objects };
}
