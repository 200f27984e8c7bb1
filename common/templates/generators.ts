/**
 * One generator per template truth: each lists the candidate annotations a template can make in
 * a scene as lazy `make` functions, so the engine can shuffle them and stop at its limit without
 * paying for candidates it never uses (layout targets run the placement solver).
 */
import type { AnnotationDraft, Referent } from '../annotations/annotation';
import type { SceneObject } from '../domain/scene';
import { centerDistance } from '../geometry/box';
import { boxGap } from '../geometry/distance';
import { anchorSide, closestIndex, hasFront, isNextTo, isOn } from '../geometry/relations';
import { expressionText, usesAnchorFrame, type ReferringExpression } from './expression';
import { fillPhrasing } from './fill';
import { objectFrame } from './frame';
import {
  layoutTarget,
  MOVE_DIRECTIONS,
  isPortable,
  isSurfaceFor,
  standsOnFloor,
  type LayoutIntent,
} from './layout-targets';
import { readInstruction } from './instruction-parser';
import type { SceneContext } from './scene-context';
import { pick } from './seeded';
import type { Template, TemplateSet, TruthName } from './template-set';
import { categoryOf, colourName, indefinite, metresText, plural, roundMetres } from './words';

type DraftBody = Pick<AnnotationDraft, 'task' | 'text' | 'answer' | 'value' | 'referents' | 'extra'>;

export interface Candidate {
  make(random: () => number): DraftBody | null;
}

type Generator = (template: Template, ctx: SceneContext, set: TemplateSet) => Candidate[];

const SIDE_ANSWERS = { left: 'left', right: 'right', front: 'in front', behind: 'behind' } as const;

function phrase(template: Template, random: () => number, slots: Record<string, string>): string {
  return fillPhrasing(pick(template.phrasings, random), slots);
}

function refs(pairs: [number, Referent['role']][]): Referent[] {
  const seen = new Set<number>();
  return pairs.filter(([id]) => !seen.has(id) && (seen.add(id), true)).map(([id, role]) => ({ id, role }));
}

/** Ordered pairs of distinct referable objects, each unordered pair once (lower id first). */
function pairs(ctx: SceneContext): [SceneObject, SceneObject][] {
  const objects = ctx.referable();
  const out: [SceneObject, SceneObject][] = [];
  for (let i = 0; i < objects.length; i++)
    for (let j = i + 1; j < objects.length; j++) out.push([objects[i]!, objects[j]!]);
  return out;
}

function distance(metric: 'center' | 'gap'): Generator {
  return (template, ctx) =>
    pairs(ctx).map(([a, b]) => ({
      make: (random) => {
        const [target, anchor] = random() < 0.5 ? [a, b] : [b, a];
        const metres = roundMetres(
          metric === 'center' ? centerDistance(target.box, anchor.box) : boxGap(target.box, anchor.box),
        );
        return {
          task: 'distance',
          text: phrase(template, random, { target: ctx.refer(target.id)!.text, anchor: ctx.refer(anchor.id)!.text }),
          answer: metresText(metres),
          value: { kind: 'distance', metric, metres },
          referents: refs([
            [target.id, 'target'],
            [anchor.id, 'anchor'],
          ]),
        };
      },
    }));
}

function byCategory(ctx: SceneContext): Map<string, SceneObject[]> {
  const groups = new Map<string, SceneObject[]>();
  for (const o of ctx.candidates) {
    const category = categoryOf(o.label);
    groups.set(category, [...(groups.get(category) ?? []), o]);
  }
  return groups;
}

const count: Generator = (template, ctx) =>
  [...byCategory(ctx)].map(([category, members]) => ({
    make: (random) => ({
      task: 'vqa',
      text: phrase(template, random, { categories: plural(category) }),
      answer: String(members.length),
      value: { kind: 'answers', answers: [String(members.length)] },
      referents: members.map((o) => ({ id: o.id, role: 'target' as const })),
    }),
  }));

const exists: Generator = (template, ctx, set) => {
  const present = byCategory(ctx);
  const absent = set.existenceCategories
    .map(categoryOf)
    .filter((c) => !present.has(c) && ![...present.keys()].some((p) => p.endsWith(` ${c}`)));
  const yes = [...present].map(([category, members]): Candidate => ({
    make: (random) => ({
      task: 'vqa',
      text: phrase(template, random, { category }),
      answer: 'yes',
      value: { kind: 'answers', answers: ['yes'] },
      referents: members.map((o) => ({ id: o.id, role: 'target' as const })),
    }),
  }));
  const no = absent.map((category): Candidate => ({
    make: (random) => ({
      task: 'vqa',
      text: phrase(template, random, { category }),
      answer: 'no',
      value: { kind: 'answers', answers: ['no'] },
      referents: [],
    }),
  }));
  return [...yes, ...no];
};

const side: Generator = (template, ctx) =>
  pairs(ctx)
    .flatMap(
      ([a, b]) =>
        [
          [a, b],
          [b, a],
        ] as const,
    )
    .filter(([, anchor]) => hasFront(anchor.label))
    .map(([target, anchor]) => ({
      make: (random) => {
        const where = anchorSide(target.box, objectFrame(anchor));
        if (where === null) return null;
        return {
          task: 'vqa',
          text: phrase(template, random, { target: ctx.refer(target.id)!.text, anchor: ctx.refer(anchor.id)!.text }),
          answer: SIDE_ANSWERS[where],
          value: { kind: 'answers', answers: [SIDE_ANSWERS[where]] },
          referents: refs([
            [target.id, 'target'],
            [anchor.id, 'anchor'],
          ]),
        };
      },
    }));

const closestObject: Generator = (template, ctx) =>
  ctx.referable().map((anchor) => ({
    make: (random) => {
      const others = ctx.candidates.filter((o) => o.id !== anchor.id);
      const index = closestIndex(
        anchor.box,
        others.map((o) => o.box),
      );
      if (index < 0) return null;
      const closest = others[index]!;
      const category = categoryOf(closest.label);
      return {
        task: 'vqa',
        text: phrase(template, random, { anchor: ctx.refer(anchor.id)!.text }),
        answer: category,
        value: { kind: 'answers', answers: [category] },
        referents: refs([
          [closest.id, 'target'],
          [anchor.id, 'anchor'],
        ]),
      };
    },
  }));

const onWhat: Generator = (template, ctx) =>
  ctx.referable().map((anchor) => ({
    make: (random) => {
      const on = ctx.candidates.filter((o) => o.id !== anchor.id && isOn(o.box, anchor.box));
      if (on.length === 0) return null;
      const names = [...new Set(on.map((o) => categoryOf(o.label)))].sort();
      const answer = names.join(' and ');
      return {
        task: 'vqa',
        text: phrase(template, random, { anchor: ctx.refer(anchor.id)!.text }),
        answer,
        value: { kind: 'answers', answers: [answer] },
        referents: refs([...on.map((o): [number, 'target'] => [o.id, 'target']), [anchor.id, 'anchor']]),
      };
    },
  }));

type GroundingKind = 'attribute' | 'relation' | 'anchor_side';

function groundingKind(expr: ReferringExpression): GroundingKind {
  if (!expr.expression.relation) return 'attribute';
  return usesAnchorFrame(expr.expression) ? 'anchor_side' : 'relation';
}

function grounding(kind: GroundingKind): Generator {
  return (template, ctx) =>
    ctx.candidates.flatMap((target) =>
      ctx.referrer
        .expressions(target.id)
        .filter((e) => groundingKind(e) === kind)
        .map((e): Candidate => ({
          make: (random) => {
            const distractors = ctx.candidates.filter(
              (o) => o.id !== target.id && categoryOf(o.label) === categoryOf(target.label),
            );
            return {
              task: 'grounding',
              text: phrase(template, random, { target: e.text }),
              answer: '',
              value: { kind: 'object', object_id: target.id, box: target.box },
              referents: refs([
                [target.id, 'target'],
                ...e.anchorIds.map((id): [number, 'anchor'] => [id, 'anchor']),
                ...distractors.map((o): [number, 'distractor'] => [o.id, 'distractor']),
              ]),
            };
          },
        })),
    );
}

/** Facts for a caption: what the object stands on, what it is next to, where it is around a fronted object. */
function captionFacts(target: SceneObject, ctx: SceneContext): { text: string; anchorId: number }[] {
  const facts: { text: string; anchorId: number }[] = [];
  const named = (o: SceneObject): string | null => {
    const expr = ctx.referrer.attributeExpression(o.id);
    return expr ? expressionText(expr) : null;
  };
  const others = ctx.candidates
    .filter((o) => o.id !== target.id)
    .sort((a, b) => centerDistance(a.box, target.box) - centerDistance(b.box, target.box));
  for (const o of others) {
    const name = named(o);
    if (name === null) continue;
    if (isOn(target.box, o.box)) facts.push({ text: `on ${name}`, anchorId: o.id });
  }
  for (const o of others.filter((x) => isNextTo(target.box, x.box)).slice(0, 2)) {
    const name = named(o);
    if (name !== null && !facts.some((f) => f.anchorId === o.id))
      facts.push({ text: `next to ${name}`, anchorId: o.id });
  }
  for (const o of others.filter((x) => hasFront(x.label)).slice(0, 3)) {
    const name = named(o);
    const where = anchorSide(target.box, objectFrame(o));
    if (name === null || where === null || facts.some((f) => f.anchorId === o.id)) continue;
    const words = { left: 'to the left of', right: 'to the right of', front: 'in front of', behind: 'behind' }[where];
    facts.push({ text: `${words} ${name}`, anchorId: o.id });
    break;
  }
  return facts;
}

function joinFacts(facts: string[]): string {
  return facts.length <= 1 ? (facts[0] ?? '') : `${facts.slice(0, -1).join(', ')} and ${facts[facts.length - 1]}`;
}

const caption: Generator = (template, ctx) =>
  ctx.candidates.map((target) => ({
    make: (random) => {
      const facts = captionFacts(target, ctx);
      if (facts.length === 0) return null;
      const object = indefinite(`${colourName(target.color)} ${categoryOf(target.label)}`);
      return {
        task: 'caption',
        text: phrase(template, random, { object, facts: joinFacts(facts.map((f) => f.text)) }),
        answer: '',
        value: { kind: 'caption', object_id: target.id },
        referents: refs([[target.id, 'target'], ...facts.map((f): [number, 'reference'] => [f.anchorId, 'reference'])]),
      };
    },
  }));

const MOVE_DISTANCES = [0.3, 0.5, 1.0];

function layoutIntents(truth: TruthName, ctx: SceneContext): ((random: () => number) => LayoutIntent)[] {
  const objects = ctx.referable();
  const floorStanding = objects.filter((o) => standsOnFloor(o, ctx.room));
  const kind = truth.slice('layout.'.length);
  const withAnchor = (targets: SceneObject[], anchorOk: (t: SceneObject, a: SceneObject) => boolean) =>
    targets.flatMap((t) => objects.filter((a) => a.id !== t.id && anchorOk(t, a)).map((a) => [t, a] as const));
  switch (kind) {
    case 'next_to':
    case 'swap':
      return withAnchor(floorStanding, (t, a) => kind === 'next_to' || (t.id < a.id && standsOnFloor(a, ctx.room))).map(
        ([t, a]) =>
          () => ({ kind, targetId: t.id, anchorId: a.id }),
      );
    case 'left':
    case 'right':
    case 'front':
    case 'behind':
      return withAnchor(floorStanding, (_, a) => hasFront(a.label)).map(([t, a]) => () => ({
        kind,
        targetId: t.id,
        anchorId: a.id,
      }));
    case 'face':
      return withAnchor(
        floorStanding.filter((t) => hasFront(t.label)),
        () => true,
      ).map(([t, a]) => () => ({ kind, targetId: t.id, anchorId: a.id }));
    case 'put_on':
      return withAnchor(objects.filter(isPortable), (t, a) => isSurfaceFor(a, t, ctx.room)).map(([t, a]) => () => ({
        kind,
        targetId: t.id,
        anchorId: a.id,
      }));
    case 'towards':
      return withAnchor(floorStanding, () => true).map(([t, a]) => (random) => ({
        kind,
        targetId: t.id,
        anchorId: a.id,
        metres: pick(MOVE_DISTANCES, random),
      }));
    case 'move_by':
      return floorStanding
        .filter((t) => hasFront(t.label))
        .flatMap((t) =>
          MOVE_DIRECTIONS.map((direction) => (random: () => number) => ({
            kind,
            targetId: t.id,
            direction,
            metres: pick(MOVE_DISTANCES, random),
          })),
        );
    default:
      return [];
  }
}

function metresSlot(metres: number): string {
  return String(metres);
}

function layout(template: Template, ctx: SceneContext, set: TemplateSet): Candidate[] {
  return layoutIntents(template.truth, ctx).map((makeIntent) => ({
    make: (random) => {
      const intent = makeIntent(random);
      const slots: Record<string, string> = { target: ctx.refer(intent.targetId)!.text };
      if ('anchorId' in intent) slots.anchor = ctx.refer(intent.anchorId)!.text;
      if ('metres' in intent) slots.metres = metresSlot(intent.metres);
      if ('direction' in intent) slots.direction = intent.direction;
      const text = phrase(template, random, slots);
      // The text must read back as this intent and nothing else (parser round trip).
      const readings = readInstruction(text, ctx.objects, set);
      if (readings.length !== 1 || JSON.stringify(readings[0]!.intent) !== JSON.stringify(intent)) return null;
      const target = layoutTarget(intent, ctx);
      if (target === null) return null;
      const moved = ctx.byId.get(intent.targetId)!;
      return {
        task: 'layout_edit',
        text,
        answer: '',
        value: { kind: 'layout', object_id: moved.id, box_before: moved.box, box_after: target.box },
        referents: refs([
          [moved.id, 'target'],
          ...('anchorId' in intent ? [[intent.anchorId, 'anchor'] as [number, 'anchor']] : []),
        ]),
        ...(target.partner
          ? {
              extra: {
                swap_partner: {
                  object_id: target.partner.id,
                  box_before: ctx.byId.get(target.partner.id)!.box,
                  box_after: target.partner.box,
                },
              },
            }
          : {}),
      } as DraftBody;
    },
  }));
}

export const GENERATORS: Record<TruthName, Generator> = {
  'distance.center': distance('center'),
  'distance.gap': distance('gap'),
  'vqa.count': count,
  'vqa.exists': exists,
  'vqa.side': side,
  'vqa.closest_object': closestObject,
  'vqa.on_what': onWhat,
  'grounding.attribute': grounding('attribute'),
  'grounding.relation': grounding('relation'),
  'grounding.anchor_side': grounding('anchor_side'),
  'caption.relations': caption,
  'layout.next_to': layout,
  'layout.left': layout,
  'layout.right': layout,
  'layout.front': layout,
  'layout.behind': layout,
  'layout.move_by': layout,
  'layout.towards': layout,
  'layout.face': layout,
  'layout.put_on': layout,
  'layout.swap': layout,
};
