/** Result types of the contract's requests that are not domain records themselves. */
import type { SceneSummary } from '../domain/scene';

export type ModelStatus =
  | { state: 'not-loaded' }
  | { state: 'loading' }
  | { state: 'ready'; provider: string; model: string }
  | { state: 'error'; message: string };

export interface ProjectInfo {
  path: string;
  scenes: number;
}

export interface AppInfo {
  name: string;
  version: string;
  project: ProjectInfo;
  model: ModelStatus;
}

export interface ImportResult {
  scenes: SceneSummary[];
  notices: string[];
}
