/**
 * ScanNet instance aggregation `<scene>.aggregation.json` (or `_vh_clean.aggregation.json`):
 * objects as groups of over-segmentation segments, each with an objectId and a raw label.
 */
import { z } from 'zod';
import { InputError } from '../domain/errors';
import { parseJsonText } from './text-input';

export interface ScanNetSegGroup {
  id: number;
  /** The object's id everywhere in the studio (SPEC §2). */
  objectId: number;
  segments: number[];
  /** Raw ScanNet category, e.g. "office chair". */
  label: string;
}

export interface ScanNetAggregation {
  sceneId: string | null;
  segmentsFile: string | null;
  segGroups: ScanNetSegGroup[];
}

const nonNegativeInt = z.number().int().nonnegative();

const segGroupSchema = z.object({
  id: nonNegativeInt,
  // Instance arrays store objectId + 1 in a Uint16Array.
  objectId: nonNegativeInt.max(0xfffe),
  segments: z.array(nonNegativeInt),
  label: z.string(),
});

const aggregationSchema = z.object({
  sceneId: z.string().optional(),
  appId: z.string().optional(),
  segmentsFile: z.string().optional(),
  segGroups: z.array(z.unknown()),
});

export function parseAggregation(text: string, file: string): ScanNetAggregation {
  const json = parseJsonText(text, file);
  const top = aggregationSchema.safeParse(json);
  if (!top.success) {
    const issue = top.error.issues[0]!;
    throw new InputError(file, {}, issue.path.join('.') || undefined, issue.message);
  }
  const seenObjects = new Map<number, number>();
  const segGroups = top.data.segGroups.map((raw, record) => {
    const group = segGroupSchema.safeParse(raw);
    if (!group.success) {
      const issue = group.error.issues[0]!;
      const field = ['segGroups', ...issue.path.map(String)].join('.');
      throw new InputError(file, { record }, field, issue.message);
    }
    const previous = seenObjects.get(group.data.objectId);
    if (previous !== undefined) {
      throw new InputError(
        file,
        { record },
        'segGroups.objectId',
        `duplicate objectId ${group.data.objectId} (also in record ${previous})`,
      );
    }
    seenObjects.set(group.data.objectId, record);
    return group.data;
  });
  return { sceneId: top.data.sceneId ?? null, segmentsFile: top.data.segmentsFile ?? null, segGroups };
}
