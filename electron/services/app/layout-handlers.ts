/**
 * Handlers for the layout requests (common/api/layout.ts) over the open project's layout history.
 * Every change publishes `changed` for 'layout' and 'objects' with the scene id, so the viewport
 * and the history panel refetch. Layout errors become API errors with a code the UI can act on.
 * Instructions go to the spatial model first when it is loaded, else to the template grammar.
 */
import type { Handlers } from '../../../common/api/dispatch';
import type { EventHub } from '../../../common/api/event-hub';
import type { layoutRequests } from '../../../common/api/layout';
import { StudioError, type ApiErrorCode } from '../../../common/api/outcome';
import { isNoopDiff, type LayoutDiff } from '../../../common/layout/diff';
import { LayoutError, type LayoutErrorCode } from '../../../common/layout/errors';
import { AnnotationStore } from '../annotations/annotation-store';
import { layoutSamples } from '../layout/layout-samples';
import { proposalFromModel, proposeLayoutEdit } from '../layout/layout-proposal';
import { projectLayout } from '../layout/project-layout';
import type { ModelLoader } from '../model/model-loader';
import type { ProjectSession } from './project-session';

type LayoutHandlers = Pick<Handlers, keyof typeof layoutRequests>;

const CODES: Record<LayoutErrorCode, ApiErrorCode> = {
  'missing-object': 'not_found',
  'unknown-entry': 'not_found',
  'unknown-checkpoint': 'not_found',
  'no-history': 'not_found',
  'duplicate-object': 'conflict',
  mismatch: 'conflict',
  'invalid-value': 'invalid_input',
};

/** The spatial model as the instruction box sees it: asked only once it is loaded. */
export type LoadedModel = Pick<ModelLoader, 'status' | 'get'>;

export function createLayoutHandlers(session: ProjectSession, events: EventHub, model?: LoadedModel): LayoutHandlers {
  const layout = () => projectLayout(session.store);
  /** Runs a change and tells every client which scene's layout moved (only when it did). */
  const change = <T extends { diff: LayoutDiff }>(sceneId: string, work: () => T): T => {
    const result = guard(work);
    if (!isNoopDiff(result.diff)) {
      events.publish({ name: 'changed', payload: { topic: 'layout', sceneId } });
      events.publish({ name: 'changed', payload: { topic: 'objects', sceneId } });
    }
    return result;
  };

  const samples = (sceneId: string, entryIds: number[]) =>
    guard(() => {
      const { history } = layout();
      if (!history.hasHistory(sceneId)) {
        session.store.getScene(sceneId);
        throw new StudioError('not_found', `scene ${sceneId} has no layout history yet`);
      }
      return layoutSamples(
        sceneId,
        entryIds.map((id) => history.entry(sceneId, id)),
      );
    });

  return {
    'layout.apply': ({ sceneId, edit, origin, text }) =>
      change(sceneId, () => layout().apply(sceneId, edit, { origin, text: text ?? null })),
    'layout.undo': ({ sceneId }) => change(sceneId, () => layout().undo(sceneId)),
    'layout.redo': ({ sceneId }) => change(sceneId, () => layout().redo(sceneId)),
    'layout.jumpTo': ({ sceneId, entryId }) => change(sceneId, () => layout().jumpTo(sceneId, entryId)),
    'layout.restoreBranch': ({ sceneId, tip }) => change(sceneId, () => layout().restoreBranch(sceneId, tip)),
    'layout.revert': ({ sceneId }) => change(sceneId, () => layout().revertToOriginal(sceneId)),
    'layout.history': ({ sceneId }) => guard(() => layout().view(sceneId)),
    'layout.branches': ({ sceneId }) => guard(() => layout().view(sceneId).branches),
    'layout.checkpoint': ({ sceneId, name }) => {
      const mark = guard(() => layout().checkpoint(sceneId, name));
      events.publish({ name: 'changed', payload: { topic: 'layout', sceneId } });
      return mark;
    },
    'layout.original': ({ sceneId }) => guard(() => layout().original(sceneId)),
    'layout.propose': async ({ sceneId, text }) => {
      const objects = guard(() => session.store.getObjects(sceneId));
      // The model reads phrasings the grammar does not know, but loading it (seconds) is not
      // something a keystroke should wait for: it is asked once something else has loaded it.
      if (model?.status().state === 'ready') {
        const result = await (await model.get()).ask(session.store, sceneId, text);
        const fromModel = result.task === 'layout_edit' ? proposalFromModel(result, objects) : null;
        if (fromModel) return fromModel;
      }
      return guard(() => proposeLayoutEdit(text, objects));
    },
    'layout.exportSamples': ({ sceneId, entryIds }) => samples(sceneId, entryIds),
    'layout.addSamples': ({ sceneId, entryIds }) => {
      const { records, skipped } = samples(sceneId, entryIds);
      const stored = new AnnotationStore(session.store).insertMany(records, { onExisting: 'skip' });
      if (stored.inserted > 0) events.publish({ name: 'changed', payload: { topic: 'annotations', sceneId } });
      return { added: stored.inserted, existing: stored.skipped, skipped };
    },
  };
}

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof LayoutError) throw new StudioError(CODES[error.code], error.message);
    throw error;
  }
}
