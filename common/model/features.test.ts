import { describe, expect, it } from 'vitest';
import { MAX_OBJECTS, MAX_TOKENS, POINT_CHANNELS, POINTS_PER_OBJECT } from './config';
import { labelMentions, prepareFeatures } from './features';
import { GOLDEN_LABELS, GOLDEN_VOCABULARY, goldenScene } from './golden-case';
import { farthestPointSample, strideIndices } from './sampling';
import { encodeText, tokenize, Vocabulary } from './tokenizer';

describe('tokenizer', () => {
  it('keeps lower-case words and digit runs only', () => {
    expect(tokenize("Move the Armchair 1.5 m — left of the TV's stand!")).toEqual([
      'move',
      'the',
      'armchair',
      '1',
      '5',
      'm',
      'left',
      'of',
      'the',
      'tv',
      's',
      'stand',
    ]);
  });
  it('pads, truncates and maps unknown words to <unk>', () => {
    const e = encodeText(`${'the '.repeat(40)}`, GOLDEN_VOCABULARY);
    expect(e.words).toHaveLength(MAX_TOKENS);
    expect(encodeText('the zebra', GOLDEN_VOCABULARY).ids.slice(0, 3)).toEqual(Int32Array.from([2, 1, 0]));
  });
  it('reads an unknown compound as the known words it is written from', () => {
    const v = new Vocabulary(['<pad>', '<unk>', 'on', 'to', 'bed', 'side', 'table', 'tab', 'let', 'top', 'a']);
    expect(v.pieces('onto')).toEqual(['on', 'to']);
    expect(v.pieces('bedside')).toEqual(['bed', 'side']);
    // Fewest pieces first, then the longest first piece ("table"+"top", not "tab"+"let"+...).
    expect(v.pieces('tabletop')).toEqual(['table', 'top']);
    expect(v.pieces('ontotop')).toEqual(['on', 'to', 'top']);
    // Known words stay whole; pieces need two letters; more than three pieces is no compound.
    expect(v.pieces('table')).toEqual(['table']);
    expect(v.pieces('aside')).toEqual(['aside']);
    expect(v.pieces('ontoontoon')).toEqual(['ontoontoon']);
    expect(v.pieces('15')).toEqual(['15']);
    const e = encodeText('Move it onto the bedside', v);
    expect(e.words).toEqual(['move', 'it', 'on', 'to', 'the', 'bed', 'side']);
    expect([...e.ids.slice(0, 7)]).toEqual([1, 1, 2, 3, 1, 4, 5]);
  });
  it('builds the same vocabulary from the same texts, most frequent first', () => {
    const v = Vocabulary.build(['b a a', 'c a b'], 2, ['zebra']);
    expect(v.words).toEqual(['<pad>', '<unk>', 'a', 'b', 'zebra']);
    expect(() => new Vocabulary(['x'])).toThrow(/entry 0 must be "<pad>"/);
  });
});

describe('sampling', () => {
  it('FPS spreads picks: the second pick is the farthest point from the first', () => {
    const positions = Float32Array.from([0, 0, 0, 1, 0, 0, 5, 0, 0, 2, 0, 0]);
    expect([...farthestPointSample(positions, [0, 1, 2, 3], 3)]).toEqual([0, 2, 3]);
  });
  it('FPS repeats cyclically when the pool is small', () => {
    expect([...farthestPointSample(Float32Array.from([0, 0, 0, 1, 1, 1]), [0, 1], 5)]).toEqual([0, 1, 0, 1, 0]);
  });
  it('stride subsampling takes every k-th index', () => {
    expect([...strideIndices(10, 4)]).toEqual([0, 3, 6, 9]);
    expect([...strideIndices(3, 4)]).toEqual([0, 1, 2]);
  });
});

describe('feature preparation', () => {
  it('links a referent to the words that name it, plurals and multi-word labels included', () => {
    const words = ['move', 'the', 'chairs', 'near', 'the', 'coffee', 'table'];
    expect([...labelMentions(words, 'chair')].slice(0, 7)).toEqual([0, 0, 1, 0, 0, 0, 0]);
    expect([...labelMentions(words, 'coffee table')].slice(0, 7)).toEqual([0, 0, 0, 0, 0, 1, 1]);
    expect([...labelMentions(words, 'table')].slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });

  it('links an object to the word naming its colour, and only that object', () => {
    const f = prepareFeatures(goldenScene(), 'the red chair near the table', GOLDEN_VOCABULARY, GOLDEN_LABELS);
    const links = (id: number): number[] => {
      const slot = f.slots.indexOf(id);
      return [...f.inputs.obj_text.subarray(slot * MAX_TOKENS, slot * MAX_TOKENS + 6)];
    };
    expect(links(5)).toEqual([0, 1, 1, 0, 0, 0]); // the red chair: 'red' and 'chair'
    expect(links(7)).toEqual([0, 0, 1, 0, 0, 0]); // the blue chair: 'chair' alone
    expect(links(3)).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('puts named objects first, normalises object points to the unit ball and masks padding', () => {
    const f = prepareFeatures(goldenScene(), 'the lamp near the table', GOLDEN_VOCABULARY, GOLDEN_LABELS);
    expect(f.slots.slice(0, 2)).toEqual([9, 3]);
    expect(f.slots).toHaveLength(6);
    const mask = [...f.inputs.obj_mask];
    expect(mask.slice(0, 6)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(mask.slice(6).every((m) => m === 0)).toBe(true);
    expect(f.inputs.obj_mask).toHaveLength(MAX_OBJECTS);
    const pts = f.inputs.obj_points;
    for (let k = 0; k < POINTS_PER_OBJECT; k++) {
      const at = k * POINT_CHANNELS;
      expect(Math.hypot(pts[at]!, pts[at + 1]!, pts[at + 2]!)).toBeLessThanOrEqual(1 + 1e-6);
    }
    expect(f.inputs.obj_label[0]).toBe(GOLDEN_LABELS.id('lamp'));
    expect(f.inputs.obj_label[5]).toBe(1); // 'plant' is outside the label set
  });
});
