import { expect, test } from '@playwright/test';
import { startWebShell, type RunningWebShell } from './support/web-shell';

let shell: RunningWebShell;

test.beforeAll(async () => {
  shell = await startWebShell();
});

test.afterAll(async () => {
  await shell?.stop();
});

test('a page opened without the token cannot reach the studio and says so', async ({ page }) => {
  await page.goto(new URL(shell.url).origin + '/');
  await expect(page.getByTestId('status-bar')).toContainText('Not connected');
  await expect(page.getByTestId('scene-item')).toHaveCount(0);
});

test('a page on another origin cannot open the studio socket', async ({ page }) => {
  // about:blank is another origin: the server refuses its upgrade whatever token it shows.
  await page.goto('about:blank');
  const token = new URL(shell.url).searchParams.get('token');
  const port = new URL(shell.url).port;
  const result = await page.evaluate(
    ({ port, token }) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(`ws://127.0.0.1:${port}/api?token=${token}`);
        socket.onopen = () => resolve('open');
        socket.onerror = () => resolve('refused');
      }),
    { port, token },
  );
  expect(result).toBe('refused');
});
