import { describe, expect, it } from 'vitest';
import { annotationRecord } from '../../../common/annotations/testing/record';
import { NO_FILTERS } from './annotation-view-store';
import { annotationFocus, pickPatch, queryFilter } from './focus';

const box = { center: [1, 2, 0.5] as [number, number, number], size: [1, 1, 1] as [number, number, number], yaw: 0 };

describe('annotation focus', () => {
  it('draws a distance line between target and anchor', () => {
    const a = annotationRecord({
      task: 'distance',
      value: { kind: 'distance', metric: 'gap', metres: 1 },
      referents: [
        { id: 4, role: 'anchor' },
        { id: 7, role: 'target' },
      ],
    });
    expect(annotationFocus(a)).toEqual({ referents: a.referents, distance: { a: 7, b: 4 } });
  });

  it('shows a layout item target box as a ghost', () => {
    const a = annotationRecord({
      task: 'layout_edit',
      value: { kind: 'layout', object_id: 3, box_before: box, box_after: { ...box, center: [2, 2, 0.5] } },
      referents: [{ id: 3, role: 'target' }],
    });
    expect(annotationFocus(a).ghost?.center).toEqual([2, 2, 0.5]);
  });

  it('turns the filter form into a query, leaving empty fields out', () => {
    expect(queryFilter(NO_FILTERS, 'scene1')).toEqual({ scene: 'scene1' });
    expect(
      queryFilter({ ...NO_FILTERS, scene: 'all', status: 'accepted', text: ' lamp ', flagged: true }, 's'),
    ).toEqual({
      status: 'accepted',
      text: 'lamp',
      flagged: true,
    });
  });
});

describe('picking a referent', () => {
  it('replaces the role and moves a grounding answer to the picked object', () => {
    const a = annotationRecord({
      task: 'grounding',
      value: { kind: 'object', object_id: 3 },
      referents: [
        { id: 3, role: 'target' },
        { id: 5, role: 'anchor' },
      ],
    });
    const objects = [{ id: 9, label: 'chair', nyu40: null, box, obb: box, points: 1, color: [0, 0, 0] }] as const;
    expect(pickPatch(a, 'target', 9, objects as never)).toEqual({
      referents: [
        { id: 5, role: 'anchor' },
        { id: 9, role: 'target' },
      ],
      value: { kind: 'object', object_id: 9, box },
    });
    expect(pickPatch(a, 'anchor', 3, [])).toEqual({ referents: [{ id: 3, role: 'anchor' }] });
  });
});
