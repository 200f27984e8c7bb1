/**
 * The checks a reviewer sees before accepting an annotation, run against the scene as it is now
 * (the layout may have changed since the record was generated): its referents still exist, every
 * referring expression in its text still picks exactly one object (SPEC §2), a distance agrees
 * with the geometry within 1 cm, and a layout target is still a valid, collision-free place.
 * Environment-free; the renderer shows the results and the review service records overrides.
 */
import type { Annotation } from '../annotations/annotation';
import type { SceneObject } from '../domain/scene';
import { centerDistance, boxGap } from '../geometry/distance';
import { checkPlacement, isValidPlacement, roomFromObjects } from '../placement';
import { expressionText, parseExpression } from '../templates/expression';
import { resolveExpression } from '../templates/resolver';
import { categoryOf } from '../templates/words';

/** How far (m) a stored distance may be from the geometry's before the check fails. */
export const DISTANCE_TOLERANCE = 0.01;

export type CheckId = 'referents' | 'unique' | 'distance' | 'placement';

export interface ReviewCheck {
  id: CheckId;
  ok: boolean;
  /** One line a reviewer reads: what was checked, or what is wrong. */
  message: string;
}

type Record = Pick<Annotation, 'task' | 'text' | 'answer' | 'value' | 'referents' | 'extra'>;

export function reviewChecks(annotation: Record, objects: readonly SceneObject[]): ReviewCheck[] {
  const checks: ReviewCheck[] = [referentsCheck(annotation, objects), uniquenessCheck(annotation, objects)];
  if (annotation.value.kind === 'distance') checks.push(distanceCheck(annotation, objects));
  if (annotation.value.kind === 'layout') checks.push(placementCheck(annotation, objects));
  return checks;
}

export function failedChecks(checks: readonly ReviewCheck[]): ReviewCheck[] {
  return checks.filter((check) => !check.ok);
}

function referentsCheck(annotation: Record, objects: readonly SceneObject[]): ReviewCheck {
  const ids = new Set(objects.map((o) => o.id));
  const wanted = new Set(annotation.referents.map((r) => r.id));
  const value = annotation.value;
  if ('object_id' in value) wanted.add(value.object_id);
  const missing = [...wanted].filter((id) => !ids.has(id)).sort((a, b) => a - b);
  if (missing.length > 0) {
    return {
      id: 'referents',
      ok: false,
      message: `object${missing.length > 1 ? 's' : ''} ${missing.join(', ')} not in the scene`,
    };
  }
  return { id: 'referents', ok: true, message: `${wanted.size} referent${wanted.size === 1 ? '' : 's'} present` };
}

export interface FoundExpression {
  /** The expression as the grammar writes it. */
  text: string;
  /** The ids it picks in the current scene. */
  picks: number[];
}

/**
 * The referring expressions in `text`: at each "the …", the longest run of words the expression
 * grammar reads that picks exactly one object (else the longest run it reads at all), resolved on
 * `objects`. Template phrasing around the expressions ("How far is … from …?") is skipped, and an
 * instruction's "the chair to the left of the desk" falls back to "the chair" when only that
 * reading picks one object (the chair is not there yet).
 */
export function findExpressions(text: string, objects: readonly SceneObject[]): FoundExpression[] {
  const categories = [...new Set(objects.map((o) => categoryOf(o.label)))];
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const found: FoundExpression[] = [];
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== 'the') continue;
    let longest: { end: number; found: FoundExpression } | null = null;
    let unique: { end: number; found: FoundExpression } | null = null;
    for (let end = words.length; end > start + 1 && unique === null; end--) {
      const expression = parseExpression(words.slice(start, end).join(' '), categories);
      if (expression === null) continue;
      const reading = {
        end,
        found: { text: expressionText(expression), picks: resolveExpression(expression, objects) },
      };
      longest ??= reading;
      if (reading.found.picks.length === 1) unique = reading;
    }
    const chosen = unique ?? longest;
    if (chosen === null) continue;
    found.push(chosen.found);
    start = chosen.end - 1;
  }
  return found;
}

function uniquenessCheck(annotation: Record, objects: readonly SceneObject[]): ReviewCheck {
  const expressions = findExpressions(annotation.text, objects);
  const ambiguous = expressions.find((e) => e.picks.length !== 1);
  if (ambiguous) {
    const picks =
      ambiguous.picks.length === 0 ? 'no object' : `${ambiguous.picks.length} objects (${ambiguous.picks.join(', ')})`;
    return { id: 'unique', ok: false, message: `"${ambiguous.text}" now picks ${picks}` };
  }
  if (expressions.length === 0) return { id: 'unique', ok: true, message: 'no referring expression to check' };
  const n = expressions.length;
  return {
    id: 'unique',
    ok: true,
    message: n === 1 ? 'its expression picks one object' : `${n} expressions pick one object each`,
  };
}

export interface GeometryDistance {
  metres: number;
  metric: 'center' | 'gap';
  a: number;
  b: number;
}

/** The distance the geometry gives between a distance item's target and anchor, or null when one is missing. */
export function geometryDistance(annotation: Record, objects: readonly SceneObject[]): GeometryDistance | null {
  if (annotation.value.kind !== 'distance') return null;
  const target = annotation.referents.find((r) => r.role === 'target') ?? annotation.referents[0];
  const anchor =
    annotation.referents.find((r) => r.role === 'anchor' && r.id !== target?.id) ?? annotation.referents[1];
  const a = objects.find((o) => o.id === target?.id);
  const b = objects.find((o) => o.id === anchor?.id);
  if (!a || !b) return null;
  const metric = annotation.value.metric;
  const metres = metric === 'center' ? centerDistance(a.box, b.box) : boxGap(a.box, b.box);
  return { metres, metric, a: a.id, b: b.id };
}

/** The first number in an answer text ("1.25 m" → 1.25), or null. */
export function answerMetres(answer: string): number | null {
  const match = /-?\d+(?:\.\d+)?/.exec(answer);
  return match ? Number(match[0]) : null;
}

function distanceCheck(annotation: Record, objects: readonly SceneObject[]): ReviewCheck {
  const geometry = geometryDistance(annotation, objects);
  if (geometry === null)
    return { id: 'distance', ok: false, message: 'distance needs a target and an anchor in the scene' };
  const stored = annotation.value.kind === 'distance' ? annotation.value.metres : NaN;
  const said = answerMetres(annotation.answer);
  const geo = geometry.metres.toFixed(2);
  if (Math.abs(stored - geometry.metres) > DISTANCE_TOLERANCE + 1e-9) {
    return {
      id: 'distance',
      ok: false,
      message: `stored ${stored.toFixed(2)} m, geometry ${geo} m (${geometry.metric})`,
    };
  }
  if (said === null || Math.abs(said - geometry.metres) > DISTANCE_TOLERANCE + 1e-9) {
    return { id: 'distance', ok: false, message: `answer "${annotation.answer}" disagrees with geometry ${geo} m` };
  }
  return { id: 'distance', ok: true, message: `${geo} m agrees with geometry (${geometry.metric})` };
}

function placementCheck(annotation: Record, objects: readonly SceneObject[]): ReviewCheck {
  if (annotation.value.kind !== 'layout') return { id: 'placement', ok: true, message: 'not a layout item' };
  const { object_id: movingId, box_after: box } = annotation.value;
  if (!objects.some((o) => o.id === movingId)) {
    return { id: 'placement', ok: false, message: `object ${movingId} not in the scene` };
  }
  const partner = swapPartner(annotation);
  const check = checkPlacement(box, {
    objects,
    room: roomFromObjects(objects),
    movingId,
    ...(partner === null ? {} : { ignore: [partner] }),
  });
  if (isValidPlacement(check)) return { id: 'placement', ok: true, message: 'target box is free, supported, inside' };
  const problems = [
    ...(check.inside ? [] : ['outside the room']),
    ...(check.supported ? [] : ['not supported']),
    ...(check.collisions.length > 0 ? [`collides with ${check.collisions.join(', ')}`] : []),
  ];
  return { id: 'placement', ok: false, message: `target box ${problems.join(', ')}` };
}

function swapPartner(annotation: Record): number | null {
  const partner = annotation.extra?.swap_partner as { object_id?: unknown } | undefined;
  return typeof partner?.object_id === 'number' ? partner.object_id : null;
}
