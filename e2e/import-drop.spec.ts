import { expect, test } from '@playwright/test';
import { startWebShell, type RunningWebShell } from './support/web-shell';

let shell: RunningWebShell;

test.beforeAll(async () => {
  shell = await startWebShell();
});

test.afterAll(async () => {
  await shell?.stop();
});

/** A small ASCII PLY point cloud: a 1 m square of coloured points. */
function plyCloud(): string {
  const rows: string[] = [];
  for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) rows.push(`${i / 20} ${j / 20} 0 ${i * 10} ${j * 10} 200`);
  return [
    'ply',
    'format ascii 1.0',
    `element vertex ${rows.length}`,
    'property float x',
    'property float y',
    'property float z',
    'property uchar red',
    'property uchar green',
    'property uchar blue',
    'end_header',
    ...rows,
    '',
  ].join('\n');
}

test('dropping a point cloud on the web shell uploads and imports it', async ({ page }) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('scene-item')).toHaveCount(3);
  const dataTransfer = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped_cloud.ply', { type: 'application/octet-stream' }));
    return transfer;
  }, plyCloud());
  await page.dispatchEvent('body', 'dragover', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('import-result')).toContainText('Imported dropped_cloud');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('scene-item')).toHaveCount(4);
  await expect(page.getByTestId('scene-list')).toContainText('dropped_cloud');
});

test('a dropped file that is not valid is refused with the file named, and the project is unchanged', async ({
  page,
}) => {
  await page.goto(shell.url);
  await expect(page.getByTestId('scene-item').first()).toBeVisible();
  const before = await page.getByTestId('scene-item').count();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(
      new File(['ply\nformat ascii 1.0\nelement vertex 5\nproperty float x\nend_header\n1\n'], 'broken.ply'),
    );
    return transfer;
  });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
  await expect(page.getByTestId('import-result')).toContainText('broken.ply');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('scene-item')).toHaveCount(before);
});
