/**
 * The review queue's state: the ids it walks (a snapshot of the filter when it was opened, so
 * reviewed items do not vanish under the cursor), where it stands, what the keys are doing (an
 * edit, a reject reason, help), the accept-anyway confirmation, and the undo stack of this
 * session's review actions. The annotator name (from settings) lives here too: it stamps changes.
 */
import { create } from 'zustand';
import type { AnnotationPatch } from '../../../common/annotations/query';

export type QueueMode = 'idle' | 'edit' | 'reject' | 'help';

export interface UndoStep {
  id: string;
  /** Writes back what the action changed. */
  patch: AnnotationPatch;
  what: string;
}

interface ReviewState {
  annotator: string | null;
  /** Settings were read (so a missing name is known to be missing). */
  settingsLoaded: boolean;
  identityOpen: boolean;
  open: boolean;
  ids: string[];
  index: number;
  mode: QueueMode;
  /** The id whose failing checks one more accept key press will override. */
  confirmOverride: string | null;
  /** Ids edited in this review: accepting them is `corrected`. */
  edited: Set<string>;
  undo: UndoStep[];
  /** The last thing done, for the status line ("Accepted 12 of 40"). */
  message: string | null;
  setAnnotator(name: string | null): void;
  askIdentity(open: boolean): void;
  start(ids: string[]): void;
  close(): void;
  go(delta: number): void;
  goTo(id: string): void;
  set(patch: Partial<Pick<ReviewState, 'mode' | 'confirmOverride' | 'message'>>): void;
  markEdited(id: string): void;
  pushUndo(step: UndoStep): void;
  popUndo(): UndoStep | undefined;
}

export const useReview = create<ReviewState>((set, get) => ({
  annotator: null,
  settingsLoaded: false,
  identityOpen: false,
  open: false,
  ids: [],
  index: 0,
  mode: 'idle',
  confirmOverride: null,
  edited: new Set(),
  undo: [],
  message: null,
  setAnnotator: (annotator) => set({ annotator, settingsLoaded: true }),
  askIdentity: (identityOpen) => set({ identityOpen }),
  start: (ids) => set({ open: true, ids, index: 0, mode: 'idle', confirmOverride: null, message: null }),
  close: () => set({ open: false, mode: 'idle', confirmOverride: null }),
  go: (delta) =>
    set((state) => ({
      index: Math.max(0, Math.min(state.ids.length - 1, state.index + delta)),
      mode: 'idle',
      confirmOverride: null,
    })),
  goTo: (id) => {
    const index = get().ids.indexOf(id);
    if (index >= 0) set({ index, mode: 'idle', confirmOverride: null });
  },
  set: (patch) => set(patch),
  markEdited: (id) => set((state) => ({ edited: new Set(state.edited).add(id) })),
  pushUndo: (step) => set((state) => ({ undo: [...state.undo, step] })),
  popUndo: () => {
    const steps = get().undo;
    const last = steps[steps.length - 1];
    if (last) set({ undo: steps.slice(0, -1) });
    return last;
  },
}));
