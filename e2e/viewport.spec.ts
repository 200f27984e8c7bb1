/**
 * The 3D viewport against the real web shell and its bundled sample scenes: screenshots in
 * perspective and top view, click-to-select reaching the inspector, and the measurement tool
 * agreeing with common/ geometry on the same pair of objects.
 */
import { expect, test, type Page } from '@playwright/test';
import type { SceneObject } from '../common/domain/scene';
import { boxGap, centerDistance } from '../common/geometry/distance';
import { openProject } from '../electron/services/project/project-store';
import { topView } from './support/layout-page';
import { startWebShell, type RunningWebShell } from './support/web-shell';

/** What the viewport probe and the bare page expose on window (typed here: Node has no DOM types). */
interface ProbeWindow {
  __viewport?: { firstPointsFrameAt: number | null; pointsDrawn: number };
  __bare?: { ready: boolean };
}

let shell: RunningWebShell;
let objects: SceneObject[];

const STRUCTURE = new Set(['wall', 'floor', 'ceiling']);

test.beforeAll(async () => {
  shell = await startWebShell();
  // The same records `scene.objects` returns for the first scene, read from the shell's project.
  const path = /Project: (.+)/.exec(shell.output())![1]!.trim();
  const store = openProject(path);
  try {
    const first = store.listScenes()[0]!;
    objects = store.getObjects(first.id).filter((o) => !STRUCTURE.has(o.label) && o.points > 0);
  } finally {
    store.close();
  }
});

test.afterAll(async () => {
  await shell?.stop();
});

async function openViewport(page: Page): Promise<void> {
  await page.goto(shell.url);
  await expect(page.locator('.box-label:visible').first()).toBeVisible();
  await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).__viewport?.firstPointsFrameAt != null);
}

/** Client pixel where the object's box centre is drawn. */
async function screenOf(page: Page, object: SceneObject): Promise<{ x: number; y: number }> {
  return page.evaluate<{ x: number; y: number }>(`window.__viewport.project(${JSON.stringify(object.box.center)})`);
}

/** The largest objects: a click on their centre cannot miss them on a sample room. */
function largest(n: number): SceneObject[] {
  const volume = (o: SceneObject) => o.box.size[0] * o.box.size[1] * o.box.size[2];
  return [...objects].sort((a, b) => volume(b) - volume(a)).slice(0, n);
}

test('the viewport shows points and labelled boxes in perspective and top view', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openViewport(page);
  expect(await page.locator('.box-label:visible').count()).toBeGreaterThan(2);
  await page.waitForTimeout(500);
  await page.screenshot({ path: 'docs/screenshots/viewport-perspective.png' });

  await page.keyboard.press('2');
  await expect(page.getByTestId('camera-presets').locator('input[value="top"]')).toBeChecked();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshots/viewport-top.png' });
  // Labels never overlap one another on screen.
  const rects = await page
    .locator('.box-label:visible')
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
  for (let i = 0; i < rects.length; i++)
    for (let j = i + 1; j < rects.length; j++) {
      const [a, b] = [rects[i], rects[j]];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `labels ${i} and ${j} overlap`).toBe(false);
    }
  expect(errors).toEqual([]);
});

test('clicking an object selects it: the inspector shows its label, id and box; shift-click adds one', async ({
  page,
}) => {
  await openViewport(page);
  await topView(page); // nothing stands in front of an object's centre but what is above it
  const [first, second] = largest(2) as [SceneObject, SceneObject];
  const at = await screenOf(page, first);
  await page.mouse.click(at.x, at.y);
  const inspector = page.getByTestId('inspector-object');
  await expect(inspector).toHaveCount(1);
  await expect(inspector).toContainText(`id ${first.id}`);
  await expect(inspector).toContainText(first.label);
  await expect(inspector.getByTestId('box-center').first()).toHaveText(
    first.box.center.map((v) => v.toFixed(2)).join(', '),
  );

  const other = await screenOf(page, second);
  await page.keyboard.down('Shift');
  await page.mouse.click(other.x, other.y);
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('inspector-object')).toHaveCount(2);
  await expect(page.getByTestId('inspector-objects')).toContainText(`id ${second.id}`);
});

test('the measurement tool shows the center distance and gap common/ geometry gives for the pair', async ({ page }) => {
  await openViewport(page);
  await topView(page);
  const [a, b] = largest(2) as [SceneObject, SceneObject];
  await page.keyboard.press('m');
  await expect(page.getByTestId('tool-measure')).toHaveAttribute('aria-pressed', 'true');
  for (const object of [a, b]) {
    const at = await screenOf(page, object);
    await page.mouse.click(at.x, at.y);
  }
  const expected = `center ${centerDistance(a.box, b.box).toFixed(2)} m · gap ${boxGap(a.box, b.box).toFixed(2)} m`;
  await expect(page.getByTestId('measure-label')).toHaveText(expected);
});
