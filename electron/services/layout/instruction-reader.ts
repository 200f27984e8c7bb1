/**
 * Reads a typed layout instruction into a target box: the template engine's `parseInstruction`
 * (common/templates/instruction-parser.ts: the set's own layout phrasings, "Move the chair next to
 * the desk.", solved to a valid placement), plus one phrasing the template set has no template
 * for, turning an object in place:
 *
 *   rotate|turn [the] OBJECT [by] N degrees [clockwise|counterclockwise]
 *
 * OBJECT is a category ("chair", "office chair"), optionally with the object id ("chair 3"); it
 * must pick exactly one object (SPEC §2). Positive turns are counterclockwise seen from above.
 */
import type { SceneObject } from '../../../common/domain/scene';
import { isStructural } from '../../../common/placement';
import { normalizeAngle } from '../../../common/synth/layout';
import { parseInstruction, type ParsedInstruction } from '../../../common/templates/instruction-parser';
import { categoryOf } from '../../../common/templates/words';

/** The parser's reading without its intent (a turn in place has no template intent). */
export type InstructionReading =
  Pick<ParsedInstruction, 'edit' | 'partner' | 'templateId' | 'referents'> | { error: string };

const ROTATE =
  /^(?:rotate|turn)\s+(?:the\s+)?(.+?)\s+(?:by\s+)?(-?\d+(?:\.\d+)?)\s*(?:°|deg|degrees?)(?:\s+(clockwise|counter-?clockwise|anticlockwise))?\.?$/i;

export function readInstruction(text: string, objects: readonly SceneObject[]): InstructionReading {
  const line = text.trim().replace(/\s+/g, ' ');
  const parsed = parseInstruction(line, objects);
  if (!('error' in parsed)) return parsed;
  const rotate = ROTATE.exec(line);
  if (rotate) {
    const picked = pick(rotate[1]!, objects);
    if ('error' in picked) return picked;
    // Counterclockwise seen from above is positive yaw about +Z; "clockwise" turns the other way.
    const sign = rotate[3]?.toLowerCase() === 'clockwise' ? -1 : 1;
    const yaw = picked.box.yaw + (sign * Number(rotate[2]) * Math.PI) / 180;
    return {
      edit: { objectId: picked.id, box: { ...picked.box, yaw: normalizeAngle(yaw) } },
      templateId: 'studio.rotate_by',
      referents: [{ id: picked.id, role: 'target' }],
    };
  }
  return {
    error: `${parsed.error} (e.g. "Move the chair next to the table.", "Move the chair 0.5 metres to the left.", "Rotate the table 90 degrees.")`,
  };
}

/** The one object a phrase names: a category, optionally followed by the object's id. */
function pick(phrase: string, objects: readonly SceneObject[]): SceneObject | { error: string } {
  const words = categoryOf(phrase).split(' ');
  const last = words.at(-1)!;
  const id = /^\d+$/.test(last) ? Number(last) : null;
  const category = (id === null ? words : words.slice(0, -1)).join(' ');
  const matches = objects.filter(
    (o) => !isStructural(o.label) && categoryOf(o.label) === category && (id === null || o.id === id),
  );
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) return { error: `no ${category}${id === null ? '' : ` with id ${id}`} in this scene` };
  return {
    error: `"${category}" names ${matches.length} objects (${matches.map((o) => o.id).join(', ')}); add the id, e.g. "${category} ${matches[0]!.id}"`,
  };
}
