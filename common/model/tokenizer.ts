/**
 * The studio's own tokenizer for the spatial model: lower-case words and numbers, nothing else.
 * native-models/tokenizer.py is its Python twin; the golden vectors pin both to the same ids.
 */
import { MAX_TOKENS, PAD_ID, SPECIAL_TOKENS, UNK_ID } from './config';

/** Words in reading order: lower-case runs of letters and digits ("1.5 m" → ["1", "5", "m"]). */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** Pieces of an unknown compound are known words of at least this many letters, this many at most. */
const MIN_PIECE_LETTERS = 2;
const MAX_PIECES = 3;

/** A word list; a word's id is its index. The first entries are SPECIAL_TOKENS. */
export class Vocabulary {
  private readonly index: Map<string, number>;

  constructor(readonly words: readonly string[]) {
    SPECIAL_TOKENS.forEach((special, i) => {
      if (words[i] !== special)
        throw new Error(`vocabulary: entry ${i} must be "${special}", got ${JSON.stringify(words[i])}`);
    });
    this.index = new Map(words.map((word, i) => [word, i]));
    if (this.index.size !== words.length) throw new Error('vocabulary: words must be unique');
  }

  id(word: string): number {
    return this.index.get(word) ?? UNK_ID;
  }

  /**
   * How the model reads `word`: itself when known; an unknown word written as known words run
   * together ("onto" → on, to; "bedside" → bed, side; "tabletop" → table, top) as those, fewest
   * pieces first, then the longest first piece; otherwise itself (<unk>). People write compounds
   * the templates spell apart; only letters split, so numbers stay whole.
   */
  pieces(word: string): string[] {
    if (this.index.has(word) || !/^[a-z]+$/.test(word)) return [word];
    for (let count = 2; count <= MAX_PIECES; count++) {
      const found = this.splitInto(word, count);
      if (found) return found;
    }
    return [word];
  }

  private splitInto(word: string, count: number): string[] | null {
    if (count === 1) return word.length >= MIN_PIECE_LETTERS && this.index.has(word) ? [word] : null;
    for (let end = word.length - MIN_PIECE_LETTERS * (count - 1); end >= MIN_PIECE_LETTERS; end--) {
      if (!this.index.has(word.slice(0, end))) continue;
      const rest = this.splitInto(word.slice(end), count - 1);
      if (rest) return [word.slice(0, end), ...rest];
    }
    return null;
  }

  /**
   * Words with at least `minCount` occurrences, most frequent first (ties alphabetical) so the
   * same texts always give the same vocabulary; `always` words are kept whatever their count.
   */
  static build(texts: Iterable<string>, minCount: number, always: Iterable<string> = []): Vocabulary {
    const counts = new Map<string, number>();
    for (const text of texts) for (const word of tokenize(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const word of always) for (const w of tokenize(word)) counts.set(w, Math.max(counts.get(w) ?? 0, minCount));
    const kept = [...counts].filter(
      ([word, n]) => n >= minCount && !(SPECIAL_TOKENS as readonly string[]).includes(word),
    );
    kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return new Vocabulary([...SPECIAL_TOKENS, ...kept.map(([word]) => word)]);
  }
}

export interface EncodedText {
  /** The words the model sees (at most MAX_TOKENS). */
  words: string[];
  ids: Int32Array;
  /** 1 for a word, 0 for padding. */
  mask: Float32Array;
}

/** Token ids (compounds split, `Vocabulary.pieces`) padded with PAD_ID (or truncated) to MAX_TOKENS. */
export function encodeText(text: string, vocabulary: Vocabulary): EncodedText {
  const words = tokenize(text)
    .flatMap((word) => vocabulary.pieces(word))
    .slice(0, MAX_TOKENS);
  const ids = new Int32Array(MAX_TOKENS).fill(PAD_ID);
  const mask = new Float32Array(MAX_TOKENS);
  words.forEach((word, i) => {
    ids[i] = vocabulary.id(word);
    mask[i] = 1;
  });
  return { words, ids, mask };
}

/** Whether `word` is `base` or its plural (chair/chairs, couch/couches, shelf/shelves). */
export function sameWord(word: string, base: string): boolean {
  if (word === base) return true;
  if (word === `${base}s` || word === `${base}es`) return true;
  return base.endsWith('f') && word === `${base.slice(0, -1)}ves`;
}
