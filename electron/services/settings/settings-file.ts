/**
 * The user's settings file, settings.json in the app data folder (beside recent-projects.json).
 * Written whole through a temporary file and a rename, so a crash never leaves half a file. A
 * missing or unreadable file reads as the defaults: settings never stop the app from starting.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsPatch } from '../../../common/review/settings';

export const SETTINGS_FILE = 'settings.json';

export function readSettings(appDataDir: string): Settings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(appDataDir, SETTINGS_FILE), 'utf8'));
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const checked = settingsSchema.safeParse(parsed);
  return checked.success ? checked.data : { ...DEFAULT_SETTINGS };
}

export function writeSettings(appDataDir: string, patch: SettingsPatch): Settings {
  const next = settingsSchema.parse({ ...readSettings(appDataDir), ...patch });
  mkdirSync(appDataDir, { recursive: true });
  const target = join(appDataDir, SETTINGS_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(next, null, 2)}\n`);
  renameSync(temporary, target);
  return next;
}
