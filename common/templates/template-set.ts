/**
 * Template sets are data (resources/templates/*.json); this module is their schema. A set has an
 * id and an integer version (annotations record both, so regenerating with a new version is
 * traceable); each template names its task, its slots, its phrasings and the truth — the
 * predicate or measurement that produces its answer. Validation checks more than shapes: every
 * placeholder is a declared slot, the truth's required slots are declared, the truth belongs to
 * the template's task, and `anchorFrame` is set exactly on templates whose truth uses
 * left/right/front/behind (SPEC §2: such a template says so in its definition).
 */
import { z } from 'zod';
import { TASKS, type Task } from '../annotations/annotation';

interface TruthSpec {
  task: Task;
  slots: readonly string[];
  anchorFrame: boolean;
}

/** Every truth the engine can compute, with the task it serves and the slots it fills. */
export const TRUTHS = {
  'distance.center': { task: 'distance', slots: ['target', 'anchor'], anchorFrame: false },
  'distance.gap': { task: 'distance', slots: ['target', 'anchor'], anchorFrame: false },
  'vqa.count': { task: 'vqa', slots: ['categories'], anchorFrame: false },
  'vqa.exists': { task: 'vqa', slots: ['category'], anchorFrame: false },
  'vqa.side': { task: 'vqa', slots: ['target', 'anchor'], anchorFrame: true },
  'vqa.closest_object': { task: 'vqa', slots: ['anchor'], anchorFrame: false },
  'vqa.on_what': { task: 'vqa', slots: ['anchor'], anchorFrame: false },
  'grounding.attribute': { task: 'grounding', slots: ['target'], anchorFrame: false },
  'grounding.relation': { task: 'grounding', slots: ['target'], anchorFrame: false },
  'grounding.anchor_side': { task: 'grounding', slots: ['target'], anchorFrame: true },
  'caption.relations': { task: 'caption', slots: ['object', 'facts'], anchorFrame: false },
  'layout.next_to': { task: 'layout_edit', slots: ['target', 'anchor'], anchorFrame: false },
  'layout.left': { task: 'layout_edit', slots: ['target', 'anchor'], anchorFrame: true },
  'layout.right': { task: 'layout_edit', slots: ['target', 'anchor'], anchorFrame: true },
  'layout.front': { task: 'layout_edit', slots: ['target', 'anchor'], anchorFrame: true },
  'layout.behind': { task: 'layout_edit', slots: ['target', 'anchor'], anchorFrame: true },
  'layout.move_by': { task: 'layout_edit', slots: ['target', 'metres', 'direction'], anchorFrame: true },
  'layout.towards': { task: 'layout_edit', slots: ['target', 'anchor', 'metres'], anchorFrame: false },
  'layout.face': { task: 'layout_edit', slots: ['target', 'anchor'], anchorFrame: true },
  'layout.put_on': { task: 'layout_edit', slots: ['target', 'anchor'], anchorFrame: false },
  'layout.swap': { task: 'layout_edit', slots: ['target', 'anchor'], anchorFrame: false },
} as const satisfies Record<string, TruthSpec>;

export type TruthName = keyof typeof TRUTHS;
const TRUTH_NAMES = Object.keys(TRUTHS) as [TruthName, ...TruthName[]];

const PLACEHOLDER = /\{([a-z_]+)\}/g;

export function placeholders(phrasing: string): string[] {
  return [...phrasing.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_.-]+$/, 'must be lower-case letters, digits, _ . -'),
    task: z.enum(TASKS),
    truth: z.enum(TRUTH_NAMES),
    slots: z.array(z.string().regex(/^[a-z_]+$/)).min(1),
    phrasings: z.array(z.string().min(1)).min(1),
    anchorFrame: z.boolean().optional(),
    description: z.string().optional(),
  })
  .superRefine((template, ctx) => {
    const spec: TruthSpec = TRUTHS[template.truth];
    if (spec.task !== template.task) {
      ctx.addIssue({
        code: 'custom',
        path: ['truth'],
        message: `truth "${template.truth}" belongs to task ${spec.task}, not ${template.task}`,
      });
    }
    for (const slot of spec.slots) {
      if (!template.slots.includes(slot)) {
        ctx.addIssue({ code: 'custom', path: ['slots'], message: `truth "${template.truth}" needs slot "${slot}"` });
      }
    }
    if ((template.anchorFrame ?? false) !== spec.anchorFrame) {
      ctx.addIssue({
        code: 'custom',
        path: ['anchorFrame'],
        message: spec.anchorFrame
          ? `truth "${template.truth}" uses left/right/front/behind: set anchorFrame: true`
          : `truth "${template.truth}" uses no anchor frame: anchorFrame must be false or absent`,
      });
    }
    template.phrasings.forEach((phrasing, index) => {
      for (const name of placeholders(phrasing)) {
        if (!template.slots.includes(name)) {
          ctx.addIssue({
            code: 'custom',
            path: ['phrasings', index],
            message: `placeholder {${name}} is not a declared slot`,
          });
        }
      }
    });
  });

export const templateSetSchema = z
  .object({
    id: z.string().min(1),
    version: z.number().int().min(0),
    description: z.string().optional(),
    /** Categories asked about in existence questions; those absent from a scene give "no" answers. */
    existenceCategories: z.array(z.string().min(1)).default([]),
    templates: z.array(templateSchema).min(1),
  })
  .superRefine((set, ctx) => {
    const seen = new Set<string>();
    set.templates.forEach((template, index) => {
      if (seen.has(template.id))
        ctx.addIssue({
          code: 'custom',
          path: ['templates', index, 'id'],
          message: `duplicate template id "${template.id}"`,
        });
      seen.add(template.id);
    });
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplateSet = z.infer<typeof templateSetSchema>;

export class TemplateSetError extends Error {
  constructor(
    readonly source: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(`${source}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    this.name = 'TemplateSetError';
  }
}

/** Validates a parsed template set; `source` (a file name) prefixes every error. */
export function parseTemplateSet(input: unknown, source = 'template set'): TemplateSet {
  const result = templateSetSchema.safeParse(input);
  if (result.success) return result.data;
  throw new TemplateSetError(
    source,
    result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}

export function templatesFor(set: TemplateSet, task: Task): Template[] {
  return set.templates.filter((t) => t.task === task);
}
