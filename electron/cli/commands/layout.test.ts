import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openProject } from '../../services/project/project-store';
import { sampleScene } from '../../services/project/sample-scene';
import { runCli } from '../main';

const ROOT = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);
const SCENE = 'scene0000_00';
let dir: string;
let project: string;
let original: ObjectOut[];

/** One CLI run in its own process, as a script would make it (slow: only for the round trip). */
async function studio(...args: string[]): Promise<unknown> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'electron/cli/entry.ts', ...args, '--json'], {
    cwd: ROOT,
  });
  return JSON.parse(stdout);
}

/** The same CLI in this process (for the cases that need no process boundary). */
async function cli(...argv: string[]): Promise<{ code: number; out: unknown; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = { write: (s: string) => ((stdout += s), true) } as NodeJS.WriteStream;
  const err = { write: (s: string) => ((stderr += s), true) } as NodeJS.WriteStream;
  const code = await runCli(argv, out, err);
  return { code, out: code === 0 ? JSON.parse(stdout) : null, stderr };
}

interface ObjectOut {
  id: number;
  box: { center: number[]; size: number[]; yaw: number };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-layout-'));
  project = join(dir, 'p.studio');
  const store = openProject(project, { create: true });
  store.addScenes([sampleScene(SCENE, 100, 5, 3)]);
  original = store.getObjects(SCENE);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('studio layout, one process per command', () => {
  it('moves, undoes in another process, finds the cursor there, redoes; objects follow', async () => {
    const at = ['--project', project, '--scene', SCENE];
    const before = (await cli('objects', ...at, '--json')).out as ObjectOut[];
    const start = before.find((o) => o.id === 1)!.box.center;

    const first = (await studio('layout', 'move', ...at, '--object', '1', '--to', '1,2,0.45')) as {
      entry: { id: number; kind: string; origin: string };
      cursor: number;
    };
    expect(first.entry).toMatchObject({ kind: 'move', origin: 'gizmo' });
    expect(first.cursor).toBe(first.entry.id);
    const second = (await studio('layout', 'move', ...at, '--object', '1', '--by', '0.5,0,0')) as typeof first;
    expect(second.cursor).toBe(second.entry.id);
    expect(second.entry.id).toBeGreaterThan(first.entry.id);

    expect(await studio('layout', 'undo', ...at)).toEqual({ cursor: first.entry.id });
    const history = (await studio('layout', 'history', ...at)) as {
      cursor: number;
      entries: { id: number; kind: string; origin: string; text: string | null; time: number }[];
    };
    expect(history.cursor).toBe(first.entry.id);
    expect(history.entries.map((e) => e.id)).toEqual([first.entry.id, second.entry.id]);
    expect(Object.keys(history.entries[0]!).sort()).toEqual(['id', 'kind', 'origin', 'text', 'time']);
    let objects = (await cli('objects', ...at, '--json')).out as ObjectOut[];
    expect(objects.find((o) => o.id === 1)!.box.center).toEqual([1, 2, 0.45]);

    expect(await studio('layout', 'redo', ...at)).toEqual({ cursor: second.entry.id });
    objects = (await cli('objects', ...at, '--json')).out as ObjectOut[];
    expect(objects.find((o) => o.id === 1)!.box.center).toEqual([1.5, 2, 0.45]);
    expect(objects.filter((o) => o.id !== 1)).toEqual(before.filter((o) => o.id !== 1));
    expect(start).not.toEqual([1.5, 2, 0.45]);
  }, 60_000);

  it('rotates, undoes to the imported layout, and fails with one clear line for bad input (in-process)', async () => {
    const at = ['--project', project, '--scene', SCENE];
    const before = (await cli('objects', ...at, '--json')).out as ObjectOut[];
    const turned = (await cli('layout', 'rotate', ...at, '--object', '0', '--deg', '90', '--json')).out as {
      entry: { kind: string };
    };
    expect(turned.entry.kind).toBe('rotate');
    const objects = (await cli('objects', ...at, '--json')).out as ObjectOut[];
    expect(objects.find((o) => o.id === 0)!.box.yaw).toBeCloseTo(Math.PI / 2, 12);
    let cursor: unknown = 0;
    while (cursor !== null) cursor = ((await cli('layout', 'undo', ...at, '--json')).out as { cursor: unknown }).cursor;
    // Undone past the first test's edits too: exactly the imported objects.
    expect(((await cli('objects', ...at, '--json')).out as ObjectOut[]).map((o) => o.box)).toEqual(
      original.map((o) => o.box),
    );
    expect(before).not.toEqual(original);

    const action = await cli('layout', 'fly', ...at);
    expect(action.code).toBe(2);
    expect(action.stderr).toBe(
      "studio layout: unknown layout action 'fly' (one of move, rotate, undo, redo, history)\n",
    );
    const object = await cli('layout', 'move', ...at, '--object', '99', '--to', '0,0,0');
    expect(object.stderr).toBe(`studio layout: scene ${SCENE} has no object 99\n`);
    const vector = await cli('layout', 'move', ...at, '--object', '1', '--to', '1,2');
    expect(vector.stderr).toBe('studio layout: --to must be three numbers X,Y,Z in metres, got "1,2"\n');
    const scene = await cli('layout', 'history', '--project', project, '--scene', 'nope');
    expect(scene.code).toBe(1);
    expect(scene.stderr).toBe('studio layout: scene not found: nope\n');
  });
});
