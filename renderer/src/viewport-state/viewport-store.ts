/**
 * The viewport's own settings and transient state: camera preset, tool, colour mode, point size,
 * snapping, what is hovered and the measurement in progress. Display settings persist in
 * localStorage; the object selection itself lives in `state/selection.ts` (shared with the panels).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Vec3 } from '../../../common/domain/box';

export type ColorMode = 'rgb' | 'instance' | 'label' | 'height';
export type CameraPreset = 'perspective' | 'top' | 'front' | 'side';
export type Tool = 'select' | 'measure' | 'move' | 'rotate' | 'resize';
/** How walls and ceiling are drawn: all of them, dimmed walls without the ceiling, or the floor only. */
export type StructureMode = 'show' | 'dim' | 'hide';

export const COLOR_MODES: ColorMode[] = ['rgb', 'instance', 'label', 'height'];
export const POINT_SIZE_RANGE = { min: 0.005, max: 0.08, step: 0.005 };

/** One end of a measurement: an object (measured by its box) or a picked point. */
export type MeasureEnd = { kind: 'object'; objectId: number } | { kind: 'point'; point: Vec3 };

/** A request to the camera rig; `seq` makes repeated requests distinct. */
export interface CameraCommand {
  kind: 'frame' | 'reset';
  seq: number;
}

interface ViewportState {
  colorMode: ColorMode;
  pointSize: number;
  preset: CameraPreset;
  tool: Tool;
  snapping: boolean;
  structure: StructureMode;
  /** Show every stored point (lod 0) instead of the display subsample (lod 1). */
  fullDetail: boolean;
  hovered: number | null;
  measure: MeasureEnd[];
  cameraCommand: CameraCommand;
  /** Object being dragged by the gizmo: its stored box is hidden while the local copy moves. */
  dragging: number | null;
  /** performance.now() when the last drag ended. */
  dragEndedAt: number;
  set(
    patch: Partial<Pick<ViewportState, 'colorMode' | 'pointSize' | 'preset' | 'snapping' | 'structure' | 'fullDetail'>>,
  ): void;
  setTool(tool: Tool): void;
  setHovered(id: number | null): void;
  setDragging(id: number | null): void;
  /** Adds an end; a third end starts a new measurement. */
  addMeasureEnd(end: MeasureEnd): void;
  clearMeasure(): void;
  requestCamera(kind: CameraCommand['kind']): void;
}

export const useViewport = create<ViewportState>()(
  persist(
    (set) => ({
      colorMode: 'rgb',
      pointSize: 0.02,
      preset: 'perspective',
      tool: 'select',
      snapping: false,
      structure: 'dim',
      fullDetail: false,
      hovered: null,
      measure: [],
      cameraCommand: { kind: 'reset', seq: 0 },
      dragging: null,
      dragEndedAt: -Infinity,
      set: (patch) => set(patch),
      setTool: (tool) => set((s) => ({ tool, measure: tool === 'measure' ? s.measure : [] })),
      setHovered: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
      setDragging: (dragging) => set(dragging === null ? { dragging, dragEndedAt: performance.now() } : { dragging }),
      addMeasureEnd: (end) => set((s) => ({ measure: s.measure.length >= 2 ? [end] : [...s.measure, end] })),
      clearMeasure: () => set({ measure: [] }),
      requestCamera: (kind) => set((s) => ({ cameraCommand: { kind, seq: s.cameraCommand.seq + 1 } })),
    }),
    {
      name: 'spatial-studio.viewport',
      storage: createJSONStorage(() => localStorage),
      partialize: ({ colorMode, pointSize, structure, fullDetail, snapping }) => ({
        colorMode,
        pointSize,
        structure,
        fullDetail,
        snapping,
      }),
    },
  ),
);
