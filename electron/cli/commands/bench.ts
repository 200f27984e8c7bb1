/**
 * `bench`: every benchmark figure with its baseline and ratio (SPEC §6). The benchmarks live in
 * bench/ beside the sources, so this runs their runner as a child process and passes its output on.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, type Command } from '../command';

const RUNNER = resolve(import.meta.dirname, '../../../bench/run.ts');

export const benchCommand: Command = {
  name: 'bench',
  summary: 'Run the benchmarks: every figure with its baseline, ratio and goal',
  usage: 'bench [NAME...] [--json]',
  positionals: true,
  async run(options, names) {
    if (!existsSync(RUNNER)) throw new CliError(`the benchmarks are not part of this installation (${RUNNER})`);
    const args = ['--import', 'tsx', RUNNER, ...names, ...(options.json ? ['--json'] : [])];
    const code = await new Promise<number>((done) =>
      spawn(process.execPath, args, { stdio: 'inherit' }).on('exit', (c) => done(c ?? 1)),
    );
    if (code !== 0) throw new CliError(`benchmarks failed or missed a goal (exit ${code})`);
    return undefined;
  },
};
