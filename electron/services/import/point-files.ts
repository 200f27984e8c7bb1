/**
 * Single-file scenes: a PLY point cloud (no objects) and a ScanNet-preprocessing `.npy` point array
 * with optional `_ins_label.npy` (objectId + 1 per point) and `_sem_label.npy` (NYU40 id per point).
 */
import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ImportedScene, SceneObject } from '../../../common/domain/scene';
import { summarizeObjects } from '../../../common/geometry/object-summary';
import { npyLabels, npyPoints, parseNpy } from '../../../common/formats/npy';
import { throwIfAborted } from './abort';
import type { JobContext } from './job-context';
import { assignNyu40, majorityLabelPerInstance, nyu40ById } from './nyu40-labels';
import { readPlyFile } from './read-ply-file';

export async function importPlyPointCloud(path: string, sceneId: string, context: JobContext): Promise<ImportedScene> {
  const ply = await readPlyFile(path, {
    signal: context.signal,
    onBytes: (read, total) => context.progress(read / total, `Reading ${basename(path)}`),
  });
  const notices = [`${sceneId}: a point cloud without annotations: no objects`];
  if (!ply.hasColor) notices.push(`${sceneId}: no colours in ${basename(path)}: points are grey`);
  return {
    id: sceneId,
    source: path,
    positions: ply.positions,
    colors: ply.colors,
    instances: new Uint16Array(ply.vertexCount),
    objects: [],
    notices,
  };
}

export async function importNpyPoints(path: string, sceneId: string, context: JobContext): Promise<ImportedScene> {
  context.progress(0, `Reading ${basename(path)}`);
  const points = npyPoints(parseNpy(await readFile(path), path), path);
  const n = points.positions.length / 3;
  const notices: string[] = [];
  if (!points.hasColor) notices.push(`${sceneId}: ${basename(path)} has no rgb columns: points are grey`);
  throwIfAborted(context.signal);
  context.progress(0.6, `Reading ${sceneId} labels`);

  const instancesPath = await companion(path, sceneId, 'ins_label');
  const semanticPath = await companion(path, sceneId, 'sem_label');
  const instances = instancesPath
    ? npyLabels(parseNpy(await readFile(instancesPath), instancesPath), instancesPath, n)
    : new Uint16Array(n);
  if (!instancesPath) notices.push(`${sceneId}: no ${sceneId}_ins_label.npy: the scene has no objects`);
  const semantic = semanticPath
    ? npyLabels(parseNpy(await readFile(semanticPath), semanticPath), semanticPath, n)
    : null;
  throwIfAborted(context.signal);

  // Instance values are objectId + 1; each object's label is the NYU40 name of its points' majority class.
  const majority = semantic ? majorityLabelPerInstance(instances, semantic) : new Map<number, number>();
  const labels = new Map<number, string>();
  for (const instance of new Set(instances)) {
    if (instance !== 0) labels.set(instance - 1, nyu40ById(majority.get(instance) ?? 0)?.name ?? 'object');
  }
  const cloud = { positions: points.positions, colors: points.colors, instances };
  const objects: SceneObject[] = summarizeObjects(cloud, labels);
  notices.push(...assignNyu40(objects, context.labelMap).map((notice) => `${sceneId}: ${notice}`));
  context.progress(1, `Imported ${sceneId}`);
  return { id: sceneId, source: path, ...cloud, objects, notices };
}

/** `<scene>_<kind>.npy` beside the array, or `<file stem>_<kind>.npy`. */
async function companion(path: string, sceneId: string, kind: string): Promise<string | null> {
  const stem = basename(path).replace(/\.npy$/i, '');
  for (const name of [`${sceneId}_${kind}.npy`, `${stem}_${kind}.npy`]) {
    const candidate = join(dirname(path), name);
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    )
      return candidate;
  }
  return null;
}
