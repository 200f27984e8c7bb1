/**
 * From the model's layout reading to a box the studio can apply. The model names the moved object
 * (target), what the instruction is relative to (anchor), the intent (relation class), a distance
 * for "move X d metres towards Y" and an offset from the anchor. The studio's geometry turns that
 * reading into the box: intents with a geometric meaning (next to, a side, on, face, swap) go
 * through `layoutTarget`, the same function the template engine used to make the training data, so
 * the box stands on a surface, keeps clear of everything and satisfies its own words; anything else
 * (towards, or an intent the scene cannot satisfy) is placed by the solver nearest the predicted
 * spot, with a search radius that widens until a free spot turns up.
 */
import type { Box } from '../domain/box';
import type { SceneObject } from '../domain/scene';
import { roomFromObjects } from '../placement/room';
import { solvePlacement } from '../placement/solve';
import { isMovable, layoutTarget, stepTowards, type LayoutIntent } from '../templates/layout-targets';
import type { Relation } from './config';

export interface ProposedEdit {
  object: number;
  box: Box;
  /** A swap moves a second object too: where it goes. */
  partner?: { id: number; box: Box };
}

export interface LayoutReading {
  target: SceneObject;
  anchor: SceneObject;
  relation: Relation;
  /** Predicted target centre minus anchor centre (metres, scene frame). */
  offset: ArrayLike<number>;
  /** Predicted metres for a "towards" move. */
  metres: number;
}

type GeometricIntent = Exclude<LayoutIntent['kind'], 'towards' | 'move_by'>;

const INTENT_OF_RELATION: Partial<Record<Relation, GeometricIntent>> = {
  'next to': 'next_to',
  left: 'left',
  right: 'right',
  front: 'front',
  behind: 'behind',
  on: 'put_on',
  face: 'face',
  swap: 'swap',
};

/** Search radii (m) around the predicted spot, tried in turn. */
const SEARCH_RADII = [0.6, 1.2, 2.4];

export function proposeEdit(reading: LayoutReading, objects: readonly SceneObject[]): ProposedEdit | null {
  const { target, anchor, relation } = reading;
  if (!isMovable(target)) return null; // the solver would move a wall if asked
  const scene = { objects, room: roomFromObjects(objects) };
  const hasAnchor = anchor.id !== target.id;
  const kind = INTENT_OF_RELATION[relation];
  if (kind !== undefined && hasAnchor) {
    const placed = layoutTarget({ kind, targetId: target.id, anchorId: anchor.id }, scene);
    if (placed !== null)
      return { object: target.id, box: placed.box, ...(placed.partner ? { partner: placed.partner } : {}) };
  }
  const wish = predictedSpot(reading);
  const supportId = relation === 'on' && hasAnchor ? anchor.id : null;
  for (const maxRadius of SEARCH_RADII) {
    const box = solvePlacement({ movingId: target.id, center: wish, supportId, maxRadius }, scene);
    if (box !== null) return { object: target.id, box };
  }
  return null;
}

/** Where the model says the target should go: d metres towards the anchor, else anchor + offset. */
function predictedSpot({ target, anchor, relation, offset, metres }: LayoutReading): [number, number] {
  const towards =
    relation === 'near' && anchor.id !== target.id && metres > 0 ? stepTowards(target.box, anchor.box, metres) : null;
  return towards ?? [anchor.box.center[0] + offset[0]!, anchor.box.center[1] + offset[1]!];
}
