/**
 * The spatial model as a studio service: the manifest and ONNX model loaded once (in a worker,
 * see model-host.ts), scene point features cached per scene, and `ask` turning a question about a
 * stored scene into the SPEC §6 answer.
 */
import type { PointCloud, SceneObject } from '../../../common/domain/scene';
import { MODEL_OUTPUTS } from '../../../common/model/config';
import { decodeOutputs, type AskResult, type SampleOutputs } from '../../../common/model/decode';
import { prepareQuery, prepareScene, type SceneFeatures } from '../../../common/model/features';
import type { ProjectStore } from '../project/project-store';
import { loadManifest, type LoadedManifest } from './manifest';
import { ModelHost, type ModelOutputs } from './model-host';

/** Scenes whose point features stay cached (about 0.1 MB each at 50 objects). */
const CACHED_SCENES = 32;

export class SpatialModelService {
  private readonly scenes = new Map<string, { key: string; features: SceneFeatures }>();

  private constructor(
    readonly model: LoadedManifest,
    readonly host: ModelHost,
  ) {}

  static async open(modelDir?: string): Promise<SpatialModelService> {
    const model = loadManifest(modelDir);
    return new SpatialModelService(model, await ModelHost.start({ modelPath: model.modelPath }));
  }

  /**
   * Features of a scene's current layout. The expensive part (FPS over the scan and each object)
   * depends only on the scan and which objects there are, never on their boxes or labels, so it is
   * cached per scene and object-id list: a layout edit (move, rotate, relabel) costs nothing here,
   * and the current boxes and labels are swapped in for `prepareQuery`.
   */
  sceneFeatures(scene: string, objects: readonly SceneObject[], cloud: () => PointCloud): SceneFeatures {
    const key = objects.map((o) => o.id).join(',');
    let cached = this.scenes.get(scene);
    if (!cached || cached.key !== key) {
      cached = { key, features: prepareScene({ objects, cloud: cloud() }) };
      this.scenes.delete(scene);
      if (this.scenes.size >= CACHED_SCENES) this.scenes.delete(this.scenes.keys().next().value!);
    } else this.scenes.delete(scene);
    this.scenes.set(scene, cached); // most recently used last
    return { ...cached.features, objects };
  }

  /** Forgets a scene's cached features (its scan was imported again). */
  forget(scene: string): void {
    this.scenes.delete(scene);
  }

  async ask(store: ProjectStore, sceneId: string, text: string): Promise<AskResult> {
    const objects = store.getObjects(sceneId);
    if (objects.length === 0) throw new Error(`scene ${sceneId} has no objects to ask about`);
    const features = this.sceneFeatures(`${store.path}\n${sceneId}`, objects, () => store.getPoints(sceneId, 0));
    return this.askPrepared(features, objects, text);
  }

  /** `ask` on features already prepared (the bench times this with and without preparation). */
  async askPrepared(features: SceneFeatures, objects: readonly SceneObject[], text: string): Promise<AskResult> {
    const query = prepareQuery(features, text, this.model.vocabulary, this.model.labels);
    const outputs = await this.host.run(query.inputs);
    return decodeOutputs(sampleOutputs(outputs, 0), {
      slots: query.slots,
      objects,
      answers: this.model.manifest.answers,
    });
  }

  close(): Promise<void> {
    return this.host.close();
  }
}

/** Sample `b` of a batch's outputs. */
export function sampleOutputs(outputs: ModelOutputs, b: number): SampleOutputs {
  const out = {} as SampleOutputs;
  for (const name of MODEL_OUTPUTS) {
    const { data, dims } = outputs[name];
    const size = dims.slice(1).reduce((a, c) => a * c, 1);
    out[name] = data.subarray(b * size, (b + 1) * size);
  }
  return out;
}
