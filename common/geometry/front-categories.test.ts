import { describe, expect, it } from 'vitest';
import { hasFront } from './front-categories';

describe('hasFront', () => {
  it('accepts the SPEC §2 categories and their common variants', () => {
    for (const label of ['chair', 'sofa', 'bed', 'desk', 'table', 'cabinet', 'TV', 'television', 'toilet']) {
      expect(hasFront(label)).toBe(true);
    }
    for (const label of [
      'office_chair',
      'Kitchen Cabinets',
      'armchair',
      'sofa chair',
      'tv stand',
      'dining-table',
      'bookshelves',
      'tvs',
    ]) {
      expect(hasFront(label)).toBe(true);
    }
  });

  it('rejects frontless things, including tables named for having no front', () => {
    for (const label of [
      'lamp',
      'desk lamp',
      'trash can',
      'pillow',
      'stool',
      'coffee table',
      'round_table',
      'box',
      'plant',
      '',
      '  ',
    ]) {
      expect(hasFront(label)).toBe(false);
    }
  });
});
