/**
 * `npm run bench:review`: the annotation table on 263K records in headless Chromium. Runs the
 * end-to-end test that builds the project and drives the table, reads the times it recorded, and
 * holds each to the goal (a filtered or scrolled page shown in <= 100 ms), beside the
 * baseline measured in the same page: the bare request over the socket.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BenchFigure } from '../figure';
import { formatTable } from '../table';

const ROOT = resolve(import.meta.dirname, '../..');
const GOAL_MS = 100;
const LABELS: Record<string, string> = {
  statusFilterMs: 'filter by status (rejected)',
  statusFilter2Ms: 'filter by status (accepted)',
  clearFilterMs: 'clear the filter',
  scrollMiddleMs: 'scroll to row 130,000',
  scrollEndMs: 'scroll to the last row',
  scrollNearMs: 'scroll back to row 262,000',
};

const out = join(mkdtempSync(join(tmpdir(), 'review-bench-')), 'figures.json');
const run = spawnSync('npx', ['playwright', 'test', 'e2e/review.spec.ts', '-g', '263K'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, REVIEW_TABLE_FIGURES: out },
});
if (run.status !== 0) {
  console.error('bench:review: the table test failed; no figures');
  process.exit(1);
}
const measured = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
const baseline = {
  name: 'same page request over the socket, no table (median of 7)',
  value: measured.serverRoundTripMs!,
};
const figures: BenchFigure[] = Object.entries(LABELS).map(([key, label]) => {
  const value = measured[key]!;
  return {
    name: `review table, 263K annotations: ${label}`,
    value: Math.round(value * 10) / 10,
    unit: 'ms',
    baseline,
    ratio: Math.round((value / baseline.value) * 100) / 100,
    goal: `<= ${GOAL_MS} ms`,
    pass: value <= GOAL_MS,
  };
});
console.log(formatTable(figures.map((f) => ({ bench: 'review', ...f }))));
console.log(JSON.stringify({ figures }));
process.exitCode = figures.every((f) => f.pass) ? 0 : 1;
