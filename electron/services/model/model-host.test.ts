import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INT_INPUTS, MODEL_INPUTS, MODEL_OUTPUTS, type ModelInputName } from '../../../common/model/config';
import type { ModelInputs } from '../../../common/model/features';
import { DEFAULT_MODEL_DIR, loadManifest, MANIFEST_FILE } from './manifest';
import { ModelHost } from './model-host';
import { providerOrder } from './providers';

interface Parity {
  inputs: Record<string, { shape: number[]; data: number[] }>;
  outputs: Record<string, { shape: number[]; data: number[] }>;
}

describe('provider order', () => {
  it('prefers CUDA, then DirectML / CoreML, and always ends on CPU', () => {
    expect(providerOrder('linux', undefined)).toEqual(['cuda', 'cpu']);
    expect(providerOrder('win32', undefined)).toEqual(['cuda', 'dml', 'cpu']);
    expect(providerOrder('darwin', undefined)).toEqual(['coreml', 'cpu']);
    expect(providerOrder('linux', 'cpu')).toEqual(['cpu', 'cuda']);
  });
});

describe('committed model', () => {
  let host: ModelHost;
  beforeAll(async () => {
    host = await ModelHost.start({ modelPath: loadManifest().modelPath, providers: providerOrder('linux', undefined) });
  });
  afterAll(() => host.close());

  it('loads in a worker, falling back to the CPU provider when CUDA cannot start here', () => {
    expect(['cuda', 'cpu']).toContain(host.provider);
    if (host.provider === 'cpu') expect(host.fallbacks[0]).toMatch(/^cuda: /);
  });

  it('gives the PyTorch outputs on fixed inputs within 1e-4 (padded pointer slots stay masked)', async () => {
    const parity = JSON.parse(readFileSync(join(DEFAULT_MODEL_DIR, 'parity.json'), 'utf8')) as Parity;
    const inputs = {} as ModelInputs;
    for (const name of Object.keys(MODEL_INPUTS) as ModelInputName[]) {
      inputs[name] = INT_INPUTS.has(name)
        ? Int32Array.from(parity.inputs[name]!.data)
        : Float32Array.from(parity.inputs[name]!.data);
    }
    const outputs = await host.run(inputs, 1);
    const padding = (i: number): boolean => inputs.obj_mask[i] === 0;
    for (const name of MODEL_OUTPUTS) {
      const want = parity.outputs[name]!;
      expect(outputs[name].dims, name).toEqual(want.shape);
      const got = outputs[name].data as Float32Array;
      // A pointer's padded slots hold the mask constant (-1e4), where one float32 step is ~1e-3:
      // they must stay masked; every real value must match within 1e-4.
      const pointer = name === 'target_logits' || name === 'anchor_logits';
      let worst = 0;
      want.data.forEach((v, i) => {
        if (pointer && padding(i)) expect(got[i], `${name}[${i}] (padding)`).toBeLessThan(-1e3);
        else worst = Math.max(worst, Math.abs(v - got[i]!));
      });
      expect(worst, `${name} max abs difference`).toBeLessThanOrEqual(1e-4);
    }
  });
});

describe('manifest', () => {
  it('refuses a model whose bytes do not match its sha256, naming file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-'));
    const manifest = JSON.parse(readFileSync(join(DEFAULT_MODEL_DIR, MANIFEST_FILE), 'utf8')) as {
      file: string;
      sha256: string;
    };
    copyFileSync(join(DEFAULT_MODEL_DIR, manifest.file), join(dir, manifest.file));
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ ...manifest, sha256: '0'.repeat(64) }));
    expect(() => loadManifest(dir)).toThrow(
      /spatial-model\.manifest\.json: sha256: spatial-model\.onnx has sha256 [0-9a-f]{64}/,
    );
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ ...manifest, opset: 'x' }));
    expect(() => loadManifest(dir)).toThrow(/: opset: /);
  });

  it('is committed beside the model, under 30 MB', () => {
    const { manifest, modelPath } = loadManifest();
    expect(existsSync(modelPath)).toBe(true);
    expect(manifest.bytes).toBeLessThanOrEqual(30 * 1024 * 1024);
    expect(manifest.opset).toBe(17);
  });
});
