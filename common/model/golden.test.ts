import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNpy } from '../formats/npy';
import { MODEL_INPUTS, type ModelInputName } from './config';
import { prepareFeatures } from './features';
import { GOLDEN_LABELS, GOLDEN_TEXTS, GOLDEN_VOCABULARY, goldenScene } from './golden-case';
import { encodeText } from './tokenizer';

const GOLDEN = resolve(import.meta.dirname, '../../native-models/golden');
const read = (path: string): unknown => JSON.parse(readFileSync(join(GOLDEN, path), 'utf8'));

describe('golden vectors (TypeScript side; native-models/test_golden.py is the Python side)', () => {
  it('the tokenizer gives the committed ids', () => {
    const golden = read('tokens.json') as {
      vocabulary: string[];
      cases: { text: string; words: string[]; ids: number[]; mask: number[] }[];
    };
    expect(golden.vocabulary).toEqual(GOLDEN_VOCABULARY.words);
    for (const c of golden.cases) {
      const e = encodeText(c.text, GOLDEN_VOCABULARY);
      expect({ words: e.words, ids: [...e.ids], mask: [...e.mask] }).toEqual({
        words: c.words,
        ids: c.ids,
        mask: c.mask,
      });
    }
  });

  it('feature preparation (FPS, normalisation, slots, mentions) gives the committed tensors bit for bit', () => {
    const cases = (read('cases.json') as { cases: { text: string; slots: number[] }[] }).cases;
    expect(cases.map((c) => c.text)).toEqual([...GOLDEN_TEXTS]);
    const scene = goldenScene();
    cases.forEach((c, k) => {
      const features = prepareFeatures(scene, c.text, GOLDEN_VOCABULARY, GOLDEN_LABELS);
      expect(features.slots).toEqual(c.slots);
      for (const name of Object.keys(MODEL_INPUTS) as ModelInputName[]) {
        const npy = parseNpy(readFileSync(join(GOLDEN, `inputs-${k}`, `${name}.npy`)), name);
        expect(npy.shape, `${name} shape`).toEqual([1, ...MODEL_INPUTS[name]]);
        expect(
          Buffer.from(features.inputs[name].buffer).equals(
            Buffer.from(npy.data.buffer, npy.data.byteOffset, npy.data.byteLength),
          ),
          `case ${k} ${name}`,
        ).toBe(true);
      }
    });
  });
});
