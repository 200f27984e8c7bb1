/**
 * The Python side, run from vitest: the golden-vector unittest and a training smoke test (a few
 * steps on the golden split, export to ONNX, load it in Node). Skipped, with the reason printed,
 * only where /usr/bin/python3 has no torch.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_VOCABULARY } from '../../../common/model/golden-case';
import { loadManifest } from './manifest';
import { ModelHost } from './model-host';

const PYTHON = '/usr/bin/python3';
const NATIVE = resolve(import.meta.dirname, '../../../native-models');
const probe = spawnSync(PYTHON, ['-c', 'import torch, onnx'], { encoding: 'utf8' });
const torchMissing =
  probe.status !== 0
    ? `${PYTHON} cannot import torch/onnx (${(probe.stderr || String(probe.error)).trim().split('\n').pop()}); install python3-torch python3-onnx`
    : null;
if (torchMissing) console.warn(`skipping Python model tests: ${torchMissing}`);

const run = (args: string[]) =>
  spawnSync(PYTHON, args, {
    encoding: 'utf8',
    cwd: resolve(NATIVE, '..'),
    env: { ...process.env, OMP_NUM_THREADS: '2' },
  });

describe.skipIf(torchMissing !== null)('native-models (Python)', () => {
  it('golden vectors and the committed model pass the Python unittest', () => {
    const result = run(['-m', 'unittest', 'discover', '-s', NATIVE, '-p', 'test_*.py']);
    expect(result.stderr).toMatch(/\nOK/);
    expect(result.status).toBe(0);
  }, 120_000);

  it('trains a few steps on a tiny set, exports ONNX that loads in Node', async () => {
    const data = mkdtempSync(join(tmpdir(), 'model-smoke-'));
    cpSync(join(NATIVE, 'golden', 'split'), join(data, 'train'), { recursive: true });
    cpSync(join(NATIVE, 'golden', 'split'), join(data, 'val'), { recursive: true });
    const out = join(data, 'out');
    const result = run([
      join(NATIVE, 'train.py'),
      '--data',
      data,
      '--out',
      out,
      '--steps',
      '3',
      '--scenes-per-step',
      '1',
      '--questions',
      '2',
      '--log-every',
      '1',
      '--val-every',
      '0',
    ]);
    expect(result.stderr + result.stdout).toMatch(/"step": 3/);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, number>);
    expect(lines.filter((l) => 'loss' in l).every((l) => Number.isFinite(l.loss))).toBe(true);
    const { manifest, modelPath } = loadManifest(out);
    expect(manifest.vocabulary).toEqual(GOLDEN_VOCABULARY.words);
    const host = await ModelHost.start({ modelPath, providers: ['cpu'] });
    try {
      expect(host.provider).toBe('cpu');
      const parity = JSON.parse(readFileSync(join(out, 'parity.json'), 'utf8')) as {
        outputs: Record<string, { shape: number[] }>;
      };
      expect(parity.outputs.target_logits!.shape).toEqual([1, 64]);
    } finally {
      await host.close();
    }
  }, 240_000);
});
