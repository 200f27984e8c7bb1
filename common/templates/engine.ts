/**
 * The template engine: one scene + a template set + a seed → MODLE annotation drafts.
 *
 * - Deterministic: the random source is seeded from (scene id, set id, set version, seed), and
 *   candidates are listed in a fixed order (object ids) before being shuffled by it.
 * - Balanced: within a task, templates take turns (round robin over their shuffled candidates)
 *   until the task's limit is reached or every template has run dry.
 * - De-duplicated on task + text; an id is `${sceneId}:${templateId}:${hash of text}`, so the
 *   same annotation regenerated keeps its id.
 * - Drafts carry source {kind:'template', template_id, template_version}; the store adds status
 *   and timestamps.
 */
import { TASKS, type AnnotationDraft, type Task } from '../annotations/annotation';
import type { SceneObject } from '../domain/scene';
import type { RoomInput } from '../placement';
import { GENERATORS, type Candidate } from './generators';
import { SceneContext } from './scene-context';
import { hashText, seededRandom, shuffled } from './seeded';
import type { Template, TemplateSet } from './template-set';

export const DEFAULT_TASK_LIMIT = 40;

export interface SceneInput {
  sceneId: string;
  objects: readonly SceneObject[];
  room?: RoomInput;
}

export interface GenerateOptions {
  seed: number;
  /** Tasks to generate; all five when omitted. */
  tasks?: readonly Task[];
  /** Most annotations per task for this scene; DEFAULT_TASK_LIMIT for tasks not named. */
  limits?: Partial<Record<Task, number>>;
}

export function generateAnnotations(scene: SceneInput, set: TemplateSet, options: GenerateOptions): AnnotationDraft[] {
  const ctx = new SceneContext(scene.sceneId, scene.objects, scene.room);
  const random = seededRandom(`${scene.sceneId}|${set.id}|${set.version}|${options.seed}`);
  const wanted = new Set(options.tasks ?? TASKS);
  const drafts: AnnotationDraft[] = [];
  for (const task of TASKS) {
    if (!wanted.has(task)) continue;
    const limit = options.limits?.[task] ?? DEFAULT_TASK_LIMIT;
    drafts.push(...generateTask(task, limit, ctx, set, random));
  }
  return drafts;
}

function generateTask(
  task: Task,
  limit: number,
  ctx: SceneContext,
  set: TemplateSet,
  random: () => number,
): AnnotationDraft[] {
  const queues: { template: Template; candidates: Candidate[] }[] = set.templates
    .filter((t) => t.task === task)
    .map((template) => ({ template, candidates: shuffled(GENERATORS[template.truth](template, ctx, set), random) }));
  const texts = new Set<string>();
  const out: AnnotationDraft[] = [];
  while (out.length < limit && queues.some((q) => q.candidates.length > 0)) {
    for (const queue of queues) {
      if (out.length >= limit) break;
      // Take candidates from this template until one yields an annotation (or it runs dry).
      while (queue.candidates.length > 0) {
        const body = queue.candidates.shift()!.make(random);
        if (body === null || texts.has(body.text)) continue;
        texts.add(body.text);
        out.push({
          id: `${ctx.sceneId}:${queue.template.id}:${hashText(body.text)}`,
          scene_id: ctx.sceneId,
          ...body,
          source: { kind: 'template', template_id: queue.template.id, template_version: set.version },
        } as AnnotationDraft);
        break;
      }
    }
  }
  return out;
}
