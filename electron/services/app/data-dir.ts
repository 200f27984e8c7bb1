/**
 * The app's data folder, the same one Electron's `app.getPath('userData')` gives the desktop
 * shell, so the web shell and the CLI find the same default project. SPATIAL_STUDIO_DATA_DIR
 * overrides it (tests, portable installs).
 */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER_NAME = 'Spatial Studio';

export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SPATIAL_STUDIO_DATA_DIR) return env.SPATIAL_STUDIO_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER_NAME);
}
