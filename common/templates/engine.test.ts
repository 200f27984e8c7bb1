import { describe, expect, it } from 'vitest';
import { validateAnnotationDraft, type AnnotationDraft } from '../annotations/annotation';
import type { Box } from '../domain/box';
import type { SceneObject } from '../domain/scene';
import { checkPlacement, roomFromObjects } from '../placement';
import { bundledTemplateSet } from './bundled';
import { generateAnnotations } from './engine';
import { parseInstruction } from './instruction-parser';
import { parseTemplateSet, TemplateSetError } from './template-set';
import { shell, thing } from './testing/objects';
import { synthSceneObjects } from './testing/synth-objects';

const set = bundledTemplateSet();
const synth = Array.from({ length: 10 }, (_, seed) => synthSceneObjects(seed));

function templateOf(d: AnnotationDraft): string {
  return d.source.kind === 'template' ? d.source.template_id : '';
}

describe('template set', () => {
  it('the bundled set is valid, versioned, with at least 8 phrasings per distance template', () => {
    expect(set.id).toBe('modle');
    expect(Number.isInteger(set.version)).toBe(true);
    for (const id of ['distance.center', 'distance.gap']) {
      expect(set.templates.find((t) => t.id === id)!.phrasings.length).toBeGreaterThanOrEqual(8);
    }
  });

  it('rejects a set whose template omits anchorFrame or uses an undeclared slot, naming the field', () => {
    const bad = {
      id: 'x',
      version: 1,
      templates: [
        {
          id: 'l',
          task: 'layout_edit',
          truth: 'layout.left',
          slots: ['target', 'anchor'],
          phrasings: ['Move {target} left of {thing}.'],
        },
      ],
    };
    expect(() => parseTemplateSet(bad, 'bad.json')).toThrow(TemplateSetError);
    expect(() => parseTemplateSet(bad, 'bad.json')).toThrow(
      /bad\.json: templates\.0\.anchorFrame: .*anchorFrame: true/,
    );
    expect(() => parseTemplateSet(bad, 'bad.json')).toThrow(/templates\.0\.phrasings\.0: placeholder \{thing\}/);
  });
});

describe('generateAnnotations on synthetic scenes', () => {
  it('emits valid drafts with stable ids, template source and per-task limits, no duplicate task+text', () => {
    const { sceneId, objects } = synth[1]!;
    const drafts = generateAnnotations({ sceneId, objects }, set, { seed: 5, limits: { vqa: 7 } });
    for (const d of drafts) {
      expect(validateAnnotationDraft(d).ok, d.text).toBe(true);
      expect(d.id).toMatch(new RegExp(`^${sceneId}:${templateOf(d).replace('.', '\\.')}:[0-9a-f]{8}$`));
      expect(d.source).toEqual({ kind: 'template', template_id: templateOf(d), template_version: set.version });
    }
    expect(drafts.filter((d) => d.task === 'vqa')).toHaveLength(7);
    expect(new Set(drafts.map((d) => d.id)).size).toBe(drafts.length);
    expect(new Set(drafts.map((d) => `${d.task}|${d.text}`)).size).toBe(drafts.length);
    for (const task of ['distance', 'grounding', 'caption', 'layout_edit'] as const) {
      const n = drafts.filter((d) => d.task === task).length;
      expect(n, task).toBeGreaterThan(0);
      expect(n, task).toBeLessThanOrEqual(40);
    }
    // No wall, floor or ceiling is ever a target.
    const structural = new Set(objects.filter((o) => ['wall', 'floor', 'ceiling'].includes(o.label)).map((o) => o.id));
    for (const d of drafts) for (const r of d.referents) expect(structural.has(r.id), d.text).toBe(false);
  });

  it('is deterministic: same seed same output, another seed differs', () => {
    const { sceneId, objects } = synth[2]!;
    const options = { seed: 11, tasks: ['distance', 'vqa', 'grounding'] as const };
    const a = generateAnnotations({ sceneId, objects }, set, options);
    expect(generateAnnotations({ sceneId, objects }, set, options)).toEqual(a);
    expect(generateAnnotations({ sceneId, objects }, set, { ...options, seed: 12 })).not.toEqual(a);
  });

  it('measures distances as an independent computation does, in metres with two decimals', () => {
    let checked = 0;
    for (const { sceneId, objects } of synth.slice(0, 4)) {
      const byId = new Map(objects.map((o) => [o.id, o]));
      for (const d of generateAnnotations({ sceneId, objects }, set, { seed: 1, tasks: ['distance'] })) {
        if (d.task !== 'distance') continue;
        const a = byId.get(d.referents.find((r) => r.role === 'target')!.id)!.box;
        const b = byId.get(d.referents.find((r) => r.role === 'anchor')!.id)!.box;
        // Boxes here are axis-aligned: the gap is the hypotenuse of the per-axis interval gaps.
        const axisGap = (i: number) =>
          Math.max(0, Math.abs(a.center[i]! - b.center[i]!) - (a.size[i]! + b.size[i]!) / 2);
        const expected =
          d.value.metric === 'center'
            ? Math.sqrt(
                (a.center[0] - b.center[0]) ** 2 + (a.center[1] - b.center[1]) ** 2 + (a.center[2] - b.center[2]) ** 2,
              )
            : Math.sqrt(axisGap(0) ** 2 + axisGap(1) ** 2 + axisGap(2) ** 2);
        // Two decimals, rounded: at most half a centimetre off (3.885 may print as 3.89).
        expect(Math.abs(d.value.metres - expected)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(d.answer).toBe(`${(Math.round(expected * 100) / 100).toFixed(2)} m`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('every layout target is inside the room, supported and collision-free (checkPlacement and brute force), and parses back to the same box', () => {
    let checked = 0;
    const t0 = performance.now();
    let generated = 0;
    for (const { sceneId, objects } of synth) {
      const drafts = generateAnnotations({ sceneId, objects }, set, {
        seed: 3,
        tasks: ['layout_edit'],
        limits: { layout_edit: 15 },
      });
      generated += drafts.length;
      const room = roomFromObjects(objects);
      for (const d of drafts) {
        if (d.task !== 'layout_edit') continue;
        const box = d.value.box_after;
        const partner = d.extra?.swap_partner as { object_id: number } | undefined;
        const ignore = partner ? [partner.object_id] : [];
        const check = checkPlacement(box, { objects, room, movingId: d.value.object_id, ignore });
        expect(check, `${sceneId}: ${d.text}`).toMatchObject({ inside: true, supported: true, collisions: [] });
        expect(bruteForceValid(box, d.value.object_id, objects, ignore), `${sceneId}: ${d.text}`).toBe(true);
        const parsed = parseInstruction(d.text, objects);
        expect(parsed, d.text).toMatchObject({ edit: { objectId: d.value.object_id, box } });
        checked++;
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    console.log(`layout_edit: ${generated} edits in ${seconds.toFixed(2)} s incl. checks`);
    expect(checked).toBeGreaterThan(40);
  });

  it('throughput on one synthetic scene (all tasks)', () => {
    const { sceneId, objects } = synth[4]!;
    const t0 = performance.now();
    const drafts = generateAnnotations({ sceneId, objects }, set, { seed: 9 });
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `throughput: ${drafts.length} annotations in ${seconds.toFixed(3)} s = ${(drafts.length / seconds).toFixed(0)} annotations/s (${objects.length} objects)`,
    );
    expect(drafts.length).toBeGreaterThan(50);
  });
});

/**
 * An independent validity check: points on a 4 cm grid through the box (1 cm inside its faces)
 * lie in no other object's box (floor, the support below and the swap partner excepted), every
 * corner is within the floor's bounds and under the ceiling, and the bottom rests on the floor or
 * on an object's top with the footprint's center over that object.
 */
function bruteForceValid(box: Box, movingId: number, objects: readonly SceneObject[], ignore: number[]): boolean {
  const floor = objects.find((o) => o.label === 'floor')!.box;
  const floorTop = floor.center[2] + floor.size[2] / 2;
  const bottom = box.center[2] - box.size[2] / 2;
  const lo = (b: Box, i: number) => b.center[i]! - b.size[i]! / 2;
  const hi = (b: Box, i: number) => b.center[i]! + b.size[i]! / 2;
  const moving = objects.find((o) => o.id === movingId)!;
  const rests = (o: SceneObject) =>
    Math.abs(lo(o.box, 2) - hi(moving.box, 2)) < 0.05 &&
    o.box.center[0] > lo(moving.box, 0) &&
    o.box.center[0] < hi(moving.box, 0) &&
    o.box.center[1] > lo(moving.box, 1) &&
    o.box.center[1] < hi(moving.box, 1);
  const support = objects.find(
    (o) =>
      o.id !== movingId &&
      o.label !== 'floor' &&
      Math.abs(hi(o.box, 2) - bottom) < 0.03 &&
      box.center[0] >= lo(o.box, 0) &&
      box.center[0] <= hi(o.box, 0) &&
      box.center[1] >= lo(o.box, 1) &&
      box.center[1] <= hi(o.box, 1),
  );
  if (Math.abs(bottom - floorTop) > 0.03 && support === undefined) return false;
  const c = Math.cos(box.yaw);
  const s = Math.sin(box.yaw);
  for (const [sx, sy] of [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ]) {
    const x = box.center[0] + c * ((sx! * box.size[0]) / 2) - s * ((sy! * box.size[1]) / 2);
    const y = box.center[1] + s * ((sx! * box.size[0]) / 2) + c * ((sy! * box.size[1]) / 2);
    if (x < lo(floor, 0) - 0.01 || x > hi(floor, 0) + 0.01 || y < lo(floor, 1) - 0.01 || y > hi(floor, 1) + 0.01)
      return false;
  }
  const others = objects.filter(
    (o) => o.id !== movingId && o.label !== 'floor' && o !== support && !ignore.includes(o.id) && !rests(o),
  );
  const steps = (n: number) => Math.max(2, Math.ceil(n / 0.04));
  const [nx, ny, nz] = [steps(box.size[0]), steps(box.size[1]), steps(box.size[2])];
  for (let i = 0; i <= nx; i++) {
    for (let j = 0; j <= ny; j++) {
      for (let k = 0; k <= nz; k++) {
        const u = (i / nx - 0.5) * (box.size[0] - 0.02);
        const v = (j / ny - 0.5) * (box.size[1] - 0.02);
        const p = [
          box.center[0] + c * u - s * v,
          box.center[1] + s * u + c * v,
          box.center[2] + (k / nz - 0.5) * (box.size[2] - 0.02),
        ];
        for (const o of others) {
          // Other boxes may be yawed (walls are not here; synthetic boxes are stored axis-aligned).
          if ([0, 1, 2].every((a) => p[a]! > lo(o.box, a) && p[a]! < hi(o.box, a))) return false;
        }
      }
    }
  }
  return true;
}

describe('relation templates on a hand-built scene', () => {
  // A desk facing +X with a chair in front, a monitor on the desk, a lamp far away.
  const objects = [
    ...shell(),
    thing('desk', 1, 2.5, [0.7, 1.4, 0.75], { id: 10, color: [120, 80, 40] }),
    thing('office chair', 1.8, 2.5, [0.55, 0.55, 1.0], { id: 11, color: [20, 20, 20] }),
    thing('monitor', 0.9, 2.5, [0.2, 0.55, 0.45], { id: 12, base: 0.75 }),
    thing('lamp', 5.2, 4.3, [0.35, 0.35, 1.4], { id: 13, color: [240, 230, 200] }),
  ];
  const drafts = generateAnnotations({ sceneId: 'hand', objects }, set, {
    seed: 1,
    limits: { vqa: 100, grounding: 100, caption: 100, layout_edit: 100, distance: 100 },
  });
  const by = (template: string) => drafts.filter((d) => templateOf(d) === template);

  it('answers side, closest and on-what questions from the predicates', () => {
    const side = by('vqa.side').find((d) => d.referents[0]!.id === 11 && d.referents[1]!.id === 10)!;
    expect(side.answer).toBe('in front');
    const closestToChair = by('vqa.closest_object').find((d) =>
      d.referents.some((r) => r.role === 'anchor' && r.id === 11),
    )!;
    expect(closestToChair.answer).toBe('desk');
    expect(by('vqa.on_what').map((d) => d.answer)).toEqual(['monitor']);
    expect(by('vqa.count').find((d) => d.text.includes('office chairs'))?.answer).toBe('1');
    expect(by('vqa.exists').some((d) => d.answer === 'no' && d.text.includes('piano'))).toBe(true);
  });

  it('writes grounding descriptions and captions from relations', () => {
    expect(by('grounding.attribute').some((d) => /the office chair\.$/i.test(d.text))).toBe(true);
    expect(by('caption.relations').find((d) => d.value.kind === 'caption' && d.value.object_id === 12)?.text).toMatch(
      /on the desk/,
    );
  });

  it('makes layout edits whose results satisfy their words', () => {
    const texts = by('layout.next_to').map((d) => d.text);
    expect(texts.some((t) => /the lamp (next to|beside) the desk/i.test(t))).toBe(true);
    // The desk faces +X, so its own left is +Y: beyond its left face (y > 3.2), alongside it in x.
    const left = by('layout.left').find((d) => d.referents[0]!.id === 13 && d.referents[1]!.id === 10);
    if (left?.value.kind !== 'layout') throw new Error('no layout.left edit for the lamp');
    expect(left.value.box_after.center[1]).toBeGreaterThan(3.2);
    expect(Math.abs(left.value.box_after.center[0] - 1)).toBeLessThan(0.4);
    const faced = by('layout.face').find((d) => d.referents[0]!.id === 11 && d.referents[1]!.id === 13);
    if (faced && faced.value.kind === 'layout') {
      const yaw = faced.value.box_after.yaw;
      const bearing = Math.atan2(4.3 - faced.value.box_after.center[1], 5.2 - faced.value.box_after.center[0]);
      expect(Math.abs(Math.atan2(Math.sin(yaw - bearing), Math.cos(yaw - bearing)))).toBeLessThan(0.27);
    }
  });

  it('parses an instruction and reports unknown or impossible ones as errors', () => {
    expect(parseInstruction('Move the lamp next to the desk.', objects)).toMatchObject({ edit: { objectId: 13 } });
    expect(parseInstruction('Move the sofa next to the desk.', objects)).toHaveProperty('error');
    expect(parseInstruction('Put the desk on the monitor.', objects)).toHaveProperty('error');
  });
});
