/** What the user has selected and which panels are open; shared by navigator, viewport and inspector. */
import { create } from 'zustand';

export type NavigatorTab = 'scenes' | 'annotations';

interface SelectionState {
  sceneId: string | null;
  objectIds: number[];
  navigatorTab: NavigatorTab;
  selectScene(sceneId: string | null): void;
  /** Replaces the selection, or toggles `objectId` in it when `extend` (shift-click). */
  selectObject(objectId: number | null, extend?: boolean): void;
  setNavigatorTab(tab: NavigatorTab): void;
}

export const useSelection = create<SelectionState>((set) => ({
  sceneId: null,
  objectIds: [],
  navigatorTab: 'scenes',
  selectScene: (sceneId) => set({ sceneId, objectIds: [] }),
  selectObject: (objectId, extend = false) =>
    set((state) => {
      if (objectId === null) return { objectIds: [] };
      if (!extend) return { objectIds: [objectId] };
      return state.objectIds.includes(objectId)
        ? { objectIds: state.objectIds.filter((id) => id !== objectId) }
        : { objectIds: [...state.objectIds, objectId] };
    }),
  setNavigatorTab: (navigatorTab) => set({ navigatorTab }),
}));
