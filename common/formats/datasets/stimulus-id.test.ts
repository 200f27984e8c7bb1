import { describe, expect, it } from 'vitest';
import { formatStimulusId, parseStimulusId } from './stimulus-id';

describe('stimulus_id', () => {
  it('splits scan, label, count, target and distractors', () => {
    expect(parseStimulusId('scene0525_00-kitchen_cabinets-3-11-12-14')).toEqual({
      ok: true,
      stimulus: {
        scanId: 'scene0525_00',
        label: 'kitchen cabinets',
        objectCount: 3,
        targetId: 11,
        distractorIds: [12, 14],
      },
    });
    expect(parseStimulusId('scene0001_00-t-shirt-1-4')).toMatchObject({
      ok: true,
      stimulus: { label: 't-shirt', objectCount: 1, targetId: 4 },
    });
  });

  it('rejects malformed ids and counts that disagree with the list', () => {
    expect(parseStimulusId('scene0525_00-chair').ok).toBe(false);
    expect(parseStimulusId('scene0525_00-chair-x-3').ok).toBe(false);
    expect(parseStimulusId('scene0525_00-chair-3-11-12')).toEqual({
      ok: false,
      reason: '"scene0525_00-chair-3-11-12" claims 3 objects but lists 2',
    });
  });

  it('formats what it parses', () => {
    const text = formatStimulusId({
      scanId: 'scene0525_00',
      label: 'kitchen cabinets',
      targetId: 11,
      distractorIds: [12, 14],
    });
    expect(text).toBe('scene0525_00-kitchen_cabinets-3-11-12-14');
  });
});
