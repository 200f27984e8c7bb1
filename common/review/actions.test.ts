import { describe, expect, it } from 'vitest';
import { annotationRecord } from '../annotations/testing/record';
import { actionPatch, isContentEdit, undoPatch } from './actions';

const record = annotationRecord();

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
