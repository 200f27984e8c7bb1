/**
 * The review workflow against the real web shell: a new user names themselves, generates
 * annotations for a bundled scene, reviews 20 from the keyboard alone (accept, edit, reject, flag,
 * undo), the shell restarts on the same data folder and every status, edit and audit row is still
 * there; an export of accepted + corrected holds exactly those. A second test measures filtering and
 * scrolling the table over 263K annotations and prints the figures.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STATUSES, TASKS, type Annotation } from '../common/annotations/annotation';
import { AnnotationStore } from '../electron/services/annotations/annotation-store';
import { synthObjectsScene } from '../electron/services/annotations/test-support';
import { openProject } from '../electron/services/project/project-store';
import { defaultProjectPath } from '../electron/services/project/recent-projects';
import { freshDataDir, startWebShell, type RunningWebShell } from './support/web-shell';

let shell: RunningWebShell | undefined;
test.afterEach(async () => {
  await shell?.stop();
  shell = undefined;
});

function snapshot(dataDir: string) {
  const store = openProject(defaultProjectPath(dataDir));
  try {
    const annotations = new AnnotationStore(store);
    const all = annotations.all();
    return { records: all, audit: Object.fromEntries(all.map((a) => [a.id, annotations.audit(a.id)])) };
  } finally {
    store.close();
  }
}

async function press(page: Page, key: string) {
  await page.keyboard.press(key);
}

/** Accepts the item in the queue, pressing A a second time when failing checks ask for it. */
async function accept(page: Page) {
  const item = page.getByTestId('review-item');
  const id = await item.getAttribute('data-id');
  await press(page, 'a');
  await expect
    .poll(async () =>
      (await page.getByTestId('review-override').isVisible()) ? 'override' : await item.getAttribute('data-id'),
    )
    .not.toBe(id);
  if (await page.getByTestId('review-override').isVisible()) {
    await press(page, 'a');
    await expect(item).not.toHaveAttribute('data-id', id!);
  }
}

test('generate, review 20 from the keyboard, restart, and export accepted + corrected', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  shell = await startWebShell();
  const dataDir = shell.dataDir;
  await page.goto(shell.url);

  // First start: the studio asks who is reviewing.
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await page.getByTestId('annotator-name').fill('Ada Reviewer');
  await page.getByTestId('annotator-name').press('Enter');
  await expect(page.getByTestId('annotator-name')).toHaveCount(0);

  // Generate for the scene on screen, with progress, from the UI.
  await page.getByTestId('open-generate').click();
  await page.getByTestId('generate-run').click();
  await expect(page.getByTestId('generate-result')).toContainText('Generated', { timeout: 90_000 });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('annotation-row').first()).toBeVisible();

  await page.getByTestId('start-review').click();
  const item = page.getByTestId('review-item');
  await expect(item).toBeVisible();

  const expected = new Map<string, { status: string; flagged?: boolean; textSuffix?: string; reason?: string }>();
  for (let i = 0; i < 20; i++) {
    const id = (await item.getAttribute('data-id'))!;
    switch (i % 5) {
      case 0:
        await accept(page);
        expected.set(id, { status: 'accepted' });
        break;
      case 1: {
        await press(page, 'e');
        const text = page.getByTestId('review-edit-text');
        await expect(text).toBeFocused();
        await press(page, 'Control+End');
        await page.keyboard.type(' (checked)');
        await press(page, 'Control+Enter');
        await expect(page.getByTestId('review-text')).toContainText('(checked)');
        await accept(page);
        expected.set(id, { status: 'corrected', textSuffix: ' (checked)' });
        break;
      }
      case 2:
        await press(page, 'r');
        await expect(page.getByTestId('review-reason')).toBeFocused();
        await page.keyboard.type('wrong answer');
        await press(page, 'Enter');
        await expect(item).not.toHaveAttribute('data-id', id);
        expected.set(id, { status: 'rejected', reason: 'wrong answer' });
        break;
      case 3:
        await press(page, 'f');
        await expect(page.getByTestId('review-flagged')).toBeVisible();
        await press(page, 'j');
        await expect(item).not.toHaveAttribute('data-id', id);
        expected.set(id, { status: 'generated', flagged: true });
        break;
      case 4:
        await accept(page);
        await press(page, 'u'); // back to this item, status generated again
        await expect(item).toHaveAttribute('data-id', id);
        await expect(item).toHaveAttribute('data-status', 'generated');
        await press(page, 'r');
        await page.keyboard.type('not unique');
        await press(page, 'Enter');
        await expect(item).not.toHaveAttribute('data-id', id);
        expected.set(id, { status: 'rejected', reason: 'not unique' });
        break;
    }
  }
  await expect(page.getByTestId('review-position')).toHaveText(/^21 \//);

  const check = (snap: ReturnType<typeof snapshot>) => {
    const byId = new Map(snap.records.map((r) => [r.id, r]));
    for (const [id, want] of expected) {
      const record = byId.get(id)!;
      expect(record.status, id).toBe(want.status);
      expect(record.flagged, id).toBe(want.flagged ?? false);
      expect(record.annotator, id).toBe('Ada Reviewer');
      if (want.textSuffix) expect(record.text.endsWith(want.textSuffix), id).toBe(true);
      const audit = snap.audit[id]!;
      expect(audit.length).toBeGreaterThan(0);
      if (want.reason) expect(audit.some((a) => a.field === 'reason' && a.new === want.reason)).toBe(true);
    }
    // The undone accepts left their trail: accepted, then the undo, then the reject.
    const undone = [...expected].filter(([, w]) => w.reason === 'not unique').map(([id]) => id);
    for (const id of undone) {
      expect(snap.audit[id]!.filter((a) => a.field === 'status').map((a) => a.new)).toEqual([
        'accepted',
        'generated',
        'rejected',
      ]);
      expect(snap.audit[id]!.some((a) => a.field === 'undo')).toBe(true);
    }
  };
  const before = snapshot(dataDir);
  check(before);

  // Restart the shell on the same data folder: nothing shown as done is lost.
  await shell.stop();
  shell = await startWebShell(dataDir);
  const after = snapshot(dataDir);
  check(after);
  expect(after).toEqual(before);
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await expect(page.getByTestId('annotator-name')).toHaveCount(0); // the name was kept
  const corrected = [...expected].find(([, w]) => w.status === 'corrected')![0];
  await page.getByTestId('filter-status').selectOption('corrected');
  await page.locator(`[data-testid="annotation-row"][data-id="${corrected}"]`).click();
  await expect(page.getByTestId('annotation-inspector')).toHaveAttribute('data-id', corrected);
  await expect(page.getByTestId('audit-trail')).toContainText('Ada Reviewer');
  await expect(page.getByTestId('audit-trail').locator('[data-field="text"]')).toHaveCount(1);
  await page.screenshot({ path: 'docs/screenshots/review-inspector.png' });

  // Export only accepted + corrected, and read the file.
  const out = join(dataDir, 'reviewed.jsonl');
  await page.getByTestId('open-export').click();
  await page.getByTestId('export-path').fill(out);
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-result')).toContainText('Exported');
  const exported = readFileSync(out, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Annotation);
  const wanted = after.records.filter((r) => r.status === 'accepted' || r.status === 'corrected').map((r) => r.id);
  expect(exported.map((r) => r.id).sort()).toEqual(wanted.sort());
  expect(wanted.length).toBe([...expected.values()].filter((w) => ['accepted', 'corrected'].includes(w.status)).length);
  await page.keyboard.press('Escape');

  // The queue, for the screenshot: this scene's items still to review.
  await page.getByTestId('filter-status').selectOption('generated');
  await page.getByTestId('filter-task').selectOption('distance');
  await page.getByTestId('start-review').click();
  await expect(item).toBeVisible();
  await expect(page.getByTestId('review-queue').getByTestId('review-checks')).toBeVisible();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/screenshots/review-queue.png' });
  expect(errors).toEqual([]);
});

const BIG = 263_000;

/** A project of 100 cheap scenes and 263K records, inserted through the store in one transaction. */
function buildBigProject(dataDir: string): void {
  const path = defaultProjectPath(dataDir);
  mkdirSync(join(dataDir, 'projects'), { recursive: true });
  const store = openProject(path, { create: true });
  const rooms = Array.from({ length: 10 }, (_, k) => synthObjectsScene(k + 1));
  const scenes = Array.from({ length: 100 }, (_, i) => ({
    ...rooms[i % 10]!,
    id: `scene${String(i).padStart(4, '0')}_00`,
  }));
  store.addScenes(scenes);
  const time = '2025-05-01T09:30:00.000Z';
  const records: Annotation[] = [];
  for (let n = 0; n < BIG; n++) {
    const scene = scenes[n % scenes.length]!;
    const a = scene.objects[n % scene.objects.length]!;
    const task = TASKS[n % TASKS.length]!;
    records.push({
      id: `big${n}`,
      scene_id: scene.id,
      task: 'vqa',
      text: `What is near the ${a.label} number ${n % 997}?`,
      answer: a.label,
      value: { kind: 'answers', answers: [a.label] },
      referents: [{ id: a.id, role: 'target' }],
      source: { kind: 'template', template_id: `${task}.t${n % 7}`, template_version: 1 },
      status: STATUSES[(n * 7) % 4]!,
      flagged: n % 50 === 0,
      annotator: null,
      created_at: time,
      updated_at: time,
      revision: 1,
    });
  }
  new AnnotationStore(store).insertMany(records);
  store.close();
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ annotator: 'Perf' }));
}

interface Timed {
  ms: number;
  total: string;
}

test('the table filters and scrolls 263K annotations to the right rows, and reports the times', async ({ page }) => {
  test.setTimeout(180_000);
  const dataDir = freshDataDir();
  const setupStart = Date.now();
  buildBigProject(dataDir);
  const setupMs = Date.now() - setupStart;
  shell = await startWebShell(dataDir);
  await page.goto(shell.url);
  await page.getByRole('tab', { name: 'Annotations' }).click();
  await page.getByTestId('annotations-panel').getByText('All scenes', { exact: true }).click();
  await expect(page.getByTestId('annotation-total')).toHaveText('263,000 annotations');
  await expect(page.getByTestId('annotation-row').first()).toBeVisible();

  // Changes a select in the page and waits (in the page) until the first row shows the new status.
  const filterBy = (testId: string, value: string, want: string) =>
    page.evaluate(
      ({ testId, value, want }) =>
        new Promise<Timed>((resolve) => {
          const d = (globalThis as unknown as { document: Document }).document;
          const select = d.querySelector(`[data-testid="${testId}"]`) as HTMLSelectElement;
          const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
          const start = performance.now();
          setter.call(select, value);
          select.dispatchEvent(new Event('change', { bubbles: true }));
          const poll = () => {
            const row = d.querySelector('[data-testid="annotation-row"]');
            const total = d.querySelector('[data-testid="annotation-total"]')?.textContent ?? '';
            if (row && row.getAttribute(want.split('=')[0]!) === want.split('=')[1] && !total.startsWith('Loading')) {
              observer.disconnect();
              resolve({ ms: performance.now() - start, total });
            } else requestAnimationFrame(poll);
          };
          // Checked on every DOM change, not only once a frame: a software-rendered frame here can
          // take longer than the table itself, and would be counted against it.
          const observer = new MutationObserver(poll);
          observer.observe(d.body, { subtree: true, childList: true, attributes: true, characterData: true });
          poll();
        }),
      { testId, value, want },
    );
  const scrollTo = (index: number) =>
    page.evaluate(
      (index) =>
        new Promise<number>((resolve) => {
          const d = (globalThis as unknown as { document: Document }).document;
          const table = d.querySelector('[data-testid="annotation-table"]') as HTMLElement;
          // A scroll event waits for the next frame. A user's drag or wheel keeps frames coming;
          // a page left idle here gets none (headless Chromium traced: no frame for 5 s, then the
          // first scroll event 40-320 ms after scrollTop was set, before any studio code ran), so
          // the clock starts once frames are running again, as under a user's hand.
          requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(jump)));
          let start = 0;
          const observer = new MutationObserver(() => poll());
          const jump = () => {
            start = performance.now();
            table.scrollTop = index * 46;
            observer.observe(table, { subtree: true, childList: true, attributes: true });
            requestAnimationFrame(poll);
          };
          const poll = () => {
            const rows = [...d.querySelectorAll('[data-testid="annotation-row"]')];
            const top = table.getBoundingClientRect().top;
            if (rows.some((r) => Math.abs(r.getBoundingClientRect().top - top) < 47)) {
              observer.disconnect();
              resolve(performance.now() - start);
            } else requestAnimationFrame(poll);
          };
        }),
      index,
    );

  const figures: Record<string, number> = {};
  // Baseline: the same kind of page request straight over the socket, without the table around it.
  figures.serverRoundTripMs = await page.evaluate(async () => {
    const token = new URLSearchParams(location.search).get('token');
    const socket = new WebSocket(`ws://${location.host}/api?token=${token}`);
    await new Promise((resolve) => (socket.onopen = resolve));
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      const answered = new Promise((resolve) => (socket.onmessage = resolve));
      const input = { status: i % 2 ? 'rejected' : 'accepted', limit: 100, offset: i * 1000 };
      socket.send(JSON.stringify({ type: 'call', callId: `baseline-${i}`, method: 'annotations.query', input }));
      await answered;
      times.push(performance.now() - start);
    }
    socket.close();
    return times.sort((a, b) => a - b)[3]!;
  });
  const rejected = await filterBy('filter-status', 'rejected', 'data-status=rejected');
  figures.statusFilterMs = rejected.ms;
  expect(rejected.total).toBe('65,750 annotations');
  const accepted = await filterBy('filter-status', 'accepted', 'data-status=accepted');
  figures.statusFilter2Ms = accepted.ms;
  const back = await filterBy('filter-status', '', 'data-status=generated');
  figures.clearFilterMs = back.ms;
  figures.scrollMiddleMs = await scrollTo(130_000);
  figures.scrollEndMs = await scrollTo(262_990);
  figures.scrollNearMs = await scrollTo(262_000);

  const text = page.getByTestId('filter-text');
  const searchStart = Date.now();
  await text.fill('number 500');
  await expect(page.getByTestId('annotation-total')).toHaveText(/^26[0-9] annotations$/);
  await expect(page.getByTestId('annotation-row').first()).toContainText('number 500');
  figures.textSearchWithPlaywrightMs = Date.now() - searchStart;

  console.log(
    `[review table, 263K annotations] setup ${(setupMs / 1000).toFixed(1)} s; ` +
      Object.entries(figures)
        .map(([k, v]) => `${k} ${v.toFixed(1)}`)
        .join(', '),
  );
  test.info().annotations.push({ type: 'figures', description: JSON.stringify({ setupMs, ...figures }) });
  expect(setupMs).toBeLessThan(60_000);
  // Speed is a benchmark figure, not a test verdict (README: `npm run bench:review` holds it to
  // <= 100 ms); this test checks that filtering and scrolling show the right rows and reports the times.
  if (process.env.REVIEW_TABLE_FIGURES) writeFileSync(process.env.REVIEW_TABLE_FIGURES, JSON.stringify(figures));
});
