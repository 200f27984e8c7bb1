/**
 * Layout editing against the real web shell: select an object, nudge it with the arrow keys (one
 * merged entry), undo and redo from the keyboard, accept a typed instruction, then restart the
 * shell on the same data folder: layout, history and cursor are identical and undo carries on.
 */
import { expect, test } from '@playwright/test';
import type { SceneObject } from '../common/domain/scene';
import { defaultProjectPath } from '../electron/services/project/recent-projects';
import { blur, openScene as openSceneAt, ProjectReader, screenOf } from './support/layout-page';
import { startWebShell, type RunningWebShell } from './support/web-shell';

let shell: RunningWebShell;
let project: ProjectReader;

test.beforeAll(async () => {
  shell = await startWebShell();
  project = ProjectReader.firstScene(defaultProjectPath(shell.dataDir));
});

test.afterAll(async () => {
  await shell?.stop();
});

const objects = (): SceneObject[] => project.objects();
const history = () => project.history();
const boxOf = (id: number) => project.boxOf(id);
const openScene = (page: Parameters<typeof openSceneAt>[0]) => openSceneAt(page, shell.url);

test('edit by keys and by instruction; history, cursor and layout survive a restart', async ({ page }) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openScene(page);

  // Select the largest object from the top view (a click on its centre cannot miss it).
  const movable = project.movable();
  const target = project.largest();
  await page.keyboard.press('2');
  await page.waitForTimeout(500);
  const at = await screenOf(page, target.box.center);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('inspector-object')).toContainText(`id ${target.id}`);

  await page.getByTestId('history-tab').click();
  await blur(page);
  const entries = page.getByTestId('history-entry');
  await expect(page.getByTestId('history-original')).toHaveAttribute('data-cursor', 'true');

  // Three quick nudges: one entry, 15 cm along +x.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('keys');
  await expect.poll(() => boxOf(target.id).center[0]).toBeCloseTo(target.box.center[0] + 0.15, 9);

  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('history-original')).toHaveAttribute('data-cursor', 'true');
  await expect.poll(() => boxOf(target.id)).toEqual(target.box);
  await page.keyboard.press('Control+Shift+z');
  await expect(entries.first()).toHaveAttribute('data-cursor', 'true');
  await expect.poll(() => boxOf(target.id).center[0]).toBeCloseTo(target.box.center[0] + 0.15, 9);

  // A typed instruction: Enter proposes (ghost + before/after), Enter accepts as one entry.
  const labelCounts = new Map<string, number>();
  for (const o of movable) labelCounts.set(o.label, (labelCounts.get(o.label) ?? 0) + 1);
  const unique = movable.find((o) => labelCounts.get(o.label) === 1)!;
  const instruction = `Rotate the ${unique.label.replace(/_/g, ' ')} 90 degrees`;
  const input = page.getByTestId('instruction-input');
  await input.fill(instruction);
  await input.press('Enter');
  const proposal = page.getByTestId('instruction-proposal');
  await expect(proposal).toContainText('template grammar');
  await expect(proposal).toContainText('after');
  if (await page.getByTestId('instruction-issues').isVisible()) {
    await expect(page.getByTestId('instruction-accept')).toBeDisabled();
    await page.getByTestId('instruction-confirm').check();
  }
  await input.press('Enter');
  await expect(proposal).toHaveCount(0);
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText(instruction);
  await expect(entries.first()).toContainText('instruction');
  await expect.poll(() => boxOf(unique.id).yaw).toBeCloseTo(unique.box.yaw + Math.PI / 2, 9);

  await page.getByTestId('checkpoint-name').fill('after the rotation');
  await page.getByTestId('checkpoint-name').press('Enter');
  await expect(entries.first()).toContainText('after the rotation');
  await page.getByTestId('history-ghosts').click();
  await page.waitForTimeout(500);
  await page.locator('.mantine-AppShell-aside').screenshot({ path: 'docs/screenshots/history-panel.png' });

  // Restart the shell on the same data folder: nothing is lost.
  const layoutBefore = objects();
  const historyBefore = history();
  expect(historyBefore.entries.map((e) => e.origin)).toEqual(['nudge', 'instruction']);
  await shell.stop();
  shell = await startWebShell(shell.dataDir);
  expect(objects()).toEqual(layoutBefore);
  expect(history()).toEqual(historyBefore);
  expect(historyBefore.checkpoints.map((c) => c.name)).toEqual(['after the rotation']);

  await openScene(page);
  await page.getByTestId('history-tab').click();
  await blur(page);
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toHaveAttribute('data-cursor', 'true');
  await expect(entries.first()).toContainText(instruction);

  // Undo continues across the restart: first the instruction, then the nudges.
  await page.keyboard.press('Control+z');
  await expect(entries.nth(1)).toHaveAttribute('data-cursor', 'true');
  await expect.poll(() => boxOf(unique.id)).toEqual(unique.box);
  await page.getByTestId('history-undo').click();
  await expect(page.getByTestId('history-original')).toHaveAttribute('data-cursor', 'true');
  await expect
    .poll(() => objects().map((o) => o.box))
    .toEqual(layoutBefore.map((o) => (o.id === target.id ? target.box : o.id === unique.id ? unique.box : o.box)));
  expect(errors).toEqual([]);
});
