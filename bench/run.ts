/**
 * `npm run bench [-- NAME...] [--json]`: runs every `bench/*.bench.ts` (or the named ones), each
 * in turn so they don't compete for the two cores, and prints every figure with its baseline,
 * ratio and goal — as a table, or as one JSON document with --json. Exits non-zero when a goal
 * is missed, so a regression can't pass unnoticed.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchFigure } from './figure';
import { formatTable } from './table';

interface BenchReport {
  bench: string;
  figures: BenchFigure[];
  error?: string;
}

const BENCH_DIR = resolve(import.meta.dirname);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const wanted = args.filter((a) => !a.startsWith('--'));
  const all = readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith('.bench.ts'))
    .map((f) => f.replace(/\.bench\.ts$/, ''))
    .sort();
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length > 0) {
    console.error(`bench: no benchmark named ${unknown.join(', ')} (have: ${all.join(', ')})`);
    return 2;
  }

  const reports: BenchReport[] = [];
  for (const bench of wanted.length > 0 ? wanted : all) {
    console.error(`== ${bench}`);
    try {
      const module = (await import(pathToFileURL(join(BENCH_DIR, `${bench}.bench.ts`)).href)) as {
        default: () => Promise<BenchFigure[]>;
      };
      reports.push({ bench, figures: await module.default() });
    } catch (error) {
      reports.push({ bench, figures: [], error: error instanceof Error ? error.message : String(error) });
    }
  }

  const document = { machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, reports };
  writeFileSync(join(BENCH_DIR, '..', 'bench-results.json'), JSON.stringify(document, null, 2));
  if (json) console.log(JSON.stringify(document));
  else console.log(formatTable(reports.flatMap((r) => r.figures.map((f) => ({ bench: r.bench, ...f })))));
  for (const r of reports) if (r.error) console.error(`bench ${r.bench} failed: ${r.error}`);
  const failed = reports.some((r) => r.error || r.figures.some((f) => !f.pass));
  return failed ? 1 : 0;
}

process.exitCode = await main();
