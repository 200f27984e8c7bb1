import { describe, expect, it } from 'vitest';
import { parseExpression, expressionText, type Expression } from './expression';
import { referTo, Referrer } from './referring';
import { resolveExpression } from './resolver';
import { shell, thing } from './testing/objects';
import { synthSceneObjects } from './testing/synth-objects';
import { categoryOf } from './words';

const RED: [number, number, number] = [200, 30, 30];
const BLUE: [number, number, number] = [30, 40, 200];

describe('referring expressions on hand-built scenes', () => {
  it('uses the category alone when it is unique', () => {
    const objects = [
      ...shell(),
      thing('bed', 2, 2, [2, 1.6, 0.6], { id: 10 }),
      thing('lamp', 5, 4, [0.3, 0.3, 0.5], { id: 11 }),
    ];
    expect(referTo(10, objects)?.text).toBe('the bed');
  });

  it('adds a colour, then a size, when the category is shared', () => {
    const objects = [
      ...shell(),
      thing('chair', 1, 1, [0.5, 0.5, 0.9], { id: 10, color: RED }),
      thing('chair', 4, 1, [0.5, 0.5, 0.9], { id: 11, color: BLUE }),
      thing('box', 1, 4, [0.6, 0.6, 0.6], { id: 12 }),
      thing('box', 3, 4, [0.3, 0.3, 0.3], { id: 13 }),
    ];
    expect(referTo(10, objects)?.text).toBe('the red chair');
    expect(referTo(11, objects)?.text).toBe('the blue chair');
    expect(referTo(12, objects)?.text).toBe('the big box');
    expect(referTo(13, objects)?.text).toBe('the small box');
  });

  it('falls back to a relation to a uniquely named anchor, in the anchor frame when it has a front', () => {
    // Two identical chairs, one in front of the desk (desk faces +X) and one behind it.
    const objects = [
      ...shell(),
      thing('desk', 3, 2.5, [0.7, 1.4, 0.75], { id: 10 }),
      thing('chair', 4, 2.5, [0.5, 0.5, 0.9], { id: 11 }),
      thing('chair', 1.2, 2.5, [0.5, 0.5, 0.9], { id: 12 }),
    ];
    const texts = new Referrer(objects).expressions(11).map((e) => e.text);
    expect(texts).toContain('the chair in front of the desk');
    expect(texts).not.toContain('the chair');
    expect(new Referrer(objects).expressions(12).map((e) => e.text)).toContain('the chair behind the desk');
    // Turn the desk to face +Y: the same chairs are now to its right and left.
    const turned = objects.map((o) => (o.id === 10 ? { ...o, obb: { ...o.obb, yaw: Math.PI / 2 } } : o));
    expect(new Referrer(turned).expressions(11).map((e) => e.text)).toContain('the chair to the right of the desk');
  });

  it('emits nothing when no expression is unique', () => {
    const twins = [
      ...shell(),
      thing('chair', 1, 1, [0.5, 0.5, 0.9], { id: 10 }),
      thing('chair', 4, 4, [0.5, 0.5, 0.9], { id: 11 }),
    ];
    expect(referTo(10, twins)).toBeNull();
  });

  it('never refers to walls or the floor', () => {
    expect(referTo(0, shell())).toBeNull();
  });
});

describe('resolveExpression', () => {
  const objects = [
    ...shell(),
    thing('nightstand', 1, 1, [0.45, 0.45, 0.6], { id: 10 }),
    thing('lamp', 1, 1, [0.3, 0.3, 0.5], { id: 11, base: 0.6 }),
    thing('lamp', 5, 4, [0.3, 0.3, 0.5], { id: 12 }),
    thing('bed', 2.3, 1.2, [2, 1.6, 0.6], { id: 13 }),
  ];

  it('interprets each relation by its predicate', () => {
    const lampOn: Expression = { category: 'lamp', relation: { kind: 'on', anchor: { category: 'nightstand' } } };
    expect(resolveExpression(lampOn, objects)).toEqual([11]);
    expect(
      resolveExpression({ category: 'lamp', relation: { kind: 'farthest', anchor: { category: 'bed' } } }, objects),
    ).toEqual([12]);
    expect(
      resolveExpression(
        { category: 'nightstand', relation: { kind: 'next_to', anchor: { category: 'bed' } } },
        objects,
      ),
    ).toEqual([10]);
    expect(resolveExpression({ category: 'lamp' }, objects)).toEqual([11, 12]);
  });

  it('picks nothing when the anchor is not unique or has no front for a side relation', () => {
    expect(
      resolveExpression({ category: 'bed', relation: { kind: 'next_to', anchor: { category: 'lamp' } } }, objects),
    ).toEqual([]);
    expect(
      resolveExpression(
        {
          category: 'bed',
          relation: {
            kind: 'left',
            anchor: { category: 'nightstand', relation: { kind: 'on', anchor: { category: 'bed' } } },
          },
        },
        objects,
      ),
    ).toEqual([]);
  });

  it('round-trips text and structure through the grammar', () => {
    const expr: Expression = {
      category: 'lamp',
      colour: 'red',
      relation: { kind: 'left', anchor: { category: 'tv stand', size: 'big' } },
    };
    const text = expressionText(expr);
    expect(text).toBe('the red lamp to the left of the big tv stand');
    expect(parseExpression(text, ['lamp', 'tv', 'tv stand'])).toEqual(expr);
    expect(parseExpression('a lamp', ['lamp'])).toBeNull();
  });
});

describe('uniqueness on synthetic scenes', () => {
  it('every expression generated for every object of 10 scenes resolves to exactly its target and parses back', () => {
    let checked = 0;
    for (let seed = 0; seed < 10; seed++) {
      const { objects } = synthSceneObjects(seed);
      const referrer = new Referrer(objects);
      const categories = objects.map((o) => categoryOf(o.label));
      for (const o of objects) {
        for (const e of referrer.expressions(o.id)) {
          expect(resolveExpression(e.expression, objects), `seed ${seed}: ${e.text}`).toEqual([o.id]);
          expect(resolveExpression(parseExpression(e.text, categories)!, objects)).toEqual([o.id]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
