import { describe, expect, it } from 'vitest';
import { parseLabelMap } from './scannet-label-map';

const HEADER = 'id\traw_category\tcategory\tcount\tnyu40id\teigen13id\tnyuClass\tnyu40class\tmpcat40index';

describe('parseLabelMap', () => {
  it('maps raw categories to NYU40 by header names', () => {
    const map = parseLabelMap(
      `${HEADER}\n1\twall\twall\t8277\t1\t12\twall\twall\t1\n2\toffice chair\tchair\t4646\t5\t4\tchair\tchair\t3\n`,
      'map.tsv',
    );
    expect(map.get('office chair')).toEqual({ nyu40id: 5, nyu40class: 'chair' });
    expect(map.size).toBe(2);
  });

  it('names the line and column of bad rows', () => {
    expect(() => parseLabelMap('id\tcategory\n', 'm.tsv')).toThrow(
      'm.tsv (line 1): raw_category: missing column in header',
    );
    expect(() => parseLabelMap(`${HEADER}\n1\tlamp\tlamp\t3\tforty\t1\tlamp\tlamp\t1\n`, 'm.tsv')).toThrow(
      "m.tsv (line 2): nyu40id: 'forty' is not an NYU40 id (0–40)",
    );
    expect(() => parseLabelMap(`${HEADER}\n\n1\t\tlamp\t3\t35\t1\tlamp\tlamp\t1\n`, 'm.tsv')).toThrow(
      'm.tsv (line 3): raw_category: empty',
    );
  });
});
