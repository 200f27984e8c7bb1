/** Handlers for the scene requests: list, import, objects and points of the open project. */
import type { Handlers } from '../../../common/api/dispatch';
import type { EventHub } from '../../../common/api/event-hub';
import { importScenes } from '../import/import-scenes';
import type { ProjectSession } from './project-session';

type SceneHandlers = Pick<Handlers, 'scenes.list' | 'scenes.import' | 'scene.objects' | 'scene.points'>;

export function createSceneHandlers(session: ProjectSession, events: EventHub): SceneHandlers {
  return {
    'scenes.list': () => session.store.listScenes(),
    'scenes.import': async (input, { signal, progress }) => {
      const imported = await importScenes(input.paths, {
        labelMapPath: input.labelMapPath,
        signal,
        onProgress: (fraction, message) => progress(fraction, message),
      });
      signal.throwIfAborted();
      progress(null, `Storing ${imported.length} scene(s)`);
      const scenes = session.store.addScenes(imported);
      events.publish({ name: 'changed', payload: { topic: 'scenes' } });
      return { scenes, notices: imported.flatMap((scene) => scene.notices) };
    },
    'scene.objects': (input) => session.store.getObjects(input.sceneId),
    'scene.points': (input) => session.store.getPoints(input.sceneId, input.lod),
  };
}
