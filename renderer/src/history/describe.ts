/**
 * How the timeline words and dates an entry: a verb per kind, the subject, the instruction's text,
 * and a short time. Kept apart from the components so it is tested without a DOM.
 */
import type { TimelineEntry } from '../../../common/api/layout';
import type { EditOrigin, EntryKind } from '../../../common/layout/history';

const VERBS: Record<EntryKind, string> = {
  move: 'Move',
  rotate: 'Rotate',
  resize: 'Resize',
  relabel: 'Relabel',
  place: 'Place',
  add: 'Add',
  remove: 'Remove',
  swap: 'Swap',
  revert: 'Revert to original',
};

export const ORIGIN_LABELS: Record<EditOrigin, string> = {
  gizmo: 'by hand',
  nudge: 'keys',
  instruction: 'instruction',
  model: 'model',
  import: 'import',
  revert: 'revert',
};

export function describeEntry(entry: Pick<TimelineEntry, 'kind' | 'subject' | 'text'>): string {
  if (entry.text) return `“${entry.text}”`;
  if (entry.kind === 'revert') return VERBS.revert;
  return entry.subject ? `${VERBS[entry.kind]} ${entry.subject}` : VERBS[entry.kind];
}

/** 14:03:27 today, "Mar 4 14:03" on another day. */
export function entryTime(time: number, now = Date.now()): string {
  const at = new Date(time);
  const hms = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  if (new Date(now).toDateString() === at.toDateString()) return hms;
  return `${at.toLocaleDateString('en-GB', { month: 'short', day: 'numeric' })} ${hms.slice(0, 5)}`;
}
