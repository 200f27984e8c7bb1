/** Deterministic randomness and hashing for generation: the same inputs give the same annotations. */
import { createRng } from '../synth/random';

/** FNV-1a, 32 bits, as 8 hex digits: short stable ids. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The synthetic generator's mulberry32 stream, seeded from a string: uniform in [0, 1). */
export function seededRandom(seed: string): () => number {
  return createRng(parseInt(hashText(seed), 16)).next;
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}
