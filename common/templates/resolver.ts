/**
 * Interprets a structured referring expression against a scene: which objects does it pick? It
 * knows nothing of how expressions are generated; the generator keeps an expression only when this
 * returns exactly its target (SPEC §2: a referring expression picks exactly one object).
 *
 * Semantics, applied in this order:
 * 1. category: objects whose label reads as the category;
 * 2. colour: those whose mean colour is named so (words.ts colourName);
 * 3. size: big/small is the largest/smallest by volume of what is left, and only when it beats the
 *    runner-up by SIZE_RATIO (else nothing: "the big chair" among equal chairs picks none);
 * 4. relation: the anchor must itself resolve to exactly one object; then closest/farthest pick the
 *    unique extreme (geometry's margin rule) and the others filter by their predicate. The anchor
 *    itself is never a candidate. Anchor-frame relations need an anchor with a front.
 */
import type { SceneObject } from '../domain/scene';
import {
  anchorSide,
  closestIndex,
  farthestIndex,
  hasFront,
  isAbove,
  isBelow,
  isNextTo,
  isOn,
} from '../geometry/relations';
import type { Expression } from './expression';
import { objectFrame } from './frame';
import { categoryOf, colourName } from './words';

/** A superlative size must beat the runner-up's volume by this factor. */
export const SIZE_RATIO = 1.3;

function volume(o: SceneObject): number {
  return o.box.size[0] * o.box.size[1] * o.box.size[2];
}

export function resolveExpression(expr: Expression, objects: readonly SceneObject[]): number[] {
  return resolveObjects(expr, objects).map((o) => o.id);
}

function resolveObjects(expr: Expression, objects: readonly SceneObject[]): SceneObject[] {
  let candidates = objects.filter((o) => categoryOf(o.label) === expr.category);
  if (expr.colour) candidates = candidates.filter((o) => colourName(o.color) === expr.colour);
  if (expr.size) {
    if (candidates.length < 2) return [];
    const sign = expr.size === 'big' ? -1 : 1;
    const sorted = [...candidates].sort((a, b) => sign * (volume(a) - volume(b)));
    const [first, second] = [volume(sorted[0]!), volume(sorted[1]!)];
    const clear = expr.size === 'big' ? first >= SIZE_RATIO * second : second >= SIZE_RATIO * first;
    candidates = clear ? [sorted[0]!] : [];
  }
  if (!expr.relation) return candidates.sort((a, b) => a.id - b.id);
  const anchors = resolveObjects(expr.relation.anchor, objects);
  if (anchors.length !== 1) return [];
  const anchor = anchors[0]!;
  candidates = candidates.filter((o) => o.id !== anchor.id);
  const boxes = candidates.map((o) => o.box);
  switch (expr.relation.kind) {
    case 'closest':
    case 'farthest': {
      const index =
        expr.relation.kind === 'closest' ? closestIndex(anchor.box, boxes) : farthestIndex(anchor.box, boxes);
      // A single candidate is trivially the closest; geometry's margin rule needs a runner-up.
      if (candidates.length === 1) return candidates;
      return index < 0 ? [] : [candidates[index]!];
    }
    case 'next_to':
      return candidates.filter((o) => isNextTo(o.box, anchor.box));
    case 'on':
      return candidates.filter((o) => isOn(o.box, anchor.box));
    case 'above':
      return candidates.filter((o) => isAbove(o.box, anchor.box) && !isOn(o.box, anchor.box));
    case 'below':
      return candidates.filter((o) => isBelow(o.box, anchor.box));
    case 'left':
    case 'right':
    case 'front':
    case 'behind': {
      if (!hasFront(anchor.label)) return [];
      const frame = objectFrame(anchor);
      return candidates.filter((o) => anchorSide(o.box, frame) === expr.relation!.kind);
    }
  }
}
