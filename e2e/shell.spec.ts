import { expect, test } from '@playwright/test';
import { startWebShell, type RunningWebShell } from './support/web-shell';

let shell: RunningWebShell;

test.beforeAll(async () => {
  shell = await startWebShell();
});

test.afterAll(async () => {
  await shell?.stop();
});

test('a new user lands in the shell with the bundled sample scenes', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto(shell.url);
  await expect(page.getByRole('heading', { name: 'Spatial Studio' })).toBeVisible();
  await expect(page.getByTestId('scene-item')).toHaveCount(3);
  await expect(page.getByTestId('scene-item').first()).toContainText('points');
  await expect(page.getByTestId('status-bar')).toContainText('default.studio');
  await expect(page.getByTestId('status-bar')).toContainText('Model: not loaded');
  // The first scene opens by itself: its summary is in the inspector and the canvas is drawn.
  await expect(page.getByTestId('inspector-scene')).toBeVisible();
  await expect(page.locator('canvas').first()).toBeVisible();
  await expect(page.locator('.box-label:visible').first()).toBeVisible();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/screenshots/shell.png' });
  expect(errors).toEqual([]);
});

test('clicking an object in the viewport shows it in the inspector', async ({ page }) => {
  await page.goto(shell.url);
  const label = page.locator('.box-label:visible').first();
  await expect(label).toBeVisible();
  // Labels float above their boxes; click just below one, inside its box.
  const box = (await label.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height + 12);
  await expect(page.getByTestId('inspector-object')).toBeVisible();
  await expect(page.getByTestId('inspector-object')).toContainText('id');
});

test('theme toggles between dark and light, and ? shows the shortcuts', async ({ page }) => {
  await page.goto(shell.url);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.getByTestId('theme-toggle').click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light');
  await page.screenshot({ path: 'docs/screenshots/shell-light.png' });
  await page.getByTestId('theme-toggle').click();
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('an import of a path that does not exist fails with a clear message and changes nothing', async ({ page }) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('scene-item')).toHaveCount(3);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-paths').fill('/no/such/scan');
  await page.getByTestId('import-start').click();
  await expect(page.getByTestId('import-result')).toContainText('/no/such/scan');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('scene-item')).toHaveCount(3);
});
