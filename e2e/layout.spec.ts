/**
 * Layout editing against the real web shell: select an object, nudge it with the arrow keys (one
 * merged entry), undo and redo from the keyboard, accept a typed instruction, then restart the
 * shell on the same data folder: layout, history and cursor are identical and undo carries on.
 */
import { expect, test, type Page } from '@playwright/test';
import type { LayoutHistoryView } from '../common/api/layout';
import type { SceneObject } from '../common/domain/scene';
import { ProjectLayout } from '../electron/services/layout/project-layout';
import { openProject } from '../electron/services/project/project-store';
import { defaultProjectPath } from '../electron/services/project/recent-projects';
import { startWebShell, type RunningWebShell } from './support/web-shell';

let shell: RunningWebShell;
let projectPath: string;
let sceneId: string;

test.beforeAll(async () => {
  shell = await startWebShell();
  projectPath = defaultProjectPath(shell.dataDir);
  sceneId = read((store) => store.listScenes()[0]!.id);
});

test.afterAll(async () => {
  await shell?.stop();
});

/** Reads the shell's project file from outside the shell (WAL lets both have it open). */
function read<T>(use: (store: ReturnType<typeof openProject>) => T): T {
  const store = openProject(projectPath);
  try {
    return use(store);
  } finally {
    store.close();
  }
}
const objects = (): SceneObject[] => read((store) => store.getObjects(sceneId));
const history = (): LayoutHistoryView => read((store) => new ProjectLayout(store).view(sceneId));
const boxOf = (id: number) => objects().find((o) => o.id === id)!.box;

// e2e code is type-checked without the DOM library: page globals are reached through casts
// written inside each page function (those are serialised, so they cannot call helpers here).
interface ViewportProbe {
  firstPointsFrameAt: number | null;
  project(center: readonly number[]): { x: number; y: number };
}

/** Takes focus off the tab just clicked, so arrow keys reach the layout shortcuts. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() =>
    (
      globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }
    ).document.activeElement?.blur?.(),
  );
}

async function openScene(page: Page): Promise<void> {
  await page.goto(shell.url);
  await expect(page.locator('.box-label:visible').first()).toBeVisible();
  await page.waitForFunction(
    () => ((globalThis as unknown as { __viewport?: ViewportProbe }).__viewport?.firstPointsFrameAt ?? null) !== null,
  );
}

test('edit by keys and by instruction; history, cursor and layout survive a restart', async ({ page }) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openScene(page);

  // Select the largest object from the top view (a click on its centre cannot miss it).
  const volume = (o: SceneObject) => o.box.size[0] * o.box.size[1] * o.box.size[2];
  const movable = objects().filter((o) => !['wall', 'floor', 'ceiling'].includes(o.label) && o.points > 0);
  const target = [...movable].sort((a, b) => volume(b) - volume(a))[0]!;
  await page.keyboard.press('2');
  await page.waitForTimeout(500);
  const at = await page.evaluate(
    (center) => (globalThis as unknown as { __viewport: ViewportProbe }).__viewport.project(center),
    target.box.center,
  );
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
