/**
 * Referring expressions that pick exactly one object (SPEC §2). The simplest wording wins: the
 * category alone when it is unique, else with a colour and/or size word, else a relation to an
 * anchor that is itself referable without a relation (closest to, next to, on, left of...). Every
 * candidate is checked with the resolver and kept only when it resolves to exactly its target, so
 * an expression emitted here is unique by construction; when nothing is unique nothing is emitted.
 */
import type { SceneObject } from '../domain/scene';
import { centerDistance } from '../geometry/box';
import { isStructural } from '../placement/room';
import {
  expressionCost,
  expressionText,
  RELATIONS,
  type Expression,
  type ReferringExpression,
  type SizeWord,
} from './expression';
import { resolveExpression } from './resolver';
import { categoryOf, colourName } from './words';

/** How many nearby anchors a relation may use (nearest first): far anchors make poor descriptions. */
export const MAX_ANCHORS = 8;

export class Referrer {
  private readonly attributeCache = new Map<number, Expression | null>();
  private readonly byId: Map<number, SceneObject>;

  constructor(readonly objects: readonly SceneObject[]) {
    this.byId = new Map(objects.map((o) => [o.id, o]));
  }

  /** Whether expressions resolve to exactly this object. */
  picksOnly(expr: Expression, targetId: number): boolean {
    const ids = resolveExpression(expr, this.objects);
    return ids.length === 1 && ids[0] === targetId;
  }

  /** The simplest unique expression without a relation, or null. */
  attributeExpression(targetId: number): Expression | null {
    if (this.attributeCache.has(targetId)) return this.attributeCache.get(targetId)!;
    const target = this.byId.get(targetId);
    let found: Expression | null = null;
    if (target !== undefined) {
      const category = categoryOf(target.label);
      const colour = colourName(target.color);
      const sizes: SizeWord[] = ['big', 'small'];
      const candidates: Expression[] = [
        { category },
        { category, colour },
        ...sizes.map((size) => ({ category, size })),
        ...sizes.map((size) => ({ category, colour, size })),
      ];
      found = candidates.find((expr) => this.picksOnly(expr, targetId)) ?? null;
    }
    this.attributeCache.set(targetId, found);
    return found;
  }

  /**
   * Every unique expression found for the target, simplest first: its attribute expression (if
   * any) and one per (relation, anchor) that holds and picks only the target.
   */
  expressions(targetId: number, options: { relations?: boolean } = {}): ReferringExpression[] {
    const target = this.byId.get(targetId);
    if (target === undefined || isStructural(target.label)) return [];
    const found: { expr: Expression; anchorIds: number[] }[] = [];
    const plain = this.attributeExpression(targetId);
    if (plain) found.push({ expr: plain, anchorIds: [] });
    if (options.relations !== false) {
      const category = categoryOf(target.label);
      const anchors = this.objects
        .filter((o) => o.id !== targetId && !isStructural(o.label))
        .map((o) => ({ o, d: centerDistance(o.box, target.box) }))
        .sort((a, b) => a.d - b.d || a.o.id - b.o.id)
        .map(({ o }) => o)
        .filter((o) => this.attributeExpression(o.id) !== null)
        .slice(0, MAX_ANCHORS);
      for (const anchor of anchors) {
        const anchorExpr = this.attributeExpression(anchor.id)!;
        for (const kind of RELATIONS) {
          const expr: Expression = { category, relation: { kind, anchor: anchorExpr } };
          if (this.picksOnly(expr, targetId)) found.push({ expr, anchorIds: [anchor.id] });
        }
      }
    }
    return found
      .map(({ expr, anchorIds }) => ({ targetId, expression: expr, text: expressionText(expr), anchorIds }))
      .sort((a, b) => expressionCost(a.expression) - expressionCost(b.expression));
  }

  /** The simplest unique expression for the object, or null when none is found. */
  referTo(targetId: number): ReferringExpression | null {
    const plain = this.attributeExpression(targetId);
    const target = this.byId.get(targetId);
    if (target === undefined || isStructural(target.label)) return null;
    if (plain) return { targetId, expression: plain, text: expressionText(plain), anchorIds: [] };
    return this.expressions(targetId)[0] ?? null;
  }
}

/** The simplest unique expression for one object (builds a Referrer; reuse one for many calls). */
export function referTo(targetId: number, objects: readonly SceneObject[]): ReferringExpression | null {
  return new Referrer(objects).referTo(targetId);
}

export function referringExpressions(targetId: number, objects: readonly SceneObject[]): ReferringExpression[] {
  return new Referrer(objects).expressions(targetId);
}
