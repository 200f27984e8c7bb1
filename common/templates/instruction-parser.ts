/**
 * Parses the engine's own layout phrasings back into an edit: the labelled fallback of the layout
 * instruction box when no model is loaded. A text is matched against every layout phrasing of the
 * template set; each object phrase is read with the expression grammar and resolved in the scene,
 * and a reading counts only when every phrase picks exactly one object. One distinct reading gives
 * an intent, which `layoutTarget` turns into the same target box the engine computed.
 */
import type { Box } from '../domain/box';
import type { SceneObject } from '../domain/scene';
import type { Referent } from '../annotations/annotation';
import { roomFromObjects, type Room, type RoomInput } from '../placement';
import { bundledTemplateSet } from './bundled';
import { parseExpression } from './expression';
import { layoutTarget, MOVE_DIRECTIONS, type LayoutIntent, type MoveDirection } from './layout-targets';
import { matchPhrasing } from './phrasing-match';
import { resolveExpression } from './resolver';
import type { TemplateSet, TruthName } from './template-set';
import { categoryOf } from './words';

export interface ParsedInstruction {
  edit: { objectId: number; box: Box };
  /** A swap moves a second object too. */
  partner?: { objectId: number; box: Box };
  templateId: string;
  intent: LayoutIntent;
  referents: Referent[];
}

export type InstructionResult = ParsedInstruction | { error: string };

export interface ParseOptions {
  set?: TemplateSet;
  room?: RoomInput;
  /** A room already built from the objects (saves rebuilding it per call). */
  builtRoom?: Room;
}

export interface Reading {
  templateId: string;
  intent: LayoutIntent;
}

function intentOf(
  truth: TruthName,
  slots: Record<string, string>,
  resolve: (phrase: string) => number | null,
): LayoutIntent | null {
  const targetId = slots.target === undefined ? null : resolve(slots.target);
  if (targetId === null) return null;
  const anchorId = slots.anchor === undefined ? null : resolve(slots.anchor);
  const metres = slots.metres === undefined ? NaN : Number(slots.metres);
  switch (truth) {
    case 'layout.next_to':
    case 'layout.face':
    case 'layout.put_on':
    case 'layout.swap':
    case 'layout.left':
    case 'layout.right':
    case 'layout.front':
    case 'layout.behind': {
      if (anchorId === null) return null;
      const kind = truth.slice('layout.'.length) as
        'next_to' | 'face' | 'put_on' | 'swap' | 'left' | 'right' | 'front' | 'behind';
      return { kind, targetId, anchorId };
    }
    case 'layout.towards':
      if (anchorId === null || !(metres > 0)) return null;
      return { kind: 'towards', targetId, anchorId, metres };
    case 'layout.move_by': {
      const direction = slots.direction as MoveDirection;
      if (!(metres > 0) || !MOVE_DIRECTIONS.includes(direction)) return null;
      return { kind: 'move_by', targetId, metres, direction };
    }
    default:
      return null;
  }
}

/** Every distinct reading of the text as one of the set's layout phrasings (no geometry solved). */
export function readInstruction(text: string, objects: readonly SceneObject[], set: TemplateSet): Reading[] {
  const categories = [...new Set(objects.map((o) => categoryOf(o.label)))];
  const resolved = new Map<string, number | null>();
  const resolve = (phrase: string): number | null => {
    if (!resolved.has(phrase)) {
      const expr = parseExpression(phrase, categories);
      const ids = expr === null ? [] : resolveExpression(expr, objects);
      resolved.set(phrase, ids.length === 1 ? ids[0]! : null);
    }
    return resolved.get(phrase)!;
  };
  const readings = new Map<string, Reading>();
  for (const template of set.templates) {
    if (template.task !== 'layout_edit') continue;
    for (const phrasing of template.phrasings) {
      for (const slots of matchPhrasing(phrasing, text)) {
        const intent = intentOf(template.truth, slots, resolve);
        if (intent === null) continue;
        readings.set(JSON.stringify(intent), { templateId: template.id, intent });
      }
    }
  }
  return [...readings.values()];
}

export function parseInstruction(
  text: string,
  objects: readonly SceneObject[],
  options: ParseOptions = {},
): InstructionResult {
  const set = options.set ?? bundledTemplateSet();
  const readings = readInstruction(text, objects, set);
  if (readings.length === 0)
    return { error: `"${text}": not a known layout instruction about objects this scene has exactly one of` };
  if (readings.length > 1) return { error: `"${text}": ambiguous, it can be read ${readings.length} ways` };
  const { templateId, intent } = readings[0]!;
  const room = options.builtRoom ?? roomFromObjects(objects, options.room);
  const target = layoutTarget(intent, { objects, room });
  if (target === null)
    return { error: `"${text}": no valid placement (inside the room, supported, collision-free) satisfies it` };
  const referents: Referent[] = [{ id: intent.targetId, role: 'target' }];
  if ('anchorId' in intent) referents.push({ id: intent.anchorId, role: 'anchor' });
  return {
    edit: { objectId: intent.targetId, box: target.box },
    ...(target.partner ? { partner: { objectId: target.partner.id, box: target.partner.box } } : {}),
    templateId,
    intent,
    referents,
  };
}
