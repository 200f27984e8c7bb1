import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-placement';

const label = (id: number, x: number, y: number, priority = 0): LabelCandidate => ({
  id,
  x,
  y,
  width: 60,
  height: 18,
  priority,
});

describe('placeLabels', () => {
  it('hides a label that overlaps one of higher priority, and keeps separate ones', () => {
    const shown = placeLabels([label(1, 100, 100, 1), label(2, 110, 105, 5), label(3, 300, 100, 0)], 800, 600);
    expect([...shown].sort()).toEqual([2, 3]);
  });

  it('drops labels off screen', () => {
    expect(placeLabels([label(1, -100, 50), label(2, 50, 900)], 800, 600).size).toBe(0);
  });

  it('never shows two overlapping labels however many pile on one spot', () => {
    const many = Array.from({ length: 50 }, (_, i) => label(i, 200 + (i % 5) * 7, 200 + (i % 3) * 4, i % 7));
    expect(placeLabels(many, 800, 600).size).toBe(1);
  });
});
