// The model host's worker thread: loads the ONNX model with the first execution provider that
// starts (the host passes them in order of preference) and runs inference requests. Plain ESM
// JavaScript so it starts the same under tsx, vitest, Node and a packaged app; every other part of
// the host is TypeScript in model-host.ts.
import { parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';

const { modelPath, providers, threads } = workerData;
const failures = [];
let session = null;
let provider = null;
for (const name of providers) {
  try {
    session = await ort.InferenceSession.create(modelPath, {
      executionProviders: [name],
      graphOptimizationLevel: 'all',
      intraOpNumThreads: threads,
    });
    provider = name;
    break;
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
parentPort.postMessage(session ? { type: 'ready', provider, failures } : { type: 'failed', failures });

parentPort.on('message', async (request) => {
  try {
    const feeds = {};
    for (const [name, input] of Object.entries(request.inputs))
      feeds[name] = new ort.Tensor(input.type, input.data, input.dims);
    const results = await session.run(feeds);
    const outputs = {};
    const transfer = [];
    for (const [name, tensor] of Object.entries(results)) {
      const data = new Float32Array(tensor.data);
      outputs[name] = { data, dims: [...tensor.dims] };
      transfer.push(data.buffer);
    }
    parentPort.postMessage({ type: 'result', id: request.id, outputs }, transfer);
  } catch (error) {
    parentPort.postMessage({
      type: 'error',
      id: request.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
