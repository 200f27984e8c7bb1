/**
 * The studio's services assembled: the open project, the event hub and the contract's handlers,
 * ready for either shell (Electron IPC or the web shell) or a test to carry. Plain Node; the
 * shells hand in what only they can do (native dialogs) as `platform`.
 */
import { createDispatch, type Dispatch, type Handlers } from '../../common/api/dispatch';
import { EventHub } from '../../common/api/event-hub';
import type { ParsedInput } from '../../common/api/contract';
import { StudioError } from '../../common/api/outcome';
import { ProjectSession } from './app/project-session';
import { createSceneHandlers } from './app/scene-handlers';
import { createLayoutHandlers } from './app/layout-handlers';
import { createAnnotationHandlers } from './app/annotation-handlers';
import { createModelHandlers } from './app/model-handlers';
import { ModelLoader } from './model/model-loader';
import { createReviewHandlers } from './app/review-handlers';
import { createSettingsHandlers } from './app/settings-handlers';

export interface Platform {
  /** Native file dialogs; absent in the web shell. */
  pickPaths?: (request: ParsedInput<'dialog.pickPaths'>) => Promise<string[] | null>;
}

export interface StudioOptions {
  /** The app's data folder: default project, recent projects, settings. */
  dataDir: string;
  /** Open this project instead of the default one (created when missing). */
  projectPath?: string;
  platform?: Platform;
  /** Fill a newly created default project with the bundled sample scenes (default true). */
  samples?: boolean;
  log?: (line: string) => void;
}

export interface Studio {
  dispatch: Dispatch;
  handlers: Handlers;
  events: EventHub;
  session: ProjectSession;
  close(): void;
}

export const STUDIO_VERSION = '0.1.0';

export async function createStudio(options: StudioOptions): Promise<Studio> {
  const log = options.log ?? ((line: string) => console.error(line));
  const events = new EventHub();
  const session = await ProjectSession.start({
    dataDir: options.dataDir,
    projectPath: options.projectPath,
    samples: options.samples ?? true,
    events,
    log,
  });
  // The spatial model loads on the first question, in its worker; the status bar follows its state.
  const model = new ModelLoader({
    onChange: () => events.publish({ name: 'changed', payload: { topic: 'model' } }),
  });

  const handlers: Handlers = {
    'app.info': () => ({
      name: 'Spatial Studio',
      version: STUDIO_VERSION,
      project: session.info(),
      model: model.status(),
    }),
    'dialog.pickPaths': async (input) => {
      if (!options.platform?.pickPaths) {
        throw new StudioError('unavailable', 'This shell has no native file dialog; type a path instead.');
      }
      return options.platform.pickPaths(input);
    },
    'project.current': () => session.info(),
    'project.open': (input) => session.open(input.path, input.create),
    'project.recent': () => session.recent(),
    ...createSceneHandlers(session, events),
    ...createLayoutHandlers(session, events, model),
    ...createAnnotationHandlers(session, events),
    ...createModelHandlers(session, model),
    ...createReviewHandlers(session, events),
    ...createSettingsHandlers(options.dataDir),
  };

  return {
    dispatch: createDispatch(handlers, (error) => log(`unexpected error in a request: ${String(error)}`)),
    handlers,
    events,
    session,
    close: () => {
      void model.close();
      session.close();
    },
  };
}
