import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSettings, SETTINGS_FILE, writeSettings } from './settings-file';

const dir = () => mkdtempSync(join(tmpdir(), 'settings-'));

describe('settings file', () => {
  it('reads the defaults when there is no file', () => {
    expect(readSettings(dir())).toEqual({ annotator: null });
  });

  it('keeps the annotator name across reads, trimmed', () => {
    const d = dir();
    expect(writeSettings(d, { annotator: '  Ada ' })).toEqual({ annotator: 'Ada' });
    expect(readSettings(d)).toEqual({ annotator: 'Ada' });
    expect(JSON.parse(readFileSync(join(d, SETTINGS_FILE), 'utf8'))).toEqual({ annotator: 'Ada' });
  });

  it('reads a malformed file as the defaults', () => {
    const d = dir();
    writeFileSync(join(d, SETTINGS_FILE), '{"annotator": 42');
    expect(readSettings(d)).toEqual({ annotator: null });
  });

  it('refuses an empty name', () => {
    expect(() => writeSettings(dir(), { annotator: '   ' })).toThrow(/must not be empty/);
  });
});
