/**
 * Starts the real web shell (`electron/web/main.ts`) as a child process on a fresh data folder,
 * the way `npm run web` does, and reads the address it prints. Restarting it on the same folder
 * is how tests check that nothing is lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface RunningWebShell {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'studio-e2e-'));
}

export async function startWebShell(dataDir = freshDataDir(), extraArgs: string[] = []): Promise<RunningWebShell> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', ...extraArgs], {
    cwd: ROOT,
    env: { ...process.env, SPATIAL_STUDIO_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`web shell did not start in time:\n${output}`)), 60_000);
    const check = () => {
      const match = /web shell: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web shell exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    dataDir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}
