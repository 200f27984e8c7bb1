import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestInput, RequestName, RequestResult } from '../../../common/api/contract';
import type { ChangedEvent } from '../../../common/api/events';
import { TASKS } from '../../../common/annotations/annotation';
import { labelledScene, sampleRecord, synthObjectsScene } from '../annotations/test-support';
import { openProject } from '../project/project-store';
import { createStudio, type Studio } from '../studio';

let dir: string;
let studio: Studio;
let changes: ChangedEvent[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'annotation-handlers-'));
  const projectPath = join(dir, 'p.studio');
  const store = openProject(projectPath, { create: true });
  store.addScenes([labelledScene('scene0000_00', { 1: 'chair', 2: 'table' }), synthObjectsScene(7)]);
  store.close();
  studio = await createStudio({ dataDir: join(dir, 'data'), projectPath, samples: false, log: () => {} });
  changes = [];
  studio.events.subscribe((event) => {
    if (event.name === 'changed') changes.push(event.payload);
  });
});
afterEach(() => {
  studio.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, input: unknown, signal = new AbortController().signal) {
  const progress: string[] = [];
  const outcome = await studio.dispatch(method, input, { signal, progress: (_f, message) => progress.push(message) });
  return { outcome, progress };
}

async function value<N extends RequestName>(method: N, input: RequestInput<N>): Promise<RequestResult<N>> {
  const { outcome } = await call(method, input);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value as RequestResult<N>;
}

describe('annotation requests', () => {
  it('import, query, get, counts, update with audit, and export, publishing changes', async () => {
    const records = TASKS.map((task, n) => sampleRecord(`r${n}`, 'scene0000_00', task));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));

    const imported = await call('annotations.import', { paths: [file], format: 'modle' });
    expect(imported.outcome).toEqual({ ok: true, value: { imported: 5, unmatched: [], errors: [], refused: false } });
    expect(imported.progress.length).toBeGreaterThan(1);
    expect(changes).toEqual([{ topic: 'annotations' }]);

    const page = await value('annotations.query', { scene: 'scene0000_00', task: 'distance', limit: 10 });
    expect(page).toEqual({ rows: [records[3]], total: 1, nextCursor: null });
    expect(await value('annotations.get', { id: 'r0' })).toEqual(records[0]);
    expect(await value('annotations.counts', {})).toHaveLength(5);

    const updated = await value('annotations.update', { id: 'r0', patch: { status: 'accepted' }, annotator: 'ana' });
    expect(updated).toMatchObject({ status: 'accepted', revision: 2, annotator: 'ana' });
    expect(changes.at(-1)).toEqual({ topic: 'annotations', sceneId: 'scene0000_00' });
    expect((await value('annotations.audit', { id: 'r0' })).map((a) => a.field)).toEqual(['status']);

    const out = join(dir, 'out.jsonl');
    expect(await value('annotations.export', { path: out, format: 'modle-jsonl', status: ['accepted'] })).toEqual({
      exported: 1,
    });
    expect(JSON.parse(readFileSync(out, 'utf8')).id).toBe('r0');

    const invalid = await call('annotations.query', { limit: 0 });
    expect(invalid.outcome.ok).toBe(false);
    const missing = await call('annotations.get', { id: 'nope' });
    expect(missing.outcome).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('returns a refused import as data, storing nothing', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify([
        { scene_id: 'scene0000_00', object_id: '1', object_name: 'chair', ann_id: '0', description: '' },
      ]),
    );
    const result = await value('annotations.import', { paths: [file], format: 'scanrefer' });
    expect(result).toMatchObject({ imported: 0, refused: true, errors: [{ file, record: 0, field: 'description' }] });
    expect((await value('annotations.query', {})).total).toBe(0);
    expect(changes).toEqual([]);
  });

  it('generates with progress, and a cancelled generation stores nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const cancelled = await call('annotations.generate', { tasks: ['distance'], seed: 1 }, controller.signal);
    expect(cancelled.outcome).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect((await value('annotations.query', {})).total).toBe(0);

    const generated = await call('annotations.generate', { scene: 'synth0007_00', tasks: ['distance'], seed: 1 });
    expect(generated.outcome).toMatchObject({
      ok: true,
      value: { generated: 40, byTask: { distance: 40 }, skipped: 0 },
    });
    expect(generated.progress).toContain('synth0007_00: 40 annotation(s) (1/1)');
    expect(changes).toEqual([{ topic: 'annotations', sceneId: 'synth0007_00' }]);
  });
});
