import { describe, expect, it } from 'vitest';
import { queueCommand, swallowedUnderQueue } from './review-keys';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('review keys', () => {
  it('maps the queue keys, either case, and ignores modified presses', () => {
    expect(['j', 'K', 'a', 'E', 'r', 'f', 'u', '?', 'Escape'].map((k) => queueCommand(key(k)))).toEqual([
      'next',
      'previous',
      'accept',
      'edit',
      'reject',
      'flag',
      'undo',
      'help',
      'close',
    ]);
    expect(queueCommand(key('a', { ctrlKey: true }))).toBeNull();
    expect(queueCommand(key('1'))).toBeNull();
  });

  it('takes the layout keys away while the queue is open, but not camera presets', () => {
    expect(swallowedUnderQueue(key('ArrowLeft'))).toBe(true);
    expect(swallowedUnderQueue(key('z', { ctrlKey: true }))).toBe(true);
    expect(swallowedUnderQueue(key('w'))).toBe(true);
    expect(swallowedUnderQueue(key('1'))).toBe(false);
  });
});
