/**
 * Which object categories have a front, so that left/right/front/behind can be taken in their own
 * frame (SPEC §2). A category has a front when people use it from one side: you sit on a chair
 * facing its front, open a cabinet from its front, watch a TV from its front.
 *
 * Decisions: tables are included (the spec's "table with chairs"; a label cannot tell us the
 * chairs, and dining and work tables are used from a side), but tables named for having no front
 * (coffee, round, side, end tables) are not. Benches and nightstands are included (backrest side,
 * drawer side). Lamps, stools, ottomans, boxes, plants, bins, pillows have no front.
 */

/** Head nouns (or whole labels) of categories with a front, lower case, singular. */
export const FRONTED_CATEGORIES: ReadonlySet<string> = new Set([
  'chair',
  'armchair',
  'sofa',
  'couch',
  'loveseat',
  'recliner',
  'bed',
  'desk',
  'table',
  'bench',
  'toilet',
  'sink',
  'bathtub',
  'cabinet',
  'dresser',
  'wardrobe',
  'closet',
  'nightstand',
  'bookshelf',
  'bookcase',
  'shelf',
  'drawer',
  'tv',
  'television',
  'monitor',
  'computer',
  'laptop',
  'piano',
  'fireplace',
  'refrigerator',
  'fridge',
  'oven',
  'stove',
  'microwave',
  'dishwasher',
  'washer',
  'dryer',
  'washing machine',
  'kitchen counter',
  'counter',
  'tv stand',
  'sofa chair',
  'vending machine',
]);

/** Tables named for having no front. */
const FRONTLESS_LABELS: ReadonlySet<string> = new Set(['coffee table', 'round table', 'side table', 'end table']);

/** Irregular plurals seen in ScanNet raw labels; regular ones just drop a trailing "s". */
const PLURALS: ReadonlyMap<string, string> = new Map([
  ['bookshelves', 'bookshelf'],
  ['shelves', 'shelf'],
  ['benches', 'bench'],
  ['couches', 'couch'],
  ['sinks', 'sink'],
]);

function singular(word: string): string {
  return (
    PLURALS.get(word) ?? (word.length > 2 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word)
  );
}

/**
 * True when objects with this label have a front. Labels are matched case-insensitively with
 * underscores or hyphens read as spaces (ScanRefer writes `office_chair`), by the whole label or
 * its last word (`office chair` → chair, `kitchen cabinets` → cabinet).
 */
export function hasFront(label: string): boolean {
  const words = label.toLowerCase().replace(/[_-]+/g, ' ').trim().split(/\s+/).filter(Boolean).map(singular);
  if (words.length === 0) return false;
  const whole = words.join(' ');
  if (FRONTLESS_LABELS.has(whole)) return false;
  if (FRONTED_CATEGORIES.has(whole)) return true;
  const lastTwo = words.slice(-2).join(' ');
  if (FRONTLESS_LABELS.has(lastTwo)) return false;
  return FRONTED_CATEGORIES.has(lastTwo) || FRONTED_CATEGORIES.has(words[words.length - 1]!);
}
