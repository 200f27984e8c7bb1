/** Handlers for the scene requests: list, import (by path or upload), objects and points of the open project. */
import type { CallContext, Handlers } from '../../../common/api/dispatch';
import type { EventHub } from '../../../common/api/event-hub';
import type { ImportResult } from '../../../common/api/results';
import { importScenes } from '../import/import-scenes';
import type { ProjectSession } from './project-session';
import { UploadStaging } from './upload-staging';

type SceneHandlers = Pick<
  Handlers,
  | 'scenes.list'
  | 'scenes.import'
  | 'uploads.begin'
  | 'uploads.write'
  | 'uploads.import'
  | 'uploads.discard'
  | 'scene.objects'
  | 'scene.points'
>;

export function createSceneHandlers(
  session: ProjectSession,
  events: EventHub,
  staging = new UploadStaging(),
): SceneHandlers {
  /** Reads everything first, then stores it in one transaction: a bad file leaves the project as it was. */
  const importAndStore = async (
    paths: string[],
    labelMapPath: string | undefined,
    { signal, progress }: CallContext,
  ): Promise<ImportResult> => {
    const imported = await importScenes(paths, { labelMapPath, signal, onProgress: progress });
    signal.throwIfAborted();
    progress(null, `Storing ${imported.length} scene(s)`);
    const scenes = session.store.addScenes(imported);
    events.publish({ name: 'changed', payload: { topic: 'scenes' } });
    return { scenes, notices: imported.flatMap((scene) => scene.notices) };
  };

  return {
    'scenes.list': () => session.store.listScenes(),
    'scenes.import': (input, context) => importAndStore(input.paths, input.labelMapPath, context),
    'uploads.begin': () => ({ uploadId: staging.begin() }),
    'uploads.write': async (input) => {
      await staging.write(input.uploadId, input.path, input.offset, input.bytes);
      return null;
    },
    'uploads.import': async (input, context) => {
      try {
        return await importAndStore(staging.entries(input.uploadId), input.labelMapPath, context);
      } finally {
        staging.discard(input.uploadId);
      }
    },
    'uploads.discard': (input) => {
      staging.discard(input.uploadId);
      return null;
    },
    'scene.objects': (input) => session.store.getObjects(input.sceneId),
    'scene.points': (input) => session.store.getPoints(input.sceneId, input.lod),
  };
}
