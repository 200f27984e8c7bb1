import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed } from './random';

const draws = (seed: number, n = 50) => {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => rng.next());
};

describe('createRng', () => {
  it('repeats its sequence for the same seed and changes it for another', () => {
    expect(draws(42)).toEqual(draws(42));
    expect(draws(42)).not.toEqual(draws(43));
  });

  it('keeps draws in their ranges', () => {
    const rng = createRng(7);
    for (let i = 0; i < 2000; i++) {
      const f = rng.float(-2, 3);
      expect(f).toBeGreaterThanOrEqual(-2);
      expect(f).toBeLessThan(3);
      const k = rng.int(1, 4);
      expect(Number.isInteger(k) && k >= 1 && k <= 4).toBe(true);
    }
  });

  it('reaches both ends of an integer range and every item of a pick', () => {
    const rng = createRng(3);
    const ints = new Set(Array.from({ length: 400 }, () => rng.int(0, 3)));
    expect([...ints].sort()).toEqual([0, 1, 2, 3]);
    const picks = new Set(Array.from({ length: 200 }, () => rng.pick(['a', 'b', 'c'])));
    expect(picks.size).toBe(3);
  });

  it('shuffles a copy holding the same items', () => {
    const rng = createRng(9);
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it('draws normals with the asked mean and spread', () => {
    const rng = createRng(11);
    const xs = Array.from({ length: 20000 }, () => rng.normal(2, 0.5));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(2, 1);
    expect(sd).toBeCloseTo(0.5, 1);
  });
});

describe('deriveSeed', () => {
  it('gives distinct, repeatable child seeds', () => {
    const seeds = Array.from({ length: 100 }, (_, i) => deriveSeed(5, i));
    expect(new Set(seeds).size).toBe(100);
    expect(deriveSeed(5, 3)).toBe(seeds[3]);
    expect(deriveSeed(6, 3)).not.toBe(seeds[3]);
  });
});
