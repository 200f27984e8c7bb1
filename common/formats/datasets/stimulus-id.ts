/**
 * ReferIt3D's `stimulus_id`: `scan-label-nObjects-targetId[-distractorIds]`, where the label's
 * spaces are written as `_` and nObjects counts the target and its same-class distractors.
 */
export interface StimulusId {
  scanId: string;
  /** The label with `_` turned back into spaces. */
  label: string;
  objectCount: number;
  targetId: number;
  distractorIds: number[];
}

export type StimulusParse = { ok: true; stimulus: StimulusId } | { ok: false; reason: string };

const INTEGER = /^\d+$/;

export function parseStimulusId(text: string): StimulusParse {
  const parts = text.trim().split('-');
  // The numbers are the longest all-integer tail; the label (which may itself hold a '-') is what lies between.
  let firstNumber = parts.length;
  while (firstNumber > 2 && INTEGER.test(parts[firstNumber - 1]!)) firstNumber--;
  const numbers = parts.slice(firstNumber).map(Number);
  const label = parts.slice(1, firstNumber).join('-');
  if (parts.length < 4 || parts[0] === '' || label === '' || numbers.length < 2) {
    return { ok: false, reason: `"${text}" is not scan-label-nObjects-targetId[-distractorIds]` };
  }
  const [objectCount, targetId, ...distractorIds] = numbers as [number, number, ...number[]];
  if (objectCount < 1) return { ok: false, reason: `"${text}" claims ${objectCount} objects` };
  if (distractorIds.length > 0 && distractorIds.length !== objectCount - 1) {
    return { ok: false, reason: `"${text}" claims ${objectCount} objects but lists ${1 + distractorIds.length}` };
  }
  return {
    ok: true,
    stimulus: { scanId: parts[0]!, label: label.replace(/_/g, ' '), objectCount, targetId, distractorIds },
  };
}

export function formatStimulusId(stimulus: Omit<StimulusId, 'objectCount'>): string {
  const label = stimulus.label.trim().replace(/\s+/g, '_');
  const ids = [1 + stimulus.distractorIds.length, stimulus.targetId, ...stimulus.distractorIds];
  return [stimulus.scanId, label, ...ids].join('-');
}
