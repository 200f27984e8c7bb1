import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './main';

/** Runs the CLI in-process and captures what it writes. */
async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out = { write: (s: string) => ((stdout += s), true) } as NodeJS.WritableStream;
  const err = { write: (s: string) => ((stderr += s), true) } as NodeJS.WritableStream;
  const code = await runCli(argv, out, err);
  return { code, stdout, stderr };
}

const SPEC_COMMANDS = [
  'synth',
  'import',
  'scenes',
  'objects',
  'generate',
  'annotations',
  'import-annotations',
  'export',
  'layout',
  'ask',
  'eval',
  'bench',
];

describe('studio CLI', () => {
  it('lists every command of the SPEC §6 contract in --help', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    for (const name of SPEC_COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${name}\\s`, 'm'));
  });

  it('exits non-zero with one clear line for an unknown command, a bad option or a missing value', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("studio: unknown command 'frobnicate' (see 'studio --help')\n");
    const badOption = await cli('scenes', '--projekt', 'x');
    expect(badOption.code).not.toBe(0);
    expect(badOption.stderr.trim().split('\n')).toHaveLength(1);
    const missing = await cli('synth', '--count', '2', '--out', '/tmp/x', '--seed', 'abc');
    expect(missing.stderr).toBe('studio synth: --seed must be an integer, got "abc"\n');
  });

  it('synthesises rooms, imports them and lists scenes and objects as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const synth = await cli('synth', '--count', '2', '--seed', '11', '--out', join(dir, 'rooms'), '--json');
    expect(synth.code).toBe(0);
    const { scenes } = JSON.parse(synth.stdout) as { scenes: { id: string; dir: string }[] };
    expect(scenes.map((s) => s.id)).toEqual(['synth0011_00', 'synth0011_01']);

    const project = join(dir, 'p.studio');
    const imported = await cli('import', join(dir, 'rooms'), '--project', project, '--json', '--quiet');
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout) as { scenes: { id: string; points: number; objects: number }[] };
    expect(summary.scenes.map((s) => s.id)).toEqual(['synth0011_00', 'synth0011_01']);

    const listed = JSON.parse((await cli('scenes', '--project', project, '--json')).stdout);
    expect(listed).toEqual(summary.scenes);

    const objects = JSON.parse(
      (await cli('objects', '--project', project, '--scene', 'synth0011_00', '--json')).stdout,
    ) as {
      id: number;
      label: string;
      box: { center: number[]; size: number[]; yaw: number };
      points: number;
    }[];
    expect(objects).toHaveLength(summary.scenes[0]!.objects);
    expect(Object.keys(objects[0]!).sort()).toEqual(['box', 'id', 'label', 'points']);
    expect(objects.every((o) => o.box.yaw === 0)).toBe(true);

    // Importing the same scenes again is refused whole; the project is unchanged.
    const again = await cli('import', join(dir, 'rooms'), '--project', project, '--quiet');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/synth0011_00/);
    expect(JSON.parse((await cli('scenes', '--project', project, '--json')).stdout)).toEqual(summary.scenes);
  });

  it('names the missing project file', async () => {
    const { code, stderr } = await cli('scenes', '--project', '/nonexistent/x.studio');
    expect(code).toBe(1);
    expect(stderr).toContain('/nonexistent/x.studio');
  });
});
