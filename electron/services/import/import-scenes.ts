/**
 * The import entry point: paths (scan folders, parents of scan folders, PLY or .npy files) in,
 * ImportedScenes out, one scene after another with progress over the whole job and cancellation.
 */
import type { ImportedScene } from '../../../common/domain/scene';
import type { LabelMap } from '../../../common/formats/scannet-label-map';
import { throwIfAborted } from './abort';
import { discoverJobs, type ImportJob } from './discover';
import type { JobContext } from './job-context';
import { loadLabelMap } from './nyu40-labels';
import { importNpyPoints, importPlyPointCloud } from './point-files';
import { importScanNetFolder } from './scannet-folder';

export interface ImportOptions {
  /** `scannetv2-labels.combined.tsv`, mapping raw ScanNet labels to NYU40. */
  labelMapPath?: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number, message: string) => void;
}

export async function importScenes(paths: string[], options: ImportOptions = {}): Promise<ImportedScene[]> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const labelMap: LabelMap | undefined = options.labelMapPath ? await loadLabelMap(options.labelMapPath) : undefined;
  const jobs = await discoverJobs(paths);
  onProgress?.(0, `Importing ${jobs.length} scene${jobs.length === 1 ? '' : 's'}`);
  const scenes: ImportedScene[] = [];
  for (const [index, job] of jobs.entries()) {
    throwIfAborted(signal);
    const context: JobContext = {
      signal,
      labelMap,
      progress: (fraction, message) => onProgress?.((index + fraction) / jobs.length, message),
    };
    scenes.push(await importJob(job, context));
  }
  onProgress?.(1, `Imported ${scenes.length} scene${scenes.length === 1 ? '' : 's'}`);
  return scenes;
}

function importJob(job: ImportJob, context: JobContext): Promise<ImportedScene> {
  switch (job.kind) {
    case 'scannet-folder':
      return importScanNetFolder(job.dir, job.sceneId, context);
    case 'ply':
      return importPlyPointCloud(job.path, job.sceneId, context);
    case 'npy':
      return importNpyPoints(job.path, job.sceneId, context);
  }
}
