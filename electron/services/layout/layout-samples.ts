/**
 * History entries as MODLE `layout_edit` records (common/annotations/annotation.ts): a designer's
 * edits become training and evaluation samples for the layout-editing task. One record per object
 * whose box the entry changed; the instruction's text when the edit came from one, otherwise a
 * plain sentence of what was done. Every record is checked against the MODLE schema before it is
 * handed out, so an export never writes one that the importer would refuse.
 */
import type { LayoutSamples } from '../../../common/api/layout';
import { validateAnnotation, type Annotation, type AnnotationSource } from '../../../common/annotations/annotation';
import type { Box } from '../../../common/domain/box';
import type { EditOrigin, HistoryEntry } from '../../../common/layout/history';
import { sameBox, type LayoutObject } from '../../../common/layout/layout';

export function layoutSamples(sceneId: string, entries: readonly HistoryEntry[]): LayoutSamples {
  const records: Annotation[] = [];
  const skipped: LayoutSamples['skipped'] = [];
  for (const entry of entries) {
    const moved = entry.forward.updated.filter(([from, to]) => !sameBox(from.box, to.box));
    if (moved.length === 0) {
      skipped.push({ entryId: entry.id, reason: `a ${entry.kind} entry changes no object's box` });
      continue;
    }
    for (const [from, to] of moved) {
      const record = toRecord(sceneId, entry, from, to);
      const checked = validateAnnotation(record);
      if (!checked.ok) {
        const issue = checked.issues[0]!;
        throw new Error(`layout sample of entry ${entry.id}, object ${from.id}: ${issue.path}: ${issue.message}`);
      }
      records.push(checked.value);
    }
  }
  return { records, skipped };
}

function toRecord(sceneId: string, entry: HistoryEntry, from: LayoutObject, to: LayoutObject): Annotation {
  const time = new Date(entry.time).toISOString();
  const fromModel = entry.origin === 'model';
  return {
    id: `${sceneId}:layout:${entry.id}:${from.id}`,
    scene_id: sceneId,
    task: 'layout_edit',
    text: entry.text?.trim() ? entry.text.trim() : sentence(entry, from, to),
    answer: '',
    value: { kind: 'layout', object_id: from.id, box_before: copyBox(from.box), box_after: copyBox(to.box) },
    referents: [{ id: from.id, role: 'target' }],
    source: sourceOf(entry.origin),
    // A person made or accepted the edit, except the model's own, which still awaits review.
    status: fromModel ? 'generated' : 'accepted',
    flagged: false,
    annotator: null,
    created_at: time,
    updated_at: time,
    revision: 1,
  };
}

function sourceOf(origin: EditOrigin): AnnotationSource {
  if (origin === 'model') return { kind: 'model', model: 'spatial-3d-llm', version: '' };
  if (origin === 'import') return { kind: 'import', format: 'modle' };
  return { kind: 'human' };
}

const m = (value: number): string => value.toFixed(2);

function sentence(entry: HistoryEntry, from: LayoutObject, to: LayoutObject): string {
  const name = `the ${to.label}`;
  const [x, y, z] = to.box.center;
  const at = `(${m(x)}, ${m(y)}, ${m(z)})`;
  if (entry.kind === 'rotate') return `Rotate ${name} to ${Math.round((to.box.yaw * 180) / Math.PI)} degrees.`;
  if (entry.kind === 'resize') return `Resize ${name} to ${to.box.size.map(m).join(' x ')} m.`;
  if (entry.kind === 'revert') return `Put ${name} back where it was.`;
  if (entry.kind === 'swap') return `Move ${name} to ${at}, swapping it with another object.`;
  return sameBoxSize(from.box, to.box) && from.box.yaw === to.box.yaw
    ? `Move ${name} to ${at}.`
    : `Place ${name} at ${at}, turned to ${Math.round((to.box.yaw * 180) / Math.PI)} degrees.`;
}

function sameBoxSize(a: Box, b: Box): boolean {
  return a.size.every((v, i) => v === b.size[i]);
}

function copyBox(box: Box): Box {
  return { center: [...box.center], size: [...box.size], yaw: box.yaw };
}
