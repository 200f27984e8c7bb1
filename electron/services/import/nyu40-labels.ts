/**
 * NYU40 classes for imported objects: from the ScanNet label map when one is given, else from the
 * object's label when it is itself an NYU40 name. Unknown labels are kept and reported, not dropped.
 */
import { readFile } from 'node:fs/promises';
import type { Nyu40Class, SceneObject } from '../../../common/domain/scene';
import { parseLabelMap, type LabelMap } from '../../../common/formats/scannet-label-map';
import { decodeUtf8Text } from '../../../common/formats/text-input';
import nyu40Json from '../../../resources/labels/nyu40.json';

export const NYU40_CLASSES: readonly Nyu40Class[] = nyu40Json.classes;

const byId = new Map(NYU40_CLASSES.map((c) => [c.id, c]));
const byName = new Map(NYU40_CLASSES.map((c) => [normalize(c.name), c]));

function normalize(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[_\s]+/g, ' ');
}

export async function loadLabelMap(path: string): Promise<LabelMap> {
  return parseLabelMap(decodeUtf8Text(await readFile(path), path), path);
}

export function nyu40ById(id: number): Nyu40Class | null {
  return byId.get(id) ?? null;
}

export function nyu40ForLabel(label: string, labelMap: LabelMap | undefined): Nyu40Class | null {
  const mapped = labelMap?.get(label) ?? labelMap?.get(label.trim());
  if (mapped) return byId.get(mapped.nyu40id) ?? null;
  return byName.get(normalize(label)) ?? null;
}

/**
 * Fills `nyu40` in place. `fallback` gives a class for an object the label cannot place (e.g. the
 * majority label of its points in `_vh_clean_2.labels.ply`). Returns notices for labels left unknown.
 */
export function assignNyu40(
  objects: SceneObject[],
  labelMap: LabelMap | undefined,
  fallback?: (object: SceneObject) => Nyu40Class | null,
): string[] {
  const unknown = new Map<string, number[]>();
  for (const object of objects) {
    object.nyu40 = nyu40ForLabel(object.label, labelMap) ?? fallback?.(object) ?? null;
    if (!object.nyu40) unknown.set(object.label, [...(unknown.get(object.label) ?? []), object.id]);
  }
  return [...unknown].map(
    ([label, ids]) =>
      `label '${label}' (object${ids.length > 1 ? 's' : ''} ${ids.join(', ')}) has no NYU40 class${labelMap ? ' in the label map' : ''}; kept as is`,
  );
}

/** Most frequent non-zero per-point label of each instance, for objects whose label is unknown. */
export function majorityLabelPerInstance(instances: Uint16Array, pointLabels: Uint16Array): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (let i = 0; i < instances.length; i++) {
    const instance = instances[i]!;
    const label = pointLabels[i]!;
    if (instance === 0 || label === 0) continue;
    let perLabel = counts.get(instance);
    if (!perLabel) counts.set(instance, (perLabel = new Map()));
    perLabel.set(label, (perLabel.get(label) ?? 0) + 1);
  }
  const majority = new Map<number, number>();
  for (const [instance, perLabel] of counts) {
    let best = 0;
    let bestCount = 0;
    for (const [label, count] of perLabel) if (count > bestCount) [best, bestCount] = [label, count];
    majority.set(instance, best);
  }
  return majority;
}
