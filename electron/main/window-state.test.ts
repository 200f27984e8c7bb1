import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, loadWindowState, saveWindowState } from './window-state';

const display = { x: 0, y: 0, width: 1920, height: 1080 };
const file = () => join(mkdtempSync(join(tmpdir(), 'window-state-')), 'window-state.json');

describe('window state', () => {
  it('restores the saved size, position and maximised state', () => {
    const path = file();
    saveWindowState(path, { x: 100, y: 80, width: 1280, height: 800 }, true);
    expect(loadWindowState(path, [display])).toEqual({ x: 100, y: 80, width: 1280, height: 800, maximized: true });
  });

  it('drops a position that is on no display any more, keeping the size', () => {
    const path = file();
    saveWindowState(path, { x: 3000, y: 80, width: 1280, height: 800 }, false);
    expect(loadWindowState(path, [display])).toEqual({ width: 1280, height: 800, maximized: false });
  });

  it('falls back to the default for a missing, corrupt or absurd file', () => {
    expect(loadWindowState(join(tmpdir(), 'no-such-dir', 'x.json'), [display])).toEqual(DEFAULT_WINDOW_STATE);
    const corrupt = file();
    writeFileSync(corrupt, '{"width": 12');
    expect(loadWindowState(corrupt, [display])).toEqual(DEFAULT_WINDOW_STATE);
    const tiny = file();
    writeFileSync(tiny, JSON.stringify({ width: 5, height: 5 }));
    expect(loadWindowState(tiny, [display])).toEqual(DEFAULT_WINDOW_STATE);
  });
});
