import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TASKS, type Annotation } from '../../../common/annotations/annotation';
import { StudioError } from '../../../common/api/outcome';
import { openProject, type ProjectStore } from '../project/project-store';
import { AnnotationStore } from './annotation-store';
import { labelledScene, sampleRecord } from './test-support';

let dir: string;
let project: ProjectStore;
let store: AnnotationStore;
const EDIT_TIME = '2025-06-01T12:00:00.000Z';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'annotation-store-'));
  project = openProject(join(dir, 'p.studio'), { create: true });
  project.addScenes([
    labelledScene('scene0000_00', { 1: 'chair', 2: 'table', 3: 'lamp' }),
    labelledScene('scene0001_00', { 1: 'sofa', 2: 'bed' }),
  ]);
  store = new AnnotationStore(project, { now: () => EDIT_TIME });
});
afterEach(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

/** 2 scenes × 5 tasks × 3 records; every third accepted. */
function seed(): Annotation[] {
  const records: Annotation[] = [];
  for (const scene of ['scene0000_00', 'scene0001_00']) {
    for (const task of TASKS) {
      for (let n = 0; n < 3; n++) {
        records.push(sampleRecord(`${scene}:${task}:${n}`, scene, task, n === 0 ? 'accepted' : 'generated'));
      }
    }
  }
  store.insertMany(records);
  return records;
}

describe('AnnotationStore', () => {
  it('stores records and reads them back unchanged', () => {
    const records = seed();
    for (const record of records) expect(store.get(record.id)).toEqual(record);
    expect(store.all().map((r) => r.id)).toEqual(records.map((r) => r.id));
    expect(() => store.get('nope')).toThrow(/No annotation with id nope/);
  });

  it('filters by scene, task, status, template, source, annotator, flag and text', () => {
    seed();
    const ids = (query: Parameters<AnnotationStore['query']>[0]) =>
      store.query({ limit: 1000, ...query }).rows.map((r) => r.id);
    expect(ids({ scene: 'scene0001_00', task: 'distance', status: 'generated' })).toEqual([
      'scene0001_00:distance:1',
      'scene0001_00:distance:2',
    ]);
    // In the order they were stored.
    expect(ids({ task: ['vqa', 'caption'], status: 'accepted' })).toEqual([
      'scene0000_00:vqa:0',
      'scene0000_00:caption:0',
      'scene0001_00:vqa:0',
      'scene0001_00:caption:0',
    ]);
    expect(ids({ template: 'grounding.basic' })).toHaveLength(6);
    expect(ids({ source: 'template' })).toHaveLength(30);
    expect(ids({ source: 'import' })).toEqual([]);
    expect(ids({ text: 'how far' })).toHaveLength(6);
    // The last word matches as a prefix, so search-as-you-type finds records while typing.
    expect(ids({ text: 'wood', scene: 'scene0000_00' })).toEqual([
      'scene0000_00:caption:0',
      'scene0000_00:caption:1',
      'scene0000_00:caption:2',
    ]);
    // FTS syntax in user text is taken literally, never parsed.
    expect(ids({ text: 'chair" OR "table' })).toEqual(ids({ text: 'chair or table' }));
    store.update('scene0000_00:vqa:1', { flagged: true }, 'ana');
    expect(ids({ flagged: true })).toEqual(['scene0000_00:vqa:1']);
    expect(ids({ annotator: 'ana' })).toEqual(['scene0000_00:vqa:1']);
    expect(store.query({ flagged: false }).total).toBe(29);
  });

  it('pages by offset and by cursor with the same rows and a total of the whole filter', () => {
    seed();
    const all = store.query({ limit: 1000 }).rows.map((r) => r.id);
    const byOffset: string[] = [];
    for (let offset = 0; offset < 30; offset += 7) {
      const page = store.query({ limit: 7, offset });
      expect(page.total).toBe(30);
      byOffset.push(...page.rows.map((r) => r.id));
    }
    expect(byOffset).toEqual(all);
    // A page asked without the count has the same rows and no total.
    const uncounted = store.query({ limit: 7, offset: 14, withTotal: false });
    expect(uncounted.total).toBeNull();
    expect(uncounted.rows.map((r) => r.id)).toEqual(all.slice(14, 21));

    const byCursor: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = store.query({ limit: 7, ...(cursor ? { cursor } : {}) });
      byCursor.push(...page.rows.map((r) => r.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(byCursor).toEqual(all);
    expect(() => store.query({ cursor: 'abc' })).toThrow(/Not a page cursor/);
    const batches = [...store.batches({}, 7)];
    expect(batches.map((b) => b.length)).toEqual([7, 7, 7, 7, 2]);
    expect(batches.flat().map((r) => r.id)).toEqual(all);
  });

  it('serves deep pages from positions earlier pages found, and forgets them on any write', () => {
    seed();
    const ids = (filter: Parameters<AnnotationStore['query']>[0]) => store.query(filter).rows.map((r) => r.id);
    const generated = ids({ status: 'generated', limit: 1000 });
    // Jumps in any order, as a scrolled table asks: each page is the slice plain OFFSET gives.
    for (const offset of [12, 3, 19, 8, 0, 17, 5]) {
      expect(ids({ status: 'generated', limit: 3, offset, withTotal: false })).toEqual(
        generated.slice(offset, offset + 3),
      );
    }
    // A review edit moves a record out of the filter: positions after it shift by one.
    store.update(generated[4]!, { status: 'rejected' }, 'ana');
    const after = generated.filter((id) => id !== generated[4]);
    expect(ids({ status: 'generated', limit: 3, offset: 17 })).toEqual(after.slice(17, 20));
    expect(ids({ status: 'generated', limit: 3, offset: 9 })).toEqual(after.slice(9, 12));
    // So does a write through another connection (the command line's, say).
    const other = openProject(join(dir, 'p.studio'));
    try {
      new AnnotationStore(other).update(after[1]!, { status: 'accepted' }, 'cli');
    } finally {
      other.close();
    }
    const now = after.filter((id) => id !== after[1]);
    expect(ids({ status: 'generated', limit: 3, offset: 15 })).toEqual(now.slice(15, 18));
  });

  it('counts per scene, task and status', () => {
    seed();
    const counts = store.counts('scene0000_00');
    expect(counts).toHaveLength(10);
    expect(counts).toContainEqual({ scene_id: 'scene0000_00', task: 'vqa', status: 'accepted', count: 1 });
    expect(counts).toContainEqual({ scene_id: 'scene0000_00', task: 'vqa', status: 'generated', count: 2 });
    expect(store.counts().reduce((sum, c) => sum + c.count, 0)).toBe(30);
  });

  it('records a review edit with annotator, revision, updated_at and one audit row per changed field', () => {
    seed();
    const id = 'scene0000_00:distance:1';
    const updated = store.update(
      id,
      {
        answer: '1.25',
        value: { kind: 'distance', metric: 'center', metres: 1.25 },
        status: 'corrected',
        text: `How far is the chair from the table ${id}?`,
      },
      'ana',
    );
    expect(updated).toMatchObject({
      answer: '1.25',
      status: 'corrected',
      annotator: 'ana',
      revision: 2,
      updated_at: EDIT_TIME,
    });
    expect(store.get(id)).toEqual(updated);
    // text was sent unchanged, so it has no audit row
    expect(store.audit(id)).toEqual([
      { annotation_id: id, annotator: 'ana', at: EDIT_TIME, field: 'answer', old: '1.20', new: '1.25', revision: 2 },
      {
        annotation_id: id,
        annotator: 'ana',
        at: EDIT_TIME,
        field: 'value',
        old: { kind: 'distance', metric: 'center', metres: 1.2 },
        new: { kind: 'distance', metric: 'center', metres: 1.25 },
        revision: 2,
      },
      {
        annotation_id: id,
        annotator: 'ana',
        at: EDIT_TIME,
        field: 'status',
        old: 'generated',
        new: 'corrected',
        revision: 2,
      },
    ]);
    // Nothing changed: no new revision, no audit row.
    expect(store.update(id, { status: 'corrected' }, 'bo').revision).toBe(2);
    expect(store.audit(id)).toHaveLength(3);
    // The edited text is found by search, the old text no longer.
    store.update(id, { text: 'Distance between the armchair and the desk?' }, 'ana');
    expect(store.query({ text: 'armchair' }).rows.map((r) => r.id)).toEqual([id]);
    expect(store.query({ text: `How far is the chair from the table ${id}` }).total).toBe(0);
  });

  it('refuses an edit whose value does not fit the task or names an object the scene lacks, changing nothing', () => {
    seed();
    const id = 'scene0000_00:grounding:1';
    const before = store.get(id);
    expect(() => store.update(id, { value: { kind: 'answers', answers: ['x'] } }, 'ana')).toThrow(/value/);
    const missing = (() => {
      try {
        store.update(id, { referents: [{ id: 99, role: 'target' }] }, 'ana');
      } catch (error) {
        return error;
      }
    })();
    expect(missing).toBeInstanceOf(StudioError);
    expect((missing as StudioError).issues).toEqual([
      { path: 'referents.0.id', message: 'object 99 is not in scene scene0000_00' },
    ]);
    expect(store.get(id)).toEqual(before);
    expect(store.audit(id)).toEqual([]);
  });

  it('writes a batch in one transaction: a failing record leaves nothing behind', () => {
    seed();
    const good = sampleRecord('new:1', 'scene0000_00', 'vqa');
    const duplicate = sampleRecord('scene0000_00:vqa:0', 'scene0000_00', 'vqa');
    expect(() => store.insertMany([good, duplicate])).toThrow(/scene0000_00:vqa:0 is already in the project/);
    const unknownScene = sampleRecord('new:2', 'scene9999_00', 'vqa');
    expect(() => store.insertMany([good, unknownScene])).toThrow(/scene scene9999_00 is not in the project/);
    expect(store.query().total).toBe(30);
    expect(store.existingIds(['new:1'])).toEqual(new Set());
    expect(store.query({ text: 'new' }).total).toBe(0);
  });

  it('skips stored ids when asked (re-generation), keeping the stored record', () => {
    seed();
    store.update('scene0000_00:vqa:1', { status: 'rejected' }, 'ana');
    const again = [
      sampleRecord('scene0000_00:vqa:1', 'scene0000_00', 'vqa'),
      sampleRecord('new:1', 'scene0000_00', 'vqa'),
    ];
    expect(store.insertMany(again, { onExisting: 'skip' })).toEqual({ inserted: 1, skipped: 1 });
    expect(store.get('scene0000_00:vqa:1').status).toBe('rejected');
    // A later batch is searchable too (insertMany indexes each batch's text).
    expect(store.query({ text: 'chair new' }).rows.map((r) => r.id)).toEqual(['new:1']);
  });

  it('drops a scene’s annotations and their audit with the scene', () => {
    seed();
    store.update('scene0001_00:vqa:1', { flagged: true }, 'ana');
    project.removeScene('scene0001_00');
    expect(store.query().total).toBe(15);
    expect(store.audit('scene0001_00:vqa:1')).toEqual([]);
    expect(store.query({ text: 'chair', scene: 'scene0001_00' }).total).toBe(0);
  });
});
