import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SceneObject } from '../../../common/domain/scene';
import { prepareScene } from '../../../common/model/features';
import { sampleScene } from '../project/sample-scene';
import { SpatialModelService } from './spatial-model';

let model: SpatialModelService;
beforeAll(async () => {
  model = await SpatialModelService.open();
});
afterAll(() => model.close());

describe('scene feature cache', () => {
  const scene = sampleScene('cache', 3000, 5, 5);
  let loads = 0;
  const cloud = () => (loads++, scene);

  it('prepares a scene once and keeps its point features across layout edits, with the current boxes', () => {
    const first = model.sceneFeatures('p\ncache', scene.objects, cloud);
    expect(first.objectPoints).toEqual(prepareScene({ objects: scene.objects, cloud: scene }).objectPoints);
    const moved: SceneObject[] = scene.objects.map((o, i) =>
      i === 0 ? { ...o, label: 'lamp', box: { ...o.box, center: [9, 9, 9] } } : o,
    );
    const again = model.sceneFeatures('p\ncache', moved, cloud);
    expect(loads).toBe(1);
    expect(again.objectPoints).toBe(first.objectPoints);
    expect(again.objects[0]!.box.center).toEqual([9, 9, 9]);
    expect(again.objects[0]!.label).toBe('lamp');
  });

  it('prepares again when the objects themselves change', () => {
    const fewer = scene.objects.slice(1);
    const features = model.sceneFeatures('p\ncache', fewer, cloud);
    expect(loads).toBe(2);
    expect(features.objectPoints).toEqual(prepareScene({ objects: fewer, cloud: scene }).objectPoints);
  });
});
