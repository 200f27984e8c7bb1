/**
 * The spatial model as a studio service: the manifest and ONNX model loaded once (in a worker,
 * see model-host.ts), scene features cached per layout, and `ask` turning a question about a
 * stored scene into the SPEC §6 answer.
 */
import type { SceneObject } from '../../../common/domain/scene';
import { MODEL_OUTPUTS } from '../../../common/model/config';
import { decodeOutputs, type AskResult, type SampleOutputs } from '../../../common/model/decode';
import { prepareQuery, prepareScene, type SceneFeatures } from '../../../common/model/features';
import type { ProjectStore } from '../project/project-store';
import { loadManifest, type LoadedManifest } from './manifest';
import { ModelHost, type ModelOutputs } from './model-host';

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

  /** Features of a scene's current layout; prepared again only when a box changed. */
  sceneFeatures(store: ProjectStore, sceneId: string, objects: readonly SceneObject[]): SceneFeatures {
    const key = JSON.stringify(objects.map((o) => [o.id, o.label, o.box]));
    const cached = this.scenes.get(`${store.path}\n${sceneId}`);
    if (cached && cached.key === key) return cached.features;
    const features = prepareScene({ objects, cloud: store.getPoints(sceneId, 0) });
    this.scenes.set(`${store.path}\n${sceneId}`, { key, features });
    return features;
  }

  async ask(store: ProjectStore, sceneId: string, text: string): Promise<AskResult> {
    const objects = store.getObjects(sceneId);
    if (objects.length === 0) throw new Error(`scene ${sceneId} has no objects to ask about`);
    return this.askPrepared(this.sceneFeatures(store, sceneId, objects), objects, text);
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
