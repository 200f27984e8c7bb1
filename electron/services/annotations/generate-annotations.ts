/**
 * Template generation over a project: run the template engine (common/templates) on each scene's
 * current objects and store what is new in one transaction. Ids are stable (scene, template,
 * text), so generating again with the same seed adds nothing and never touches records a
 * reviewer already changed.
 */
import { completeDraft, type Annotation, type Task } from '../../../common/annotations/annotation';
import type { GenerateAnnotationsResult } from '../../../common/annotations/query';
import { bundledTemplateSet } from '../../../common/templates/bundled';
import { generateAnnotations } from '../../../common/templates/engine';
import type { TemplateSet } from '../../../common/templates/template-set';
import type { ProjectStore } from '../project/project-store';
import { AnnotationStore } from './annotation-store';

export interface GenerateProjectOptions {
  tasks: readonly Task[];
  seed: number;
  /** One scene; every scene of the project when absent. */
  scene?: string;
  /** The template set; the bundled MODLE set when absent. */
  set?: TemplateSet;
  /** Most annotations per task and scene (the engine's default when absent). */
  limits?: Partial<Record<Task, number>>;
  signal?: AbortSignal;
  onProgress?: (fraction: number | null, message: string) => void;
  now?: string;
}

/** Yield to the event loop between scenes so a cancel request (or any other call) gets through. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export async function generateProjectAnnotations(
  project: ProjectStore,
  options: GenerateProjectOptions,
): Promise<GenerateAnnotationsResult> {
  const progress = options.onProgress ?? (() => {});
  const set = options.set ?? bundledTemplateSet();
  const sceneIds =
    options.scene !== undefined ? [project.getScene(options.scene).id] : project.listScenes().map((s) => s.id);
  const now = options.now ?? new Date().toISOString();
  const records: Annotation[] = [];
  for (const [index, sceneId] of sceneIds.entries()) {
    options.signal?.throwIfAborted();
    const drafts = generateAnnotations({ sceneId, objects: project.getObjects(sceneId) }, set, {
      seed: options.seed,
      tasks: options.tasks,
      ...(options.limits ? { limits: options.limits } : {}),
    });
    for (const draft of drafts) records.push(completeDraft(draft, { now }));
    progress(
      (index + 1) / sceneIds.length,
      `${sceneId}: ${drafts.length} annotation(s) (${index + 1}/${sceneIds.length})`,
    );
    await breathe();
  }
  options.signal?.throwIfAborted();

  const store = new AnnotationStore(project);
  const existing = store.existingIds(records.map((r) => r.id));
  const fresh = records.filter((r) => !existing.has(r.id));
  progress(null, `Storing ${fresh.length} new annotation(s)`);
  const { inserted } = store.insertMany(fresh, { onExisting: 'skip' });
  const byTask: Partial<Record<Task, number>> = {};
  for (const record of fresh) byTask[record.task] = (byTask[record.task] ?? 0) + 1;
  return { generated: inserted, byTask, skipped: records.length - inserted };
}
