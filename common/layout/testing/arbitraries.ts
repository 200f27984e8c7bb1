/**
 * fast-check generators for layout tests: layouts, and edit "intents" that resolve to a valid
 * edit against whatever layout the sequence has reached (an intent picks an object by index, so
 * a sequence stays meaningful after objects are added and removed). Test-only.
 */
import fc from 'fast-check';
import type { Box, Vec3 } from '../../domain/box';
import type { LayoutEdit } from '../edits';
import { layoutFromObjects, layoutObjects, type Layout, type LayoutObject } from '../layout';

const coordinate = fc.oneof(
  fc.integer({ min: -500, max: 500 }).map((cm) => cm / 100),
  fc.double({ min: -10, max: 10, noNaN: true }),
);
const extent = fc.integer({ min: 1, max: 300 }).map((cm) => cm / 100);
const vec = fc.tuple(coordinate, coordinate, coordinate) as fc.Arbitrary<Vec3>;
const sizeVec = fc.tuple(extent, extent, extent) as fc.Arbitrary<Vec3>;
const yaw = fc.double({ min: -Math.PI, max: Math.PI, noNaN: true });
const label = fc.constantFrom('chair', 'table', 'sofa', 'lamp', 'bed', 'desk', 'tv');

export const boxArb: fc.Arbitrary<Box> = fc.record({ center: vec, size: sizeVec, yaw });

export const layoutObjectArb = (id: fc.Arbitrary<number>): fc.Arbitrary<LayoutObject> =>
  fc.record({ id, label, box: boxArb });

export const layoutArb: fc.Arbitrary<Layout> = fc
  .uniqueArray(layoutObjectArb(fc.integer({ min: 0, max: 40 })), { selector: (o) => o.id, maxLength: 8 })
  .map((objects) => layoutFromObjects(objects));

export type EditIntent =
  | { kind: 'move'; pick: number; center: Vec3 }
  | { kind: 'rotate'; pick: number; yaw: number }
  | { kind: 'resize'; pick: number; size: Vec3 }
  | { kind: 'relabel'; pick: number; label: string }
  | { kind: 'place'; pick: number; box: Box }
  | { kind: 'add'; object: LayoutObject }
  | { kind: 'remove'; pick: number }
  | { kind: 'swap'; pick: number; other: number };

const pick = fc.nat(1000);

export const editIntentArb: fc.Arbitrary<EditIntent> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), pick, center: vec }),
  fc.record({ kind: fc.constant('rotate' as const), pick, yaw }),
  fc.record({ kind: fc.constant('resize' as const), pick, size: sizeVec }),
  fc.record({ kind: fc.constant('relabel' as const), pick, label }),
  fc.record({ kind: fc.constant('place' as const), pick, box: boxArb }),
  fc.record({ kind: fc.constant('add' as const), object: layoutObjectArb(fc.integer({ min: 0, max: 60 })) }),
  fc.record({ kind: fc.constant('remove' as const), pick }),
  fc.record({ kind: fc.constant('swap' as const), pick, other: pick }),
);

/** The edit an intent means on `layout`; an add when there is nothing to pick from. */
export function resolveIntent(intent: EditIntent, layout: Layout): LayoutEdit {
  const ids = layoutObjects(layout).map((o) => o.id);
  if (intent.kind === 'add' || ids.length === 0 || (intent.kind === 'swap' && ids.length < 2)) {
    const object = intent.kind === 'add' ? intent.object : { id: 0, label: 'box', box: unitBox() };
    const id = layout.has(object.id) ? Math.max(...ids) + 1 : object.id;
    return { kind: 'add', object: { ...object, id } };
  }
  const id = ids[intent.pick % ids.length]!;
  switch (intent.kind) {
    case 'move':
      return { kind: 'move', id, center: intent.center };
    case 'rotate':
      return { kind: 'rotate', id, yaw: intent.yaw };
    case 'resize':
      return { kind: 'resize', id, size: intent.size };
    case 'relabel':
      return { kind: 'relabel', id, label: intent.label };
    case 'place':
      return { kind: 'place', id, box: intent.box };
    case 'remove':
      return { kind: 'remove', id };
    case 'swap': {
      const others = ids.filter((other) => other !== id);
      return { kind: 'swap', a: id, b: others[intent.other % others.length]! };
    }
  }
}

function unitBox(): Box {
  return { center: [0, 0, 0.5], size: [1, 1, 1], yaw: 0 };
}
