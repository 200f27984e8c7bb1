/**
 * Which onnxruntime execution providers to try, best first: CUDA → DirectML → CoreML → CPU, as
 * far as the platform ships them. The worker falls back down the list when one fails to start
 * (no CUDA libraries, no GPU), so CPU always ends the list.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type ProviderName = 'cuda' | 'dml' | 'coreml' | 'cpu';

export function providerOrder(
  platform: NodeJS.Platform = process.platform,
  override = process.env.SPATIAL_MODEL_PROVIDER,
): ProviderName[] {
  const order: ProviderName[] =
    platform === 'win32'
      ? ['cuda', 'dml', 'cpu']
      : platform === 'darwin'
        ? ['coreml', 'cpu']
        : platform === 'linux'
          ? ['cuda', 'cpu']
          : ['cpu'];
  if (override && (['cuda', 'dml', 'coreml', 'cpu'] as string[]).includes(override)) {
    const first = override as ProviderName;
    const ordered: ProviderName[] = [first, ...order.filter((p) => p !== first && p !== 'cpu'), 'cpu'];
    return ordered.filter((p, i) => ordered.indexOf(p) === i);
  }
  return order;
}

/**
 * Whether onnxruntime-node's CUDA provider libraries are installed (the project's .npmrc skips
 * them; `npm run gpu:setup` fetches them). Without them, trying CUDA only prints a loader error
 * before the fallback, so it is left out of the default order. Windows ships CUDA/DirectML inside the package.
 */
export function cudaProviderInstalled(): boolean {
  if (process.platform !== 'linux') return true;
  try {
    const entry = createRequire(import.meta.url).resolve('onnxruntime-node');
    const root = entry.slice(0, entry.lastIndexOf('onnxruntime-node') + 'onnxruntime-node'.length);
    return existsSync(join(root, 'bin', 'napi-v6', 'linux', process.arch, 'libonnxruntime_providers_cuda.so'));
  } catch {
    return false;
  }
}
