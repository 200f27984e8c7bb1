/**
 * `npm run bench:viewport`: the viewport's speed in headless Chromium (SwiftShader WebGL).
 *  1. Frame time: the same 2M-point cloud drawn by the studio's viewport (the real web shell, all
 *     points shown) and by a bare three.js page holding one THREE.Points with the studio's camera;
 *     median over frames, ratio studio / bare (goal ≤ 1.25).
 *  2. Opening a stored 1.5M-point scene: from navigation to the first frame with its points.
 *  3. Picking on 2M points in Node (picking.bench.ts).
 * Prints a table and one JSON document of BenchFigure[].
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { openProject } from '../../electron/services/project/project-store';
import { sampleScene } from '../../electron/services/project/sample-scene';
import { startWebShell } from '../../e2e/support/web-shell';
import type { BenchFigure } from '../figure';
import { median } from '../stats';
import pickingBench from './picking.bench';

/** What the viewport probe and the bare page expose on window (typed here: Node has no DOM types). */
interface ProbeWindow {
  __viewport?: { firstPointsFrameAt: number | null; pointsDrawn: number };
  __bare?: { ready: boolean };
}

const ROOT = resolve(import.meta.dirname, '../..');
const FRAMES = 7;
const VIEWPORT = { width: 1440, height: 900 };
const round = (v: number): number => Math.round(v * 100) / 100;

/** A project file holding one generated scene of `points` points. */
function projectWith(dir: string, id: string, points: number, seed: number): string {
  const path = join(dir, `${id}.studio`);
  const store = openProject(path, { create: true });
  try {
    store.addScenes([sampleScene(id, points, seed, 12)]);
  } finally {
    store.close();
  }
  return path;
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-sandbox', '--disable-background-networking'],
  });
}

/** Opens the studio with the viewport set to draw every stored point (or the display subsample). */
async function openStudio(
  browser: Browser,
  url: string,
  fullDetail: boolean,
): Promise<{ page: Page; openedAt: number }> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // The viewport's persisted settings (zustand persist format), set before the app reads them.
  const settings = JSON.stringify({ state: { fullDetail }, version: 0 });
  await page.addInitScript(`localStorage.setItem('spatial-studio.viewport', ${JSON.stringify(settings)})`);
  const openedAt = Date.now();
  await page.goto(url);
  await page.waitForFunction(
    () => (globalThis as unknown as ProbeWindow).__viewport?.firstPointsFrameAt != null,
    undefined,
    {
      timeout: 120_000,
    },
  );
  return { page, openedAt };
}

async function frameTimes(page: Page, call: string): Promise<number[]> {
  await page.evaluate<number>(call); // warm-up frame
  const times: number[] = [];
  for (let i = 0; i < FRAMES; i++) times.push(await page.evaluate<number>(call));
  return times;
}

/** Serves the bare page, three.js and the benchmark cloud. */
function serveBare(
  files: Record<string, { type: string; body: Buffer | string }>,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const file = files[(req.url ?? '/').split('?')[0]!];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type }).end(file.body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` }),
    ),
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'viewport-bench-'));
  const figures: BenchFigure[] = [];
  const browser = await launch();
  try {
    // 1. Frame time, 2M points.
    const scene2m = sampleScene('bench-2m', 2_000_000, 11, 12);
    const project2m = projectWith(dir, 'bench-2m', 2_000_000, 11);
    const shell = await startWebShell(join(dir, 'data-2m'), ['--project', project2m, '--quiet']);
    let studioMs: number;
    let view: Record<string, unknown>;
    try {
      const { page } = await openStudio(browser, shell.url, true);
      await page.waitForFunction(
        () => (globalThis as unknown as ProbeWindow).__viewport?.pointsDrawn === 2_000_000,
        undefined,
        { timeout: 120_000 },
      );
      studioMs = median(await frameTimes(page, 'window.__viewport.renderFrame()'));
      view = { ...(await page.evaluate<object>('window.__viewport.view()')), pointSize: 0.02 };
      await page.close();
    } finally {
      await shell.stop();
    }
    const bare = await serveBare({
      '/': { type: 'text/html', body: readFileSync(join(ROOT, 'bench/viewport/bare.html')) },
      '/bare.js': { type: 'text/javascript', body: readFileSync(join(ROOT, 'bench/viewport/bare.js')) },
      '/three.module.js': {
        type: 'text/javascript',
        body: readFileSync(join(ROOT, 'node_modules/three/build/three.module.js')),
      },
      '/three.core.js': {
        type: 'text/javascript',
        body: readFileSync(join(ROOT, 'node_modules/three/build/three.core.js')),
      },
      '/view.json': { type: 'application/json', body: JSON.stringify(view) },
      '/positions.bin': { type: 'application/octet-stream', body: Buffer.from(scene2m.positions.buffer) },
      '/colors.bin': { type: 'application/octet-stream', body: Buffer.from(scene2m.colors.buffer) },
    });
    let bareMs: number;
    try {
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(bare.url);
      await page.waitForFunction(() => (globalThis as unknown as ProbeWindow).__bare?.ready === true, undefined, {
        timeout: 120_000,
      });
      bareMs = median(await frameTimes(page, 'window.__bare.renderFrame()'));
      await page.close();
    } finally {
      bare.server.close();
    }
    figures.push({
      name: 'viewport frame, 2M points (median of 7, SwiftShader)',
      value: round(studioMs),
      unit: 'ms',
      baseline: { name: 'bare three.js page, one THREE.Points, same cloud and camera', value: round(bareMs) },
      ratio: round(studioMs / bareMs),
      goal: 'ratio <= 1.25',
      pass: studioMs / bareMs <= 1.25,
    });

    // 2. Open a stored 1.5M-point scene to its first frame.
    const project15 = projectWith(dir, 'bench-1p5m', 1_500_000, 12);
    const shell15 = await startWebShell(join(dir, 'data-1p5m'), ['--project', project15, '--quiet']);
    try {
      for (const fullDetail of [false, true]) {
        const { page, openedAt } = await openStudio(browser, shell15.url, fullDetail);
        const firstFrameAt = await page.evaluate<number>(
          'performance.timeOrigin + window.__viewport.firstPointsFrameAt',
        );
        const ms = firstFrameAt - openedAt;
        figures.push({
          name: `open a stored 1.5M-point scene to its first frame (${fullDetail ? 'all points' : 'display subsample, the default'})`,
          value: Math.round(ms),
          unit: 'ms',
          goal: 'informational',
          pass: true,
        });
        await page.close();
      }
    } finally {
      await shell15.stop();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  figures.push(...(await pickingBench()));
  console.table(
    figures.map((f) => ({
      name: f.name,
      value: `${f.value} ${f.unit}`,
      baseline: f.baseline ? `${f.baseline.value} ${f.unit}` : '',
      ratio: f.ratio ?? '',
      goal: f.goal,
      pass: f.pass,
    })),
  );
  console.log(JSON.stringify(figures, null, 2));
  if (figures.some((f) => !f.pass)) process.exitCode = 1;
}

await main();
