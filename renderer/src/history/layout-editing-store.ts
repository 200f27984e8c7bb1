/**
 * What layout editing shows beside the layout itself, shared by the history panel, the keyboard
 * and the viewport: whether the original layout is drawn as ghosts, the instruction proposal on
 * screen, the boxes this window's edits left, and the last error (shown in the panel, not thrown).
 */
import { create } from 'zustand';
import type { LayoutProposal } from '../../../common/api/layout';
import type { Box } from '../../../common/domain/box';
import type { LayoutDiff } from '../../../common/layout/diff';

export type ShownProposal = Extract<LayoutProposal, { ok: true }> & { sceneId: string; text: string };

interface LayoutEditingState {
  showOriginal: boolean;
  proposal: ShownProposal | null;
  error: string | null;
  /**
   * Boxes as this window's last answered changes left them, ahead of the refetched objects (a
   * refetch started before a change can answer after it). Kept until the objects catch up.
   */
  latest: Map<number, Box>;
  noteDiff(diff: LayoutDiff): void;
  setShowOriginal(show: boolean): void;
  setProposal(proposal: ShownProposal | null): void;
  setError(error: string | null): void;
}

export const useLayoutEditing = create<LayoutEditingState>((set) => ({
  showOriginal: false,
  proposal: null,
  error: null,
  latest: new Map(),
  noteDiff: (diff) =>
    set((state) => {
      const latest = new Map(state.latest);
      for (const [, to] of diff.updated) latest.set(to.id, to.box);
      for (const object of diff.added) latest.set(object.id, object.box);
      for (const object of diff.removed) latest.delete(object.id);
      return { latest };
    }),
  setShowOriginal: (showOriginal) => set({ showOriginal }),
  setProposal: (proposal) => set({ proposal }),
  setError: (error) => set({ error }),
}));
