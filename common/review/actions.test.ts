import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/annotation';
import { actionPatch, isContentEdit, undoPatch } from './actions';

const record = {
  id: 'a',
  scene_id: 's',
  task: 'vqa',
  text: 'Is there a chair?',
  answer: 'yes',
  value: { kind: 'answers', answers: ['yes'] },
  referents: [],
  source: { kind: 'human' },
  status: 'generated',
  flagged: false,
  annotator: null,
  created_at: '2025-05-01T09:30:00.000Z',
  updated_at: '2025-05-01T09:30:00.000Z',
  revision: 1,
} as Annotation;

describe('review actions', () => {
  it('accept is corrected after an edit, accepted otherwise', () => {
    expect(actionPatch('accept', record, false)).toEqual({ status: 'accepted' });
    expect(actionPatch('accept', record, true)).toEqual({ status: 'corrected' });
    expect(actionPatch('accept', { ...record, status: 'corrected' }, false)).toEqual({ status: 'corrected' });
  });

  it('reject sets rejected; flag toggles', () => {
    expect(actionPatch('reject', record, false)).toEqual({ status: 'rejected' });
    expect(actionPatch('flag', record, false)).toEqual({ flagged: true });
    expect(actionPatch('flag', { ...record, flagged: true }, false)).toEqual({ flagged: false });
  });

  it('undo writes back only what the patch changed', () => {
    expect(undoPatch(record, { status: 'accepted', answer: 'yes' })).toEqual({ status: 'generated' });
    expect(undoPatch(record, { text: 'Is there a sofa?', flagged: true })).toEqual({
      text: 'Is there a chair?',
      flagged: false,
    });
  });

  it('tells content edits from review state', () => {
    expect(isContentEdit({ status: 'accepted' })).toBe(false);
    expect(isContentEdit({ answer: 'no' })).toBe(true);
  });
});
