/**
 * The words templates put objects into: category names from labels, plurals, articles, and a
 * colour name for an object's mean colour. Generation and parsing share them, so a phrase the
 * engine writes is a phrase the parser reads.
 */
import type { Rgb } from '../domain/scene';

/** A label as a category phrase: lower case, `office_chair` → `office chair`. */
export function categoryOf(label: string): string {
  return label.toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['shelf', 'shelves'],
  ['bookshelf', 'bookshelves'],
  ['person', 'people'],
]);

export function plural(category: string): string {
  const words = category.split(' ');
  const last = words.pop()!;
  let many: string;
  if (IRREGULAR.has(last)) many = IRREGULAR.get(last)!;
  else if (/(s|x|z|ch|sh)$/.test(last)) many = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) many = `${last.slice(0, -1)}ies`;
  else many = `${last}s`;
  return [...words, many].join(' ');
}

export function indefinite(phrase: string): string {
  return /^[aeiou]/.test(phrase) ? `an ${phrase}` : `a ${phrase}`;
}

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

export const COLOUR_NAMES = [
  'white',
  'black',
  'gray',
  'brown',
  'beige',
  'red',
  'orange',
  'yellow',
  'green',
  'blue',
  'purple',
  'pink',
] as const;
export type ColourName = (typeof COLOUR_NAMES)[number];

/**
 * A basic colour word for a mean RGB colour, by hue, saturation and value. Scan colours are dull
 * (lighting, averaging), so the thresholds favour white/gray/black/brown over vivid names.
 */
export function colourName([r, g, b]: Rgb): ColourName {
  const max = Math.max(r, g, b) / 255;
  const min = Math.min(r, g, b) / 255;
  const v = max;
  const s = max === 0 ? 0 : (max - min) / max;
  if (v < 0.22) return 'black';
  if (s < 0.15) return v > 0.78 ? 'white' : v < 0.35 ? 'black' : 'gray';
  const d = max - min;
  const rn = r / 255;
  const gn = g / 255;
  const bn = b / 255;
  let h = max === rn ? ((gn - bn) / d) % 6 : max === gn ? (bn - rn) / d + 2 : (rn - gn) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  if (h >= 15 && h < 50 && s < 0.4 && v > 0.7) return 'beige';
  if (h < 15 || h >= 345) return v < 0.55 ? 'brown' : s < 0.45 ? 'pink' : 'red';
  if (h < 45) return v < 0.75 || s < 0.5 ? 'brown' : 'orange';
  if (h < 70) return v < 0.5 ? 'brown' : 'yellow';
  if (h < 170) return 'green';
  if (h < 260) return 'blue';
  if (h < 300) return 'purple';
  return 'pink';
}

/** Metres as the answers write them: two decimals. */
export function metresText(metres: number): string {
  return `${metres.toFixed(2)} m`;
}

export function roundMetres(metres: number): number {
  return Math.round(metres * 100) / 100;
}
