/** Timing and summary helpers every benchmark shares: warm once, time N runs, take the median or a percentile. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile, `p` in (0, 1]. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

/** Times `runs` calls of `work` (after `warmups` untimed ones: page cache, JIT, statement cache). */
export function timeRuns(runs: number, work: (run: number) => unknown, warmups = 1): number[] {
  for (let i = 0; i < warmups; i++) work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return times;
}

export async function timeRunsAsync(
  runs: number,
  work: (run: number) => Promise<unknown>,
  warmups = 1,
): Promise<number[]> {
  for (let i = 0; i < warmups; i++) await work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  return times;
}
