/**
 * The shape every benchmark reports: a measured figure, the named baseline it is compared with in
 * the same run, their ratio, and the goal it is held to.
 */
export interface BenchFigure {
  /** e.g. "import 1.5M-point binary PLY" */
  name: string;
  value: number;
  unit: 'ms' | 's' | 'MB' | 'x' | 'items/s' | 'ratio';
  baseline?: { name: string; value: number };
  /** value / baseline.value (or the figure the goal is stated in). */
  ratio?: number;
  /** Human-readable goal, e.g. "ratio <= 0.33" or "<= 50 ms". */
  goal: string;
  pass: boolean;
}

/** A benchmark module's default export. */
export type Benchmark = () => Promise<BenchFigure[]>;
