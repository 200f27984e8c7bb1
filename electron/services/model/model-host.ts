/**
 * The model host: onnxruntime-node in a worker thread, so inference never blocks the caller's
 * event loop (the Electron main process, the web shell, the CLI). `start` resolves once the
 * worker has a session on the best provider that started; `run` sends one batch and gets the
 * outputs back as transferred buffers.
 */
import { Worker } from 'node:worker_threads';
import { INT_INPUTS, MODEL_INPUTS, type ModelInputName, type ModelOutputName } from '../../../common/model/config';
import type { ModelInputs } from '../../../common/model/features';
import { cudaProviderInstalled, providerOrder, type ProviderName } from './providers';

export interface HostOptions {
  modelPath: string;
  providers?: ProviderName[];
  /** Intra-op threads for the session (default 2). */
  threads?: number;
}

export type ModelOutputs = Record<ModelOutputName, { data: Float32Array; dims: number[] }>;

type WorkerMessage =
  | { type: 'ready'; provider: ProviderName; failures: string[] }
  | { type: 'failed'; failures: string[] }
  | { type: 'result'; id: number; outputs: ModelOutputs }
  | { type: 'error'; id: number; message: string };

export class ModelHost {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (o: ModelOutputs) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly worker: Worker,
    /** The execution provider the session runs on. */
    readonly provider: ProviderName,
    /** Providers tried before it, each with why it did not start. */
    readonly fallbacks: string[],
  ) {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type !== 'result' && message.type !== 'error') return;
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.type === 'result') waiter?.resolve(message.outputs);
      else waiter?.reject(new Error(`model inference failed: ${message.message}`));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => this.failAll(new Error(`model worker exited (code ${code})`)));
  }

  static start(options: HostOptions): Promise<ModelHost> {
    const worker = new Worker(new URL('./onnx-worker.mjs', import.meta.url), {
      workerData: {
        modelPath: options.modelPath,
        providers: options.providers ?? providerOrder().filter((p) => p !== 'cuda' || cudaProviderInstalled()),
        threads: options.threads ?? 2,
      },
    });
    return new Promise((resolve, reject) => {
      const onMessage = (message: WorkerMessage): void => {
        worker.off('message', onMessage);
        worker.off('error', reject);
        if (message.type === 'ready') resolve(new ModelHost(worker, message.provider, message.failures));
        else {
          void worker.terminate();
          reject(
            new Error(
              `${options.modelPath}: no execution provider could load the model (${message.type === 'failed' ? message.failures.join('; ') : 'unexpected message'})`,
            ),
          );
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  /** One forward pass over `batch` stacked samples (each input's arrays concatenated). */
  run(inputs: ModelInputs, batch = 1): Promise<ModelOutputs> {
    const id = this.nextId++;
    const payload: Record<string, { type: 'float32' | 'int32'; data: Float32Array | Int32Array; dims: number[] }> = {};
    for (const name of Object.keys(MODEL_INPUTS) as ModelInputName[]) {
      payload[name] = {
        type: INT_INPUTS.has(name) ? 'int32' : 'float32',
        data: inputs[name],
        dims: [batch, ...MODEL_INPUTS[name]],
      };
    }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, inputs: payload });
    });
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
