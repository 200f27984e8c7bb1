/** Renders benchmark figures as a plain-text table for people. */
import type { BenchFigure } from './figure';

const number = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3));

export function formatTable(rows: (BenchFigure & { bench: string })[]): string {
  const header = ['bench', 'figure', 'value', 'baseline', 'ratio', 'goal', 'ok'];
  const body = rows.map((f) => [
    f.bench,
    f.name,
    `${number(f.value)} ${f.unit}`,
    f.baseline ? `${f.baseline.name}: ${number(f.baseline.value)}` : '',
    f.ratio === undefined ? '' : number(f.ratio),
    f.goal,
    f.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
