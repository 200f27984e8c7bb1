/**
 * The studio's spatial model, loaded on demand: nothing is read until the first question, the
 * ONNX session starts in the model host's worker (never on the caller's thread), concurrent
 * callers share one load, and the state (`not-loaded` → `loading` → `ready` on a provider, or
 * `error`) is what `app.info` and the status bar show. A failed load is retried on the next ask.
 */
import { basename } from 'node:path';
import type { ModelStatus } from '../../../common/api/results';
import { SpatialModelService } from './spatial-model';

export interface ModelLoaderOptions {
  /** Folder of the manifest and ONNX file (default: the committed native-models/model). */
  modelDir?: string;
  /** Told whenever the state changes (the studio publishes a `changed` 'model' event). */
  onChange?: (status: ModelStatus) => void;
  /** Opens the service; tests pass a failing one. */
  open?: (modelDir?: string) => Promise<SpatialModelService>;
}

export class ModelLoader {
  private state: ModelStatus = { state: 'not-loaded' };
  private loading: Promise<SpatialModelService> | null = null;
  private service: SpatialModelService | null = null;
  private closed = false;

  constructor(private readonly options: ModelLoaderOptions = {}) {}

  status(): ModelStatus {
    return this.state;
  }

  /** The loaded model, loading it first when needed. */
  get(): Promise<SpatialModelService> {
    if (this.closed) return Promise.reject(new Error('the studio is closing; the model is not available'));
    if (this.service) return Promise.resolve(this.service);
    if (this.loading) return this.loading;
    this.set({ state: 'loading' });
    const open = this.options.open ?? SpatialModelService.open;
    this.loading = open(this.options.modelDir).then(
      async (service) => {
        this.loading = null;
        if (this.closed) {
          await service.close();
          throw new Error('the studio closed while the model was loading');
        }
        this.service = service;
        this.set({
          state: 'ready',
          provider: service.host.provider,
          model: basename(service.model.modelPath, '.onnx'),
        });
        return service;
      },
      (error: unknown) => {
        this.loading = null;
        this.set({ state: 'error', message: error instanceof Error ? error.message : String(error) });
        throw error;
      },
    );
    return this.loading;
  }

  async close(): Promise<void> {
    this.closed = true;
    const service = this.service;
    this.service = null;
    await service?.close();
  }

  private set(state: ModelStatus): void {
    this.state = state;
    this.options.onChange?.(state);
  }
}
