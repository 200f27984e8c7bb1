#!/usr/bin/env node
// `npm start`: the desktop app where Electron can run; otherwise one line saying why, then the
// web shell, whose address is printed for any browser on this machine.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

function electronUnavailableReason() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return 'the electron package is not installed';
  }
  // Reading path.txt instead of require('electron') avoids its download-on-first-use, which
  // hangs on machines that can't reach the binary's host.
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile))
    return 'the Electron binary has not been downloaded (run `npx install-electron` where the download host is reachable)';
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return `the Electron binary is missing (${binary})`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY)
    return 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)';
  return null;
}

function run(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

const reason = electronUnavailableReason();
if (reason === null) {
  const desktop = run('npx', ['electron-forge', 'start']);
  desktop.on('error', (error) => {
    console.error(`Electron can't start (${error.message}); starting the web shell instead.`);
    run('npm', ['run', '-s', 'web']);
  });
} else {
  console.error(`Electron can't start here: ${reason}. Starting the web shell instead.`);
  run('npm', ['run', '-s', 'web', '--', ...process.argv.slice(2)]);
}
