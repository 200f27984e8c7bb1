import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/annotation';
import type { SceneObject } from '../domain/scene';
import { shell, thing } from '../templates/testing/objects';
import { answerMetres, findExpressions, geometryDistance, reviewChecks, type CheckId } from './checks';

const TIME = '2025-05-01T09:30:00.000Z';

function room(extraChairs = 0): SceneObject[] {
  return [
    ...shell(),
    thing('chair', 1, 1, [0.5, 0.5, 0.9], { id: 10 }),
    thing('table', 3, 1, [1.2, 0.8, 0.75], { id: 11 }),
    thing('bed', 4.5, 3.5, [2, 1.6, 0.5], { id: 12 }),
    ...Array.from({ length: extraChairs }, (_, i) => thing('chair', 1 + i, 4, [0.5, 0.5, 0.9], { id: 20 + i })),
  ];
}

function distanceItem(metres: number, answer = `${metres.toFixed(2)} m`): Annotation {
  return {
    id: 'd1',
    scene_id: 's',
    task: 'distance',
    text: 'How far is the chair from the table?',
    answer,
    value: { kind: 'distance', metric: 'center', metres },
    referents: [
      { id: 10, role: 'target' },
      { id: 11, role: 'anchor' },
    ],
    source: { kind: 'template', template_id: 'distance.center', template_version: 1 },
    status: 'generated',
    flagged: false,
    annotator: null,
    created_at: TIME,
    updated_at: TIME,
    revision: 1,
  };
}

function layoutItem(after: [number, number]): Annotation {
  const chair = room().find((o) => o.id === 10)!;
  return {
    ...distanceItem(0),
    id: 'l1',
    task: 'layout_edit',
    text: 'Move the chair next to the bed.',
    answer: '',
    value: {
      kind: 'layout',
      object_id: 10,
      box_before: chair.box,
      box_after: { ...chair.box, center: [after[0], after[1], chair.box.center[2]] },
    },
    referents: [
      { id: 10, role: 'target' },
      { id: 12, role: 'anchor' },
    ],
  } as Annotation;
}

const byId = (checks: ReturnType<typeof reviewChecks>) =>
  Object.fromEntries(checks.map((c) => [c.id, c.ok])) as Partial<Record<CheckId, boolean>>;

describe('review checks', () => {
  it('pass a distance item that still agrees with the geometry', () => {
    const checks = reviewChecks(distanceItem(2), room());
    expect(byId(checks)).toEqual({ referents: true, unique: true, distance: true });
  });

  it('fail a distance more than 1 cm off, and an answer text that disagrees', () => {
    expect(byId(reviewChecks(distanceItem(2.02), room())).distance).toBe(false);
    expect(byId(reviewChecks(distanceItem(2.005), room())).distance).toBe(true);
    const said = reviewChecks(distanceItem(2, '2.50 m'), room()).find((c) => c.id === 'distance')!;
    expect(said).toMatchObject({ ok: false });
    expect(said.message).toContain('2.50 m');
  });

  it('fail when a referent has left the scene', () => {
    const checks = reviewChecks(
      distanceItem(2),
      room().filter((o) => o.id !== 11),
    );
    expect(checks.find((c) => c.id === 'referents')).toEqual({
      id: 'referents',
      ok: false,
      message: 'object 11 not in the scene',
    });
  });

  it('fail an expression that is no longer unique after a chair was added', () => {
    const unique = reviewChecks(distanceItem(2), room());
    expect(byId(unique).unique).toBe(true);
    const checks = reviewChecks(distanceItem(2), room(1));
    const unique2 = checks.find((c) => c.id === 'unique')!;
    expect(unique2.ok).toBe(false);
    expect(unique2.message).toBe('"the chair" now picks 2 objects (10, 20)');
  });

  it('read the expressions out of template phrasing', () => {
    expect(findExpressions('How far is the chair from the table?', room())).toEqual([
      { text: 'the chair', picks: [10] },
      { text: 'the table', picks: [11] },
    ]);
    expect(findExpressions('Is there a lamp?', room())).toEqual([]);
  });

  it('check a layout target for collisions on the current layout', () => {
    expect(byId(reviewChecks(layoutItem([2, 4]), room())).placement).toBe(true);
    const onTable = reviewChecks(layoutItem([3, 1]), room()).find((c) => c.id === 'placement')!;
    expect(onTable.ok).toBe(false);
    expect(onTable.message).toContain('collides with 11');
    expect(byId(reviewChecks(layoutItem([9, 1]), room())).placement).toBe(false);
  });

  it('recompute a distance from the geometry and read metres from an answer', () => {
    const geometry = geometryDistance(distanceItem(0), room())!;
    expect(geometry).toMatchObject({ metric: 'center', a: 10, b: 11 });
    expect(geometry.metres).toBeCloseTo(Math.hypot(2, 0.45 - 0.375), 9);
    expect(answerMetres('about 1.25 m')).toBe(1.25);
    expect(answerMetres('far')).toBeNull();
  });
});
