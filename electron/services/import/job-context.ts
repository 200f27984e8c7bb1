/** What every scene importer gets from `importScenes`: cancellation, the label map and a progress hook. */
import type { LabelMap } from '../../../common/formats/scannet-label-map';

export interface JobContext {
  signal?: AbortSignal;
  labelMap?: LabelMap;
  /** Progress within the current scene, 0–1. */
  progress: (fraction: number, message: string) => void;
}
