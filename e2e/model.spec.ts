/**
 * The Model panel against the real web shell and the committed ONNX model: a distance question
 * about a bundled scene highlights both objects and shows the distance (panel and viewport line);
 * an instruction proposes an edit as a ghost that Accept records in the history with origin model.
 */
import { expect, test, type Page } from '@playwright/test';
import type { SceneObject } from '../common/domain/scene';
import { openProject } from '../electron/services/project/project-store';
import { defaultProjectPath } from '../electron/services/project/recent-projects';
import { startWebShell, type RunningWebShell } from './support/web-shell';

let shell: RunningWebShell;
let objects: SceneObject[];

test.beforeAll(async () => {
  shell = await startWebShell();
  const store = openProject(defaultProjectPath(shell.dataDir));
  try {
    objects = store.getObjects(store.listScenes()[0]!.id);
  } finally {
    store.close();
  }
});

test.afterAll(async () => {
  await shell?.stop();
});

/** Movable objects whose label names exactly one object of the scene, so a question is unambiguous. */
function uniqueObjects(): SceneObject[] {
  const counts = new Map<string, number>();
  for (const o of objects) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
  const unique = objects.filter(
    (o) => counts.get(o.label) === 1 && !['wall', 'floor', 'ceiling'].includes(o.label) && o.points > 0,
  );
  expect(unique.length).toBeGreaterThanOrEqual(3);
  return unique;
}

async function ask(page: Page, text: string): Promise<void> {
  await page.getByTestId('model-input').fill(text);
  await page.getByTestId('model-input').press('Enter');
  await expect(page.getByTestId('model-answer')).toBeVisible({ timeout: 30_000 });
}

test('ask a distance question, then accept a proposed edit into the history', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(shell.url);
  await expect(page.locator('.box-label').first()).toBeAttached();
  await expect(page.getByTestId('status-bar')).toContainText('Model: not loaded');
  await page.getByTestId('model-tab').click();

  const [a, b, ...others] = uniqueObjects() as [SceneObject, SceneObject, ...SceneObject[]];
  await ask(page, `How far is the ${a.label} from the ${b.label}?`);
  await expect(page.getByTestId('model-task')).toHaveText('distance');
  await expect(page.getByTestId('model-distance')).toHaveText(/^\d+\.\d\d m$/);
  // Both objects listed with their roles and scores, drawn in role colours, the line between them.
  const referents = page.getByTestId('model-referent');
  await expect(referents).toHaveCount(2);
  // A distance is symmetric: which of the two is the target does not matter, that both are does.
  for (const o of [a, b]) await expect(referents.filter({ hasText: `${o.label} ${o.id}` })).toHaveCount(1);
  expect((await referents.evaluateAll((els) => els.map((e) => e.getAttribute('data-role')))).sort()).toEqual([
    'anchor',
    'target',
  ]);
  for (const o of [a, b])
    await expect(page.locator(`.box-label[data-object-id="${o.id}"]`)).toHaveAttribute('style', /border-color/);
  await expect(page.getByTestId('focus-distance')).toBeVisible();
  // The model loaded on demand, in its worker; the status bar names the provider.
  await expect(page.getByTestId('status-bar')).toContainText(/Model: spatial-model \((cpu|cuda)\)/);

  // The placement solver may find no free spot beside a crowded anchor: try the next anchor then.
  let placed = false;
  for (const anchor of [b, ...others].slice(0, 5)) {
    await ask(page, `Move the ${a.label} next to the ${anchor.label}.`);
    await expect(page.getByTestId('model-task')).toHaveText('layout_edit');
    await expect(page.getByTestId('model-edit').or(page.getByTestId('model-no-edit'))).toBeVisible();
    if (await page.getByTestId('model-edit').isVisible()) {
      placed = true;
      break;
    }
  }
  expect(placed).toBe(true);
  await expect(page.getByTestId('model-edit')).toContainText(`Place ${a.label} ${a.id}`);
  // The ghost edit before it is accepted, as a user sees it (looked at when the model changes).
  await page.screenshot({ path: 'docs/screenshots/model-ghost-edit.png' });
  await page.getByTestId('model-accept').click();
  await expect(page.getByTestId('model-edit-accepted')).toBeVisible();

  await page.getByTestId('history-tab').click();
  const entry = page.getByTestId('history-entry').first();
  await expect(entry).toContainText('model');
  await expect(entry).toContainText(a.label);
  expect(errors).toEqual([]);
});

test('the model pre-fills a review item, and the audit trail marks it as model output', async ({ page }) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await page.getByTestId('annotator-name').fill('Mo Reviewer');
  await page.getByTestId('annotator-name').press('Enter');
  await page.getByTestId('open-generate').click();
  await page.getByTestId('generate-run').click();
  await expect(page.getByTestId('generate-result')).toContainText('Generated', { timeout: 90_000 });
  await page.keyboard.press('Escape');

  await page.getByTestId('filter-task').selectOption('distance');
  const row = page.getByTestId('annotation-row').first();
  await expect(row).toBeVisible();
  await row.click();
  const inspector = page.getByTestId('annotation-inspector');
  await expect(inspector).toBeVisible();

  // The reviewer finds a wrong answer (typed here) and asks the model.
  await inspector.getByTestId('inspector-answer').fill('9.99 m');
  await inspector.getByTestId('inspector-answer').press('Enter');
  await expect(inspector.locator('.audit-entry[data-field="answer"]')).toBeVisible();
  await inspector.getByTestId('model-suggest').click();
  await expect(inspector.getByTestId('model-suggestion-text')).toContainText(
    /target #\d+ \(\d\.\d\d\).*answer \d+\.\d\d m/,
    {
      timeout: 30_000,
    },
  );
  await expect(inspector.getByText('model output')).toBeVisible();
  // The suggestion shows a moment before the button leaves its loading state; shoot it settled.
  await expect(inspector.getByTestId('model-suggest')).not.toHaveAttribute('data-loading');
  await page.waitForTimeout(400); // Mantine fades the loader out
  await page.screenshot({ path: 'docs/screenshots/review-model-suggestion.png' });
  const answer = (await inspector.getByTestId('model-suggestion-text').textContent())!.match(/answer (\S+ m)/)![1]!;
  await inspector.getByTestId('model-use').click();
  await expect(inspector.getByTestId('inspector-answer')).toHaveValue(answer);
  const note = inspector.locator('.audit-entry[data-field="model"]');
  await expect(note).toContainText('spatial model: target #');
  await expect(note).toContainText('Mo Reviewer');
  expect(errors).toEqual([]);
});
