import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASKS } from '../../../common/annotations/annotation';
import type { AskResult } from '../../../common/model/decode';
import { openProject } from '../../services/project/project-store';
import { sampleScene } from '../../services/project/sample-scene';
import { runCli } from '../main';

let dir: string;
let project: string;

/** The CLI in this process, capturing what it writes. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = { write: (s: string) => ((stdout += s), true) } as NodeJS.WriteStream;
  const err = { write: (s: string) => ((stderr += s), true) } as NodeJS.WriteStream;
  const code = await runCli(argv, out, err);
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-ask-'));
  project = join(dir, 'p.studio');
  const store = openProject(project, { create: true });
  store.addScenes([sampleScene('room', 3000, 4, 6)]);
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('studio ask', () => {
  it('answers a question about a scene as JSON, referents from that scene with scores', async () => {
    const { code, stdout } = await cli(
      'ask',
      '--project',
      project,
      '--scene',
      'room',
      'How far is the chair from the table?',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AskResult;
    expect(TASKS).toContain(result.task);
    const store = openProject(project);
    const ids = store.getObjects('room').map((o) => o.id);
    store.close();
    expect(result.referents.length).toBeGreaterThan(0);
    for (const r of result.referents) {
      expect(ids).toContain(r.id);
      expect(['target', 'anchor']).toContain(r.role);
    }
    if (result.task === 'distance') expect(result.distance).toBeGreaterThanOrEqual(0);
  });

  it('prints the task and referents as text and says which provider ran it', async () => {
    const { code, stdout, stderr } = await cli(
      'ask',
      '--project',
      project,
      '--scene',
      'room',
      'where',
      'is',
      'the',
      'chair?',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^task: \w+\nreferents: (target|anchor) \d+ \(\d\.\d\d\)/);
    expect(stderr).toMatch(/model on (cpu|cuda)/);
  });

  it('exits non-zero with one clear line for no question, an unknown scene or a missing model', async () => {
    const none = await cli('ask', '--project', project, '--scene', 'room');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/ask needs the question/);
    const unknown = await cli('ask', '--project', project, '--scene', 'nope', 'where is the bed?');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/nope/);
    const noModel = await cli('ask', '--project', project, '--scene', 'room', '--model', dir, 'where is the bed?');
    expect(noModel.code).not.toBe(0);
    expect(noModel.stderr).toMatch(/spatial-model\.manifest\.json/);
  });
});
