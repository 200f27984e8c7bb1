import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RequestInput, RequestName, RequestResult } from '../../../common/api/contract';
import { AnnotationStore } from '../annotations/annotation-store';
import { labelledScene, sampleRecord } from '../annotations/test-support';
import { openProject } from '../project/project-store';
import { createStudio, type Studio } from '../studio';

let dir: string;
let studio: Studio;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'review-handlers-'));
  const projectPath = join(dir, 'p.studio');
  const store = openProject(projectPath, { create: true });
  store.addScenes([labelledScene('scene0000_00', { 1: 'chair', 2: 'table' })]);
  new AnnotationStore(store).insertMany([
    sampleRecord('r0', 'scene0000_00', 'vqa'),
    sampleRecord('r1', 'scene0000_00', 'distance'),
  ]);
  store.close();
  studio = await createStudio({ dataDir: join(dir, 'data'), projectPath, samples: false, log: () => {} });
});
afterEach(() => {
  studio.close();
  rmSync(dir, { recursive: true, force: true });
});

async function value<N extends RequestName>(method: N, input: RequestInput<N>): Promise<RequestResult<N>> {
  const outcome = await studio.dispatch(method, input, { signal: new AbortController().signal, progress: () => {} });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value as RequestResult<N>;
}

describe('review requests', () => {
  it('stores the annotator name in settings.json and reads it back after a restart', async () => {
    expect(await value('settings.get', {})).toEqual({ annotator: null });
    expect(await value('settings.set', { annotator: 'Ada' })).toEqual({ annotator: 'Ada' });
    studio.close();
    studio = await createStudio({
      dataDir: join(dir, 'data'),
      projectPath: join(dir, 'p.studio'),
      samples: false,
      log: () => {},
    });
    expect(await value('settings.get', {})).toEqual({ annotator: 'Ada' });
  });

  it('refuses an empty annotator name as invalid input', async () => {
    const outcome = await studio.dispatch(
      'settings.set',
      { annotator: ' ' },
      { signal: new AbortController().signal, progress: () => {} },
    );
    expect(outcome.ok).toBe(false);
  });

  it('records a reject reason and an accept-anyway override as audit rows of the same revision', async () => {
    const rejected = await value('review.apply', {
      id: 'r0',
      patch: { status: 'rejected' },
      annotator: 'Ada',
      note: { reason: 'answer is wrong' },
    });
    expect(rejected).toMatchObject({ status: 'rejected', revision: 2, annotator: 'Ada' });
    const accepted = await value('review.apply', {
      id: 'r0',
      patch: { status: 'accepted' },
      annotator: 'Bo',
      note: { override: ['"the chair" now picks 2 objects (1, 3)'], undo: true },
    });
    expect(accepted.revision).toBe(3);
    const audit = await value('annotations.audit', { id: 'r0' });
    expect(audit.map((a) => [a.field, a.old, a.new, a.annotator, a.revision])).toEqual([
      ['status', 'generated', 'rejected', 'Ada', 2],
      ['reason', null, 'answer is wrong', 'Ada', 2],
      ['status', 'rejected', 'accepted', 'Bo', 3],
      ['override', null, ['"the chair" now picks 2 objects (1, 3)'], 'Bo', 3],
      ['undo', null, true, 'Bo', 3],
    ]);
  });

  it('writes no note when the patch changes nothing', async () => {
    await value('review.apply', { id: 'r1', patch: { status: 'generated' }, annotator: 'Ada', note: { reason: 'x' } });
    expect(await value('annotations.audit', { id: 'r1' })).toEqual([]);
  });

  it('counts status changes per day for the dashboard, per scene', async () => {
    await value('review.apply', { id: 'r0', patch: { status: 'accepted' }, annotator: 'Ada' });
    await value('review.apply', { id: 'r1', patch: { flagged: true }, annotator: 'Ada' });
    await value('review.apply', { id: 'r1', patch: { status: 'rejected' }, annotator: 'Ada' });
    const today = new Date().toISOString().slice(0, 10);
    expect(await value('review.activity', {})).toEqual([{ bucket: today, reviews: 2 }]);
    expect(await value('review.activity', { scene: 'elsewhere' })).toEqual([]);
    const hours = await value('review.activity', { bucket: 'hour', scene: 'scene0000_00' });
    expect(hours.reduce((n, h) => n + h.reviews, 0)).toBe(2);
  });
});
