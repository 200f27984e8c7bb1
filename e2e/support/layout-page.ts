/**
 * What the layout-editing end-to-end tests share: reading the shell's project file from outside
 * (WAL lets both have it open), opening the first scene, the top view, selecting an object by a
 * click on its centre, and dragging a transform-gizmo handle through `window.__viewport`.
 *
 * e2e code is type-checked without the DOM library: page globals are reached through casts written
 * inside each page function (those are serialised, so they cannot call helpers here).
 */
import { expect, type Page } from '@playwright/test';
import type { LayoutHistoryView } from '../../common/api/layout';
import type { Annotation } from '../../common/annotations/annotation';
import type { Box } from '../../common/domain/box';
import type { SceneObject } from '../../common/domain/scene';
import { AnnotationStore } from '../../electron/services/annotations/annotation-store';
import { ProjectLayout } from '../../electron/services/layout/project-layout';
import { openProject } from '../../electron/services/project/project-store';

type Point = { x: number; y: number };

interface ProbeWindow {
  __viewport?: {
    firstPointsFrameAt: number | null;
    frames: number;
    project(point: readonly number[]): Point;
    gizmoHandle(name: string): Point | null;
  };
  requestAnimationFrame(callback: () => void): number;
  document: { activeElement: { blur?: () => void } | null };
}

/** The project file of a running shell, read the way the CLI would read it. */
export class ProjectReader {
  constructor(
    private readonly path: string,
    readonly sceneId: string,
  ) {}

  static firstScene(path: string): ProjectReader {
    const store = openProject(path);
    try {
      return new ProjectReader(path, store.listScenes()[0]!.id);
    } finally {
      store.close();
    }
  }

  private read<T>(use: (store: ReturnType<typeof openProject>) => T): T {
    const store = openProject(this.path);
    try {
      return use(store);
    } finally {
      store.close();
    }
  }

  objects(): SceneObject[] {
    return this.read((store) => store.getObjects(this.sceneId));
  }

  history(): LayoutHistoryView {
    return this.read((store) => new ProjectLayout(store).view(this.sceneId));
  }

  /** The scene's layout_edit annotations, oldest entry first. */
  layoutSamples(): Annotation[] {
    return this.read((store) => new AnnotationStore(store).all({ scene: this.sceneId, task: 'layout_edit' })).sort(
      (a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }),
    );
  }

  boxOf(id: number): Box {
    return this.objects().find((o) => o.id === id)!.box;
  }

  /** Objects a designer moves: not structure, and drawn (it has points). */
  movable(): SceneObject[] {
    return this.objects().filter((o) => !['wall', 'floor', 'ceiling'].includes(o.label) && o.points > 0);
  }

  /** The largest movable object: a click on its centre from above cannot miss it. */
  largest(): SceneObject {
    const volume = (o: SceneObject) => o.box.size[0] * o.box.size[1] * o.box.size[2];
    return [...this.movable()].sort((a, b) => volume(b) - volume(a))[0]!;
  }
}

export async function openScene(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('.box-label:visible').first()).toBeVisible();
  await page.waitForFunction(
    () => ((globalThis as unknown as ProbeWindow).__viewport?.firstPointsFrameAt ?? null) !== null,
  );
}

/** Switches to the top view and waits until the camera has been framed and stays put. */
export async function topView(page: Page): Promise<void> {
  await page.keyboard.press('2');
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await page.evaluate('window.__viewport.view()'));
        const stable = now === last && (JSON.parse(now) as { fov: number }).fov === 0; // orthographic has no fov
        last = now;
        return stable;
      },
      { intervals: [250] },
    )
    .toBe(true);
}

export async function screenOf(page: Page, point: readonly number[]): Promise<Point> {
  return page.evaluate((p) => (globalThis as unknown as Required<ProbeWindow>).__viewport.project(p), [...point]);
}

/** Takes focus off a tab just clicked, so arrow keys and tool keys reach the shortcuts. */
export async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as ProbeWindow).document.activeElement?.blur?.());
}

/** Waits until the viewport has drawn `count` more frames (it renders on demand). */
async function nextFrames(page: Page, count = 2): Promise<void> {
  await page.evaluate(async (n) => {
    const w = globalThis as unknown as ProbeWindow;
    for (let i = 0; i < n; i++) await new Promise<void>((done) => w.requestAnimationFrame(() => done()));
  }, count);
}

/**
 * Drags the gizmo's `handle` by `metres` along world +X: hover (which picks the axis), press,
 * small moves each followed by a frame, release. Returns the handle's start on screen.
 */
export async function dragGizmo(page: Page, handle: string, center: readonly number[], metres: number): Promise<Point> {
  const found = await page.waitForFunction(
    (name) => (globalThis as unknown as Required<ProbeWindow>).__viewport.gizmoHandle(name),
    handle,
  );
  const start = (await found.jsonValue())!;
  // Screen pixels per metre along +X at the object, so the drag means the same in any view.
  const origin = await screenOf(page, center);
  const along = await screenOf(page, [center[0]! + 1, center[1]!, center[2]!]);
  const [dx, dy] = [(along.x - origin.x) * metres, (along.y - origin.y) * metres];
  await page.mouse.move(start.x, start.y);
  await nextFrames(page);
  await page.mouse.down();
  await nextFrames(page);
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(start.x + (dx * i) / steps, start.y + (dy * i) / steps);
    await nextFrames(page, 1);
  }
  await page.mouse.up();
  await nextFrames(page);
  return start;
}
