/** Handlers for `settings.get` / `settings.set`: the settings file in the app data folder. */
import type { Handlers } from '../../../common/api/dispatch';
import { readSettings, writeSettings } from '../settings/settings-file';

type SettingsHandlers = Pick<Handlers, 'settings.get' | 'settings.set'>;

export function createSettingsHandlers(dataDir: string): SettingsHandlers {
  return {
    'settings.get': () => readSettings(dataDir),
    'settings.set': (input) => writeSettings(dataDir, input),
  };
}
