#!/usr/bin/env node
// `npm run gpu:setup`: fetches onnxruntime-node's CUDA 12 execution provider, which the project's
// .npmrc skips at install time (its download host isn't reachable everywhere). For Linux x64
// users with an NVIDIA driver and CUDA 12; Windows already ships DirectML, macOS uses CoreML.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`Nothing to do on ${process.platform}/${process.arch}: the CUDA provider is only fetched for Linux x64.`);
  process.exit(0);
}

const require = createRequire(import.meta.url);
const installScript = join(dirname(require.resolve('onnxruntime-node/package.json')), 'script', 'install.js');
// The environment variable wins over the `skip` that npm passes on from .npmrc.
const result = spawnSync(process.execPath, [installScript], {
  stdio: 'inherit',
  env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'cuda12' },
});
if (result.status !== 0) {
  console.error('gpu:setup: could not fetch the CUDA provider (see above). The studio keeps working on the CPU.');
  process.exit(result.status ?? 1);
}
console.log('gpu:setup: CUDA provider installed; the studio will use it when a CUDA 12 GPU is present.');
