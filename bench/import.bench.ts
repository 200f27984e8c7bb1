/**
 * Import benchmark: streaming a 1.5M-vertex ScanNet-like binary PLY (with ≈ 2× faces) from disk,
 * against three.js `PLYLoader.parse` of the same bytes and a plain `fs.readFile` in the same run,
 * plus the peak memory of a child process importing the file, against the size of its point data.
 *
 * Run as a child with IMPORT_BENCH_CHILD=<ply path>, this file imports that PLY and prints
 * `{baseline, peak, pointBytes}` as JSON (the memory probe).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { encodePly } from '../common/formats/ply-write';
import { importScenes } from '../electron/services/import/import-scenes';
import { readPlyFile } from '../electron/services/import/read-ply-file';
import type { BenchFigure } from './figure';
import { median, timeRunsAsync } from './stats';

const VERTICES = 1_500_000;
const FACES = 2 * VERTICES;
const RUNS = 7;
const round = (value: number): number => Math.round(value * 100) / 100;

/** A room-sized cloud with ScanNet's layout; faces join neighbouring vertices like a mesh would. */
function scanLikePly(): Uint8Array {
  let seed = 12345;
  const random = (): number => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const positions = new Float32Array(VERTICES * 3);
  const colors = new Uint8Array(VERTICES * 3);
  for (let i = 0; i < VERTICES; i++) {
    positions[i * 3] = random() * 8;
    positions[i * 3 + 1] = random() * 6;
    positions[i * 3 + 2] = random() * 3;
    colors[i * 3] = random() * 256;
    colors[i * 3 + 1] = random() * 256;
    colors[i * 3 + 2] = random() * 256;
  }
  const faces = new Uint32Array(FACES * 3);
  for (let f = 0; f < FACES; f++) {
    const a = Math.floor(f / 2);
    faces[f * 3] = a;
    faces[f * 3 + 1] = (a + 1 + (f % 2)) % VERTICES;
    faces[f * 3 + 2] = (a + 2 + (f % 2)) % VERTICES;
  }
  return encodePly({ positions, colors, faces, format: 'binary' });
}

interface MemoryReport {
  baseline: number;
  peak: number;
  pointBytes: number;
}

/**
 * The process's RSS high-water mark in bytes. On Linux, VmHWM of /proc/self/status: it belongs to
 * the process's own address space, whereas getrusage's maxRSS can carry the parent's RSS from
 * before exec (the bench parent holds the 63 MB file). Elsewhere, maxRSS.
 */
function rssHighWater(): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** The child side: import once, report the RSS high-water mark against RSS just before. */
async function memoryProbe(path: string): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  const [scene] = await importScenes([path]);
  const peak = rssHighWater();
  const pointBytes = scene!.positions.byteLength + scene!.colors.byteLength + scene!.instances.byteLength;
  const report: MemoryReport = { baseline, peak, pointBytes };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

async function measureChildMemory(path: string): Promise<MemoryReport> {
  const self = fileURLToPath(import.meta.url);
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', self], {
    env: { ...process.env, IMPORT_BENCH_CHILD: path },
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as MemoryReport;
}

export default async function importBench(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'import-bench-'));
  try {
    const path = join(dir, 'scene_bench_vh_clean_2.ply');
    const bytes = scanLikePly();
    writeFileSync(path, bytes);
    const megabytes = (bytes.length / 1e6).toFixed(1);

    const ours = median(await timeRunsAsync(RUNS, async () => readPlyFile(path)));
    const fileBytes = await readFile(path);
    const arrayBuffer = fileBytes.buffer.slice(fileBytes.byteOffset, fileBytes.byteOffset + fileBytes.byteLength);
    // Loaded here, not at the top, so the memory-probe child does not carry three.js.
    const { PLYLoader } = await import('three/examples/jsm/loaders/PLYLoader.js');
    const loader = new PLYLoader();
    const three = median(await timeRunsAsync(RUNS, async () => loader.parse(arrayBuffer)));
    const plain = median(await timeRunsAsync(RUNS, async () => readFile(path)));
    const memory = await measureChildMemory(path);
    const extra = memory.peak - memory.baseline;
    const memoryRatio = extra / memory.pointBytes;

    return [
      {
        name: `import: stream-parse 1.5M-vertex binary PLY (${megabytes} MB, 3M faces) from disk, median of ${RUNS}`,
        value: round(ours),
        unit: 'ms',
        baseline: { name: 'three.js PLYLoader.parse of the same bytes (already in memory)', value: round(three) },
        ratio: round(ours / three),
        goal: 'ratio <= 0.33',
        pass: ours / three <= 1 / 3,
      },
      {
        name: `import: stream-parse 1.5M-vertex binary PLY vs plain fs.readFile, median of ${RUNS}`,
        value: round(ours),
        unit: 'ms',
        baseline: { name: `fs.readFile of the same ${megabytes} MB`, value: round(plain) },
        ratio: round(ours / plain),
        goal: 'ratio <= 3',
        pass: ours / plain <= 3,
      },
      {
        name: 'import: child-process peak memory above baseline (RSS high-water mark, an upper bound) importing the PLY',
        value: round(extra / 1e6),
        unit: 'MB',
        baseline: {
          name: 'point data bytes (positions + colors + instances), MB',
          value: round(memory.pointBytes / 1e6),
        },
        ratio: round(memoryRatio),
        goal: 'ratio <= 2.5',
        pass: memoryRatio <= 2.5,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childPath = process.env.IMPORT_BENCH_CHILD;
if (childPath) await memoryProbe(childPath);
