import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');

/** Where the Electron binary would be, without triggering its download-on-first-use. */
function electronBinary(): { path: string } | { missing: string } {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { missing: 'the Electron binary is not downloaded on this machine' };
  const path = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(path)) return { missing: `the Electron binary is missing at ${path}` };
  if (!existsSync(join(ROOT, '.vite/build/main.cjs')))
    return { missing: 'the desktop build is missing (run `npm run package`)' };
  if (process.platform === 'linux' && !process.env.DISPLAY)
    return { missing: 'there is no display (DISPLAY is unset)' };
  return { path };
}

const binary = electronBinary();
if ('missing' in binary) console.log(`Skipping the Electron end-to-end test: ${binary.missing}.`);

test('the desktop shell opens a sandboxed window that shows the studio', async () => {
  test.skip('missing' in binary, 'missing' in binary ? binary.missing : '');
  const app = await electron.launch({ executablePath: (binary as { path: string }).path, args: [ROOT] });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Spatial Studio' })).toBeVisible();
  // The page sees the contract bridge and no Node.
  expect(await window.evaluate(() => typeof (window as unknown as { studio?: unknown }).studio)).toBe('object');
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  await app.close();
});
