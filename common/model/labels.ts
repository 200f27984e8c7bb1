/**
 * Supervision the model learns beyond what a MODLE record states outright: which relation a text
 * uses, and which object a layout offset is measured from. Shared by the data preparation and the
 * evaluation so both read a record the same way.
 */
import type { AnnotationDraft } from '../annotations/annotation';
import { RELATIONS, type Relation } from './config';
import { tokenize } from './tokenizer';

const LAYOUT_RELATIONS: Record<string, Relation> = {
  'layout.next_to': 'next to',
  'layout.left': 'left',
  'layout.right': 'right',
  'layout.front': 'front',
  'layout.behind': 'behind',
  'layout.put_on': 'on',
  'layout.towards': 'near',
  'layout.face': 'face',
  'layout.swap': 'swap',
};

/** Words that name a relation, most specific first. */
const RELATION_WORDS: [Relation, string[]][] = [
  ['closest', ['closest', 'nearest']],
  ['farthest', ['farthest', 'furthest']],
  ['between', ['between']],
  ['next to', ['beside', 'next']],
  ['left', ['left']],
  ['right', ['right']],
  ['front', ['front']],
  ['behind', ['behind', 'back']],
  ['above', ['above', 'over']],
  ['below', ['below', 'under', 'beneath']],
  ['on', ['on', 'top']],
  ['near', ['near', 'close']],
  ['far', ['far']],
];

/** The relation class of a record: from a layout template's id, else the first relation word of the text. */
export function relationOf(templateId: string | null, text: string): number {
  const byTemplate = templateId ? LAYOUT_RELATIONS[templateId] : undefined;
  if (byTemplate) return RELATIONS.indexOf(byTemplate);
  if (templateId?.startsWith('distance.')) return RELATIONS.indexOf('none');
  const words = new Set(tokenize(text));
  for (const [relation, cues] of RELATION_WORDS) if (cues.some((w) => words.has(w))) return RELATIONS.indexOf(relation);
  return RELATIONS.indexOf('none');
}

/** The template id of a template-made record, else null. */
export function templateIdOf(record: Pick<AnnotationDraft, 'source'>): string | null {
  return record.source.kind === 'template' ? record.source.template_id : null;
}

/** Target and anchor object ids a record names (the moved object is a layout edit's target). */
export function roleIds(record: AnnotationDraft): { target: number | null; anchor: number | null } {
  const first = (role: string): number | null => record.referents.find((r) => r.role === role)?.id ?? null;
  let target = first('target');
  if (record.value.kind === 'object' || record.value.kind === 'layout' || record.value.kind === 'caption')
    target = record.value.object_id;
  let anchor = first('anchor');
  // A layout offset is measured from the anchor; an edit without one moves relative to itself.
  if (record.task === 'layout_edit' && anchor === null) anchor = target;
  return { target, anchor };
}
