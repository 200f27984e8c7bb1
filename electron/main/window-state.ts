/**
 * Remembers the main window's size, position and maximised state between runs, in a small JSON
 * file in the app's data folder. A saved position that no longer lies on any display is dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

const savedState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean().default(false),
});

export type WindowState = z.infer<typeof savedState>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1440, height: 900, maximized: false };

export function loadWindowState(file: string, displays: Rect[]): WindowState {
  let state: WindowState;
  try {
    state = savedState.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  if (state.x === undefined || state.y === undefined) return state;
  const visible = displays.some((d) =>
    overlaps(d, { x: state.x!, y: state.y!, width: state.width, height: state.height }),
  );
  return visible ? state : { width: state.width, height: state.height, maximized: state.maximized };
}

export function saveWindowState(file: string, bounds: Rect, maximized: boolean): void {
  const state: WindowState = { ...bounds, maximized };
  writeFileSync(file, JSON.stringify(state));
}

function overlaps(a: Rect, b: Rect): boolean {
  // At least a 100-pixel corner of the window must be on the display to be reachable.
  const margin = 100;
  return (
    b.x + margin < a.x + a.width &&
    b.x + b.width - margin > a.x &&
    b.y + margin < a.y + a.height &&
    b.y + b.height - margin > a.y
  );
}
