import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseNpy } from '../../../common/formats/npy';
import { MODEL_INPUTS, type ModelInputName } from '../../../common/model/config';
import { assembleBatch, loadSplit } from './evaluate';

const GOLDEN = resolve(import.meta.dirname, '../../../native-models/golden');

describe('eval batches', () => {
  it('assemble from a prepared split to exactly the tensors the runtime prepares (golden split)', () => {
    const split = loadSplit(join(GOLDEN, 'split'));
    expect(split.meta.samples.map((s) => s.task)).toEqual(['distance', 'layout_edit', 'vqa']);
    const batch = assembleBatch(split, [0, 1, 2]);
    for (const name of Object.keys(MODEL_INPUTS) as ModelInputName[]) {
      const size = MODEL_INPUTS[name].reduce((a: number, b: number) => a * b, 1);
      for (let k = 0; k < 3; k++) {
        const want = parseNpy(readFileSync(join(GOLDEN, `inputs-${k}`, `${name}.npy`)), name).data;
        expect([...batch[name].subarray(k * size, (k + 1) * size)], `case ${k} ${name}`).toEqual([...want]);
      }
    }
  });

  it('reads a gzipped split (how the committed test splits are stored) exactly like the plain one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-gz-'));
    try {
      for (const name of readdirSync(join(GOLDEN, 'split')))
        writeFileSync(join(dir, `${name}.gz`), gzipSync(readFileSync(join(GOLDEN, 'split', name))));
      const plain = loadSplit(join(GOLDEN, 'split'));
      const zipped = loadSplit(dir);
      expect(zipped.meta).toEqual(plain.meta);
      for (const name of Object.keys(plain.arrays) as (keyof typeof plain.arrays)[])
        expect([...zipped.arrays[name].data], name).toEqual([...plain.arrays[name].data]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
