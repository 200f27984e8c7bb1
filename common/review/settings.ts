/**
 * The user's settings, stored in the app data folder (settings.json) by
 * electron/services/settings. The annotator name stamps every review change.
 */
import { z } from 'zod';

export const annotatorNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200)
  .regex(/^[^\n\r\t]+$/, 'must be one line');

export const settingsSchema = z.object({
  /** Who is reviewing; null until the user has said. */
  annotator: annotatorNameSchema.nullable().default(null),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A partial update: fields left out keep their value. */
export const settingsPatchSchema = z.object({ annotator: annotatorNameSchema.nullable() }).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = { annotator: null };
