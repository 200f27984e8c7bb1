import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LayoutHistoryStore } from './history-store';

const here = dirname(fileURLToPath(import.meta.url));
const writer = join(here, 'crash-writer.fixture.ts');
const dir = mkdtempSync(join(tmpdir(), 'layout-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the writer, kills it with SIGKILL once it has acknowledged `killAfter` entries. */
function writeUntilKilled(file: string, journalMode: string, seed: number, killAfter: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, journalMode, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: number[] = [];
    let pending = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const [what, id] = line.split(' ');
        if (what === 'entry') acknowledged.push(Number(id));
      }
      if (acknowledged.length >= killAfter && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(acknowledged);
      else reject(new Error(`writer ended by itself before the kill: ${errors}`));
    });
  });
}

describe('LayoutHistoryStore after a crash', () => {
  for (const [journalMode, seed, killAfter] of [
    ['wal', 11, 150],
    ['delete', 29, 90],
  ] as const) {
    it(`keeps every acknowledged entry when the writer is killed mid-stream (${journalMode} journal)`, async () => {
      const file = join(dir, `${journalMode}.sqlite`);
      const acknowledged = await writeUntilKilled(file, journalMode, seed, killAfter);
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);

      const db = new Database(file);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const store = new LayoutHistoryStore(db);
        const scene = 'scene0001_00';
        for (const id of acknowledged) expect(store.entry(scene, id).id).toBe(id);
        expect(store.currentLayout(scene)).toEqual(store.replayLayout(scene));
        // The cursor stands on an entry that exists, and undo walks back to the original intact.
        let steps = 0;
        while (store.undo(scene).changed) steps++;
        expect(store.currentLayout(scene)).toEqual(store.originalLayout(scene));
        expect(steps).toBeGreaterThan(0);
      } finally {
        db.close();
      }
    }, 60_000);
  }
});
