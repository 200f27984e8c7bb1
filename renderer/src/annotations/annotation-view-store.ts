/**
 * Which annotations the user is looking at: the table's filters, the annotation in focus (from a
 * table click or the review queue), and the viewport gestures that edit it (picking a referent by
 * clicking an object, adjusting a layout item's target box with the gizmo). Shared by the
 * navigator, the inspector, the review queue and the viewport wiring.
 */
import { create } from 'zustand';
import type { Annotation, AnnotationStatus, Task } from '../../../common/annotations/annotation';
import type { SourceKind } from '../../../common/annotations/query';

export interface TableFilters {
  scene: 'current' | 'all';
  task: Task | null;
  status: AnnotationStatus | null;
  template: string;
  source: SourceKind | null;
  annotator: string;
  text: string;
  flagged: boolean;
}

export const NO_FILTERS: TableFilters = {
  scene: 'current',
  task: null,
  status: null,
  template: '',
  source: null,
  annotator: '',
  text: '',
  flagged: false,
};

interface AnnotationViewState {
  filters: TableFilters;
  /** The annotation in focus and its latest stored version. */
  active: Annotation | null;
  /** Set while the next object clicked in the viewport becomes a referent of this role. */
  picking: 'target' | 'anchor' | null;
  /** True while the gizmo edits the active layout item's target box instead of the layout. */
  adjustingTarget: boolean;
  setFilters(patch: Partial<TableFilters>): void;
  setActive(annotation: Annotation | null): void;
  setPicking(role: 'target' | 'anchor' | null): void;
  setAdjustingTarget(on: boolean): void;
}

export const useAnnotationView = create<AnnotationViewState>((set) => ({
  filters: NO_FILTERS,
  active: null,
  picking: null,
  adjustingTarget: false,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  setActive: (active) =>
    set((state) => (active?.id === state.active?.id ? { active } : { active, picking: null, adjustingTarget: false })),
  setPicking: (picking) => set({ picking }),
  setAdjustingTarget: (adjustingTarget) => set({ adjustingTarget }),
}));
