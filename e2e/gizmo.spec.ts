/**
 * Issue 6's "done when" with the real transform gizmo, against the real web shell: select an
 * object, press W, drag the gizmo's X handle with the mouse (one `gizmo` entry, moved along X by
 * the dragged amount), drag again with snapping on (a 5 cm multiple), undo, redo, accept a typed
 * instruction, restart the shell: layout, history and cursor are identical and undo carries on.
 */
import { expect, test } from '@playwright/test';
import { defaultProjectPath } from '../electron/services/project/recent-projects';
import { blur, dragGizmo, openScene, ProjectReader, screenOf, topView } from './support/layout-page';
import { startWebShell, type RunningWebShell } from './support/web-shell';

const SNAP = 0.05;
/** A drag is pointer pixels turned into metres: a pixel or two either way at ~100 px per metre. */
const DRAG_TOLERANCE = 0.03;

let shell: RunningWebShell;
let project: ProjectReader;

test.beforeAll(async () => {
  shell = await startWebShell();
  project = ProjectReader.firstScene(defaultProjectPath(shell.dataDir));
});

test.afterAll(async () => {
  await shell?.stop();
});

test('a gizmo drag is one entry; undo, redo, instruction and a restart keep layout, history and cursor', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openScene(page, shell.url);
  await topView(page);

  const target = project.largest();
  const before = target.box;
  const at = await screenOf(page, before.center);
  await page.mouse.click(at.x, at.y);
  await expect(page.getByTestId('inspector-object')).toContainText(`id ${target.id}`);
  await page.getByTestId('history-tab').click();
  await blur(page);
  await page.keyboard.press('w');
  await expect(page.getByTestId('tool-move')).toHaveAttribute('aria-pressed', 'true');
  const entries = page.getByTestId('history-entry');
  const others = () => project.objects().filter((o) => o.id !== target.id);
  const othersBefore = others();

  // One drag of 40 cm along +X: exactly one entry, by hand, the box moved along X only.
  await dragGizmo(page, 'X', before.center, 0.4);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('by hand');
  const first = project.history();
  expect(first.entries.map((e) => e.origin)).toEqual(['gizmo']);
  const dragged = project.boxOf(target.id);
  expect(Math.abs(dragged.center[0] - (before.center[0] + 0.4))).toBeLessThan(DRAG_TOLERANCE);
  expect([dragged.center[1], dragged.center[2], dragged.size, dragged.yaw]).toEqual([
    before.center[1],
    before.center[2],
    before.size,
    before.yaw,
  ]);
  expect(others()).toEqual(othersBefore);

  // Snapping on (N): the next drag lands the centre on a 5 cm multiple along X.
  await page.keyboard.press('n');
  await expect(page.getByTestId('snapping')).toHaveAttribute('aria-pressed', 'true');
  await dragGizmo(page, 'X', dragged.center, -0.23);
  await expect(entries).toHaveCount(2);
  await expect.poll(() => project.history().entries.map((e) => e.origin)).toEqual(['gizmo', 'gizmo']);
  const snapped = project.boxOf(target.id);
  const steps = snapped.center[0] / SNAP;
  expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-9);
  expect(Math.abs(snapped.center[0] - (dragged.center[0] - 0.23))).toBeLessThan(SNAP / 2 + DRAG_TOLERANCE);
  expect(snapped.center[1]).toBe(before.center[1]);
  await page.keyboard.press('n');

  // Undo and redo from the keyboard walk exactly between the two boxes.
  await page.keyboard.press('Control+z');
  await expect(entries.nth(1)).toHaveAttribute('data-cursor', 'true');
  await expect.poll(() => project.boxOf(target.id)).toEqual(dragged);
  await page.keyboard.press('Control+Shift+z');
  await expect(entries.first()).toHaveAttribute('data-cursor', 'true');
  await expect.poll(() => project.boxOf(target.id)).toEqual(snapped);

  // A typed instruction: Enter proposes, Enter accepts as one entry.
  const movable = project.movable();
  const labelCounts = new Map<string, number>();
  for (const o of movable) labelCounts.set(o.label, (labelCounts.get(o.label) ?? 0) + 1);
  const unique = movable.find((o) => labelCounts.get(o.label) === 1 && o.id !== target.id)!;
  const instruction = `Rotate the ${unique.label.replace(/_/g, ' ')} 90 degrees`;
  const input = page.getByTestId('instruction-input');
  await input.fill(instruction);
  await input.press('Enter');
  await expect(page.getByTestId('instruction-proposal')).toContainText('after');
  if (await page.getByTestId('instruction-issues').isVisible()) await page.getByTestId('instruction-confirm').check();
  await input.press('Enter');
  await expect(page.getByTestId('instruction-proposal')).toHaveCount(0);
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText(instruction);
  await expect.poll(() => project.boxOf(unique.id).yaw).toBeCloseTo(unique.box.yaw + Math.PI / 2, 9);

  // The two drags, picked with Ctrl+click, become layout_edit records in the project's annotations.
  await entries.nth(1).click({ modifiers: ['Control'] });
  await entries.nth(2).click({ modifiers: ['Control'] });
  await expect(entries.nth(1)).toHaveAttribute('data-picked', 'true');
  await expect(entries.first()).toHaveAttribute('data-cursor', 'true');
  await page.getByTestId('samples-add-picked').click();
  await expect(page.getByTestId('samples-note')).toHaveText('Added 2 layout_edit records to the annotations.');
  const samples = project.layoutSamples();
  expect(samples.map((r) => r.value)).toEqual([
    { kind: 'layout', object_id: target.id, box_before: before, box_after: dragged },
    { kind: 'layout', object_id: target.id, box_before: dragged, box_after: snapped },
  ]);

  // Restart on the same data folder: layout, history and cursor are identical.
  const layoutBefore = project.objects();
  const historyBefore = project.history();
  expect(historyBefore.entries.map((e) => e.origin)).toEqual(['gizmo', 'gizmo', 'instruction']);
  await shell.stop();
  shell = await startWebShell(shell.dataDir);
  expect(project.objects()).toEqual(layoutBefore);
  expect(project.history()).toEqual(historyBefore);

  await openScene(page, shell.url);
  await page.getByTestId('history-tab').click();
  await blur(page);
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toHaveAttribute('data-cursor', 'true');

  // Undo continues across the restart: the instruction, then both drags, back to the original.
  for (const cursorAt of [1, 2]) {
    await page.keyboard.press('Control+z');
    await expect(entries.nth(cursorAt)).toHaveAttribute('data-cursor', 'true');
  }
  await expect.poll(() => project.boxOf(unique.id)).toEqual(unique.box);
  await expect.poll(() => project.boxOf(target.id)).toEqual(dragged);
  await page.getByTestId('history-undo').click();
  await expect(page.getByTestId('history-original')).toHaveAttribute('data-cursor', 'true');
  await expect.poll(() => project.boxOf(target.id)).toEqual(before);
  expect(project.objects().filter((o) => o.id !== target.id)).toEqual(othersBefore);
  expect(errors).toEqual([]);
});
