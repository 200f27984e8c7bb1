/**
 * The review queue's keys, and the keys it takes away from the viewport and the layout editor
 * while it is open (the viewport uses Q/M/W/E/S/N/C/V/F/1-4, layout editing R, the arrows and
 * Ctrl+Z). The queue listens in the capture phase on the window, before Mantine's hotkeys on the
 * document element, and stops what it handles so those never fire.
 */
export const REVIEW_KEYS: readonly { key: string; does: string }[] = [
  { key: 'J', does: 'next item' },
  { key: 'K', does: 'previous item' },
  { key: 'A', does: 'accept (corrected after an edit); again to accept despite failing checks' },
  { key: 'E', does: 'edit text and answer (Enter saves, Esc cancels)' },
  { key: 'R', does: 'reject, with a reason (Enter confirms)' },
  { key: 'F', does: 'flag as ambiguous (again to unflag)' },
  { key: 'U', does: 'undo the last review action' },
  { key: '?', does: 'show or hide these keys' },
  { key: 'Esc', does: 'close the queue' },
];

export type QueueCommand = 'next' | 'previous' | 'accept' | 'edit' | 'reject' | 'flag' | 'undo' | 'help' | 'close';

const COMMANDS: Record<string, QueueCommand> = {
  j: 'next',
  k: 'previous',
  a: 'accept',
  e: 'edit',
  r: 'reject',
  f: 'flag',
  u: 'undo',
  '?': 'help',
  escape: 'close',
};

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The queue command of a key press, or null. Modified presses (Ctrl+A) are not review keys. */
export function queueCommand(event: KeyLike): QueueCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return COMMANDS[event.key.toLowerCase()] ?? null;
}

/** Keys other panels bind that must not act under the queue (layout edits by accident). */
export function swallowedUnderQueue(event: KeyLike): boolean {
  if (event.key.startsWith('Arrow')) return true;
  if ((event.ctrlKey || event.metaKey) && ['z', 'y'].includes(event.key.toLowerCase())) return true;
  return !event.ctrlKey && !event.metaKey && !event.altKey && /^[qmwsncv]$/i.test(event.key);
}
