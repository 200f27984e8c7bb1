/** Handlers for the annotation requests of the open project; writes publish `changed` 'annotations'. */
import type { Handlers } from '../../../common/api/dispatch';
import type { EventHub } from '../../../common/api/event-hub';
import { AnnotationStore } from '../annotations/annotation-store';
import { exportAnnotationFile } from '../annotations/export-annotations';
import { generateProjectAnnotations } from '../annotations/generate-annotations';
import { importAnnotationFiles } from '../annotations/import-annotations';
import type { ProjectSession } from './project-session';

type AnnotationHandlers = Pick<
  Handlers,
  | 'annotations.query'
  | 'annotations.get'
  | 'annotations.counts'
  | 'annotations.update'
  | 'annotations.audit'
  | 'annotations.generate'
  | 'annotations.import'
  | 'annotations.export'
>;

export function createAnnotationHandlers(session: ProjectSession, events: EventHub): AnnotationHandlers {
  // The session may switch projects, so the store is made per call (it is only a connection view).
  const store = () => new AnnotationStore(session.store);
  const changed = (sceneId?: string): void =>
    events.publish({
      name: 'changed',
      payload: sceneId === undefined ? { topic: 'annotations' } : { topic: 'annotations', sceneId },
    });

  return {
    'annotations.query': (input) => store().query(input),
    'annotations.get': (input) => store().get(input.id),
    'annotations.counts': (input) => store().counts(input.scene),
    'annotations.update': (input) => {
      const updated = store().update(input.id, input.patch, input.annotator);
      changed(updated.scene_id);
      return updated;
    },
    'annotations.audit': (input) => store().audit(input.id),
    'annotations.generate': async (input, { signal, progress }) => {
      const result = await generateProjectAnnotations(session.store, {
        tasks: input.tasks,
        seed: input.seed,
        ...(input.scene ? { scene: input.scene } : {}),
        signal,
        onProgress: progress,
      });
      if (result.generated > 0) changed(input.scene);
      return result;
    },
    'annotations.import': async (input, { signal, progress }) => {
      const result = await importAnnotationFiles(session.store, input.paths, {
        format: input.format,
        skipInvalid: input.skipInvalid,
        signal,
        onProgress: progress,
      });
      if (result.imported > 0) changed();
      return result;
    },
    'annotations.export': (input, { signal, progress }) =>
      exportAnnotationFile(session.store, input.path, {
        format: input.format,
        ...(input.status ? { status: input.status } : {}),
        ...(input.scene ? { scene: input.scene } : {}),
        signal,
        onProgress: progress,
      }),
  };
}
