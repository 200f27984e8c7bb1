/**
 * Referring expressions as structure: a category, optional attributes and an optional relation to
 * another expression. The structure is what the resolver interprets and what annotations keep; the
 * text is written from it here and read back into it by `parseExpression`, with one grammar:
 *
 *   the [colour] [big|small] <category> [<relation phrase> <expression>]
 */
import { COLOUR_NAMES, type ColourName } from './words';

export const RELATIONS = [
  'closest',
  'farthest',
  'next_to',
  'on',
  'above',
  'below',
  'left',
  'right',
  'front',
  'behind',
] as const;
export type RelationKind = (typeof RELATIONS)[number];

/** Relations taken in the anchor's own frame: only for anchors with a front. */
export const ANCHOR_FRAME_RELATIONS: ReadonlySet<RelationKind> = new Set(['left', 'right', 'front', 'behind']);

export const RELATION_PHRASES: Readonly<Record<RelationKind, string>> = {
  closest: 'closest to',
  farthest: 'farthest from',
  next_to: 'next to',
  on: 'on',
  above: 'above',
  below: 'below',
  left: 'to the left of',
  right: 'to the right of',
  front: 'in front of',
  behind: 'behind',
};

export type SizeWord = 'big' | 'small';

export interface Expression {
  category: string;
  colour?: ColourName;
  size?: SizeWord;
  relation?: { kind: RelationKind; anchor: Expression };
}

/** An expression with the text written from it and the object it was made for. */
export interface ReferringExpression {
  targetId: number;
  expression: Expression;
  text: string;
  /** Ids of the anchors mentioned, outermost first. */
  anchorIds: number[];
}

export function expressionText(expr: Expression): string {
  const words = ['the'];
  if (expr.colour) words.push(expr.colour);
  if (expr.size) words.push(expr.size);
  words.push(expr.category);
  if (expr.relation) words.push(RELATION_PHRASES[expr.relation.kind], expressionText(expr.relation.anchor));
  return words.join(' ');
}

/** Number of parts beyond the category: how hard the expression is to read (lower is simpler). */
export function expressionCost(expr: Expression): number {
  return (expr.colour ? 1 : 0) + (expr.size ? 1 : 0) + (expr.relation ? 2 + expressionCost(expr.relation.anchor) : 0);
}

export function usesAnchorFrame(expr: Expression): boolean {
  return (
    expr.relation !== undefined &&
    (ANCHOR_FRAME_RELATIONS.has(expr.relation.kind) || usesAnchorFrame(expr.relation.anchor))
  );
}

const PHRASES_LONGEST_FIRST = (Object.entries(RELATION_PHRASES) as [RelationKind, string][]).sort(
  (a, b) => b[1].length - a[1].length,
);

/**
 * Reads an expression written by `expressionText` (case and surrounding whitespace ignored).
 * `categories` are the category names the scene has; the longest one that fits wins, so "tv stand"
 * is read before "tv". Returns null when the text is not in the grammar.
 */
export function parseExpression(text: string, categories: readonly string[]): Expression | null {
  const normalized = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const byLength = [...new Set(categories)].sort((a, b) => b.length - a.length);
  const result = parseFrom(normalized, byLength);
  return result !== null && result.rest === '' ? result.expr : null;
}

function parseFrom(text: string, categories: readonly string[]): { expr: Expression; rest: string } | null {
  let rest = text;
  if (rest.startsWith('the ')) rest = rest.slice(4);
  else return null;
  const expr: Partial<Expression> = {};
  const firstWord = rest.split(' ')[0]!;
  if ((COLOUR_NAMES as readonly string[]).includes(firstWord) && !categoryAt(rest, categories)?.startsWith(firstWord)) {
    expr.colour = firstWord as ColourName;
    rest = rest.slice(firstWord.length + 1);
  }
  const sizeWord = rest.split(' ')[0]!;
  if ((sizeWord === 'big' || sizeWord === 'small') && !categoryAt(rest, categories)?.startsWith(sizeWord)) {
    expr.size = sizeWord;
    rest = rest.slice(sizeWord.length + 1);
  }
  const category = categoryAt(rest, categories);
  if (category === null) return null;
  expr.category = category;
  rest = rest.slice(category.length).trimStart();
  if (rest === '') return { expr: expr as Expression, rest };
  for (const [kind, phrase] of PHRASES_LONGEST_FIRST) {
    if (!rest.startsWith(`${phrase} `)) continue;
    const anchor = parseFrom(rest.slice(phrase.length + 1), categories);
    if (anchor === null) continue;
    return { expr: { ...(expr as Expression), relation: { kind, anchor: anchor.expr } }, rest: anchor.rest };
  }
  return { expr: expr as Expression, rest };
}

function categoryAt(text: string, categories: readonly string[]): string | null {
  for (const c of categories) if (text === c || text.startsWith(`${c} `)) return c;
  return null;
}
