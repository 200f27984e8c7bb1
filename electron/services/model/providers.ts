/**
 * Which onnxruntime execution providers to try, best first: CUDA → DirectML → CoreML → CPU, as
 * far as the platform ships them. The worker falls back down the list when one fails to start
 * (no CUDA libraries, no GPU), so CPU always ends the list.
 */
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
