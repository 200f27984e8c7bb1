/**
 * Handlers for the spatial-model requests (common/api/model.ts) over the open project. The model
 * loads on the first `model.ask` (ModelLoader: ONNX in the host's worker thread); a load that
 * fails becomes an `unavailable` API error naming why, and the state stays visible in `app.info`.
 */
import type { Handlers } from '../../../common/api/dispatch';
import type { modelRequests } from '../../../common/api/model';
import { StudioError } from '../../../common/api/outcome';
import type { ModelLoader } from '../model/model-loader';
import type { ProjectSession } from './project-session';

type ModelHandlers = Pick<Handlers, keyof typeof modelRequests>;

export function createModelHandlers(session: ProjectSession, loader: ModelLoader): ModelHandlers {
  return {
    'model.status': () => loader.status(),
    'model.ask': async ({ sceneId, text }) => {
      const store = session.store;
      // An unknown scene or an empty one is the caller's mistake, whatever state the model is in.
      if (store.getObjects(sceneId).length === 0)
        throw new StudioError('invalid_input', `scene ${sceneId} has no objects to ask about`, [
          { path: 'sceneId', message: 'scene has no objects' },
        ]);
      let model;
      try {
        model = await loader.get();
      } catch (error) {
        throw new StudioError(
          'unavailable',
          `the spatial model could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return model.ask(session.store, sceneId, text);
    },
  };
}
