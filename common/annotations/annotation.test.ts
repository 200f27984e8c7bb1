import { describe, expect, it } from 'vitest';
import { completeDraft, validateAnnotation, validateAnnotationDraft, type AnnotationDraft } from './annotation';
import { EXAMPLE_ANNOTATIONS } from './examples';

const distance = EXAMPLE_ANNOTATIONS.find((a) => a.task === 'distance')!;

function issuesOf(input: unknown) {
  const result = validateAnnotation(input);
  if (result.ok) throw new Error('expected the record to be rejected');
  return result.issues;
}

describe('validateAnnotation', () => {
  it('accepts the example of every task', () => {
    expect(new Set(EXAMPLE_ANNOTATIONS.map((a) => a.task))).toEqual(
      new Set(['vqa', 'grounding', 'caption', 'distance', 'layout_edit']),
    );
    for (const example of EXAMPLE_ANNOTATIONS)
      expect(validateAnnotation(example)).toEqual({ ok: true, value: example });
  });

  it('names the field of each problem by its path', () => {
    const issues = issuesOf({ ...distance, value: { kind: 'distance', metric: 'euclid', metres: -1 } });
    expect(issues.map((i) => i.path)).toEqual(['value.metric', 'value.metres']);
  });

  it('ties the value kind to the task', () => {
    const issues = issuesOf({ ...distance, task: 'grounding' });
    expect(issues.map((i) => i.path)).toContain('value.kind');
  });

  it('rejects an unknown task, blank text, bad timestamps, boxes and referents', () => {
    expect(issuesOf({ ...distance, task: 'summary' })[0]!.path).toBe('task');
    expect(issuesOf({ ...distance, text: '   ' })).toEqual([{ path: 'text', message: 'must not be empty' }]);
    expect(issuesOf({ ...distance, created_at: 'yesterday' })[0]!.path).toBe('created_at');
    expect(issuesOf({ ...distance, referents: [{ id: 1.5, role: 'target' }] })[0]!.path).toBe('referents.0.id');
    expect(issuesOf({ ...distance, referents: [{ id: 1, role: 'subject' }] })[0]!.path).toBe('referents.0.role');
    const grounding = EXAMPLE_ANNOTATIONS.find((a) => a.task === 'grounding')!;
    const badBox = { kind: 'object', object_id: 4, box: { center: [0, 0, 0], size: [1, -1, 1], yaw: 0 } };
    expect(issuesOf({ ...grounding, value: badBox })[0]!.path).toBe('value.box.size.1');
    expect(issuesOf({ ...distance, source: { kind: 'template', template_id: 't' } })[0]!.path).toBe(
      'source.template_version',
    );
  });

  it('requires the review fields of a full record but not of a draft', () => {
    const { status: _s, created_at: _c, ...draft } = distance;
    expect(
      issuesOf(draft)
        .map((i) => i.path)
        .sort(),
    ).toEqual(['created_at', 'status']);
    expect(validateAnnotationDraft(draft).ok).toBe(true);
  });
});

describe('completeDraft', () => {
  it('fills only what the draft lacks', () => {
    const draft: AnnotationDraft = {
      id: 'x',
      scene_id: 's',
      task: 'caption',
      text: 'a red chair',
      answer: '',
      value: { kind: 'caption', object_id: 3 },
      referents: [{ id: 3, role: 'target' }],
      source: { kind: 'human' },
    };
    const done = completeDraft(draft, { now: '2025-01-01T00:00:00.000Z', annotator: 'bo' });
    expect(done).toMatchObject({
      status: 'generated',
      flagged: false,
      annotator: 'bo',
      revision: 1,
      created_at: '2025-01-01T00:00:00.000Z',
      updated_at: '2025-01-01T00:00:00.000Z',
    });
    expect(validateAnnotation(done).ok).toBe(true);
    expect(
      completeDraft(
        { ...draft, status: 'accepted', annotator: null },
        { now: '2025-01-01T00:00:00Z', annotator: 'bo' },
      ),
    ).toMatchObject({ status: 'accepted', annotator: null });
  });
});
