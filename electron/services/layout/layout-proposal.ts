/**
 * A typed instruction ("move the chair next to the desk") turned into a proposed edit for the
 * instruction box: the target box read by the template grammar (`proposeLayoutEdit`) or taken from
 * the spatial model's answer (`proposalFromModel`), then checked where it lands (common/placement:
 * inside the room, standing on something, colliding with nothing). Problems are returned as data
 * for the user to see and confirm, never thrown.
 */
import type { LayoutProposal, PlacementIssue, ProposalSource } from '../../../common/api/layout';
import type { Box } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';
import { editToDiff, type LayoutEdit } from '../../../common/layout/edits';
import { layoutFromObjects } from '../../../common/layout/layout';
import type { AskResult } from '../../../common/model/decode';
import { checkPlacement, roomFromObjects } from '../../../common/placement';
import { readInstruction } from './instruction-reader';

export function proposeLayoutEdit(text: string, objects: readonly SceneObject[]): LayoutProposal {
  const read = readInstruction(text, objects);
  if ('error' in read) return { ok: false, message: read.error, source: 'template-grammar' };
  const { objectId, box } = read.edit;
  const object = objects.find((o) => o.id === objectId);
  if (object === undefined)
    return { ok: false, message: `object ${objectId} is not in the scene`, source: 'template-grammar' };
  return proposal(object, box, read.partner?.objectId ?? null, objects, 'template-grammar', read.templateId);
}

/** The model's layout answer as a proposal; null when it proposed no edit. */
export function proposalFromModel(result: AskResult, objects: readonly SceneObject[]): LayoutProposal | null {
  const object = result.edit && objects.find((o) => o.id === result.edit!.object);
  if (!result.edit || !object) return null;
  const rule = result.referents.map((r) => `${r.role} ${r.id} ${r.score.toFixed(2)}`).join(', ');
  return proposal(object, result.edit.box, result.edit.partner?.id ?? null, objects, 'spatial-model', rule);
}

function proposal(
  object: SceneObject,
  box: Box,
  partnerId: number | null,
  objects: readonly SceneObject[],
  source: ProposalSource,
  rule: string,
): LayoutProposal {
  // A swap moves two objects: one `swap` edit, so it is one entry and undoes as one.
  // The ghost shows what the store will do with the edit, so a swap's box comes from `editToDiff`.
  const edit: LayoutEdit =
    partnerId === null ? { kind: 'place', id: object.id, box } : { kind: 'swap', a: object.id, b: partnerId };
  const after = partnerId === null ? box : swappedBox(edit, object.id, objects);
  return {
    ok: true,
    edit,
    objectId: object.id,
    label: object.label,
    before: object.box,
    after,
    summary: summarize(object, after),
    issues: placementIssues(after, object.id, objects, partnerId === null ? [] : [partnerId]),
    source,
    rule,
  };
}

function placementIssues(
  box: Box,
  movingId: number,
  objects: readonly SceneObject[],
  ignore: readonly number[],
): PlacementIssue[] {
  const check = checkPlacement(box, { objects, room: roomFromObjects(objects), movingId, ignore });
  const issues: PlacementIssue[] = [];
  const name = (id: number) => {
    const other = objects.find((o) => o.id === id);
    return other ? `${other.label} ${id}` : `object ${id}`;
  };
  if (check.collisions.length > 0) {
    issues.push({
      kind: 'collision',
      message: `collides with ${check.collisions.map(name).join(', ')}`,
      objectIds: check.collisions,
    });
  }
  if (!check.inside) issues.push({ kind: 'out-of-room', message: 'leaves the room', objectIds: [] });
  if (!check.supported)
    issues.push({ kind: 'unsupported', message: 'stands on nothing (floats or sinks)', objectIds: [] });
  return issues;
}

function swappedBox(edit: LayoutEdit, objectId: number, objects: readonly SceneObject[]): Box {
  const diff = editToDiff(layoutFromObjects(objects), edit);
  return diff.updated.find(([from]) => from.id === objectId)![1].box;
}

function summarize(object: SceneObject, box: Box): string {
  const [dx, dy, dz] = box.center.map((v, i) => v - object.box.center[i]!);
  const turn = Math.round(((box.yaw - object.box.yaw) * 180) / Math.PI);
  const parts = [`move ${Math.hypot(dx!, dy!, dz!).toFixed(2)} m`];
  if (turn !== 0) parts.push(`turn ${turn}°`);
  return `${object.label} ${object.id}: ${parts.join(', ')}`;
}
