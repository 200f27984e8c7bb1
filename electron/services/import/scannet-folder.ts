/**
 * One ScanNet scan folder → one ImportedScene: the mesh vertices (streamed), axis alignment from
 * `<scene>.txt`, per-point instances from segs + aggregation, objects with boxes and NYU40 classes.
 */
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportedScene, SceneObject } from '../../../common/domain/scene';
import { summarizeObjects } from '../../../common/geometry/object-summary';
import { parseAggregation } from '../../../common/formats/scannet-aggregation';
import { buildInstances } from '../../../common/formats/scannet-instances';
import { applyAxisAlignment, parseSceneMeta } from '../../../common/formats/scannet-meta';
import { checkSegsMatchVertices, parseSegs } from '../../../common/formats/scannet-segs';
import { decodeUtf8Text } from '../../../common/formats/text-input';
import { InputError } from '../../../common/domain/errors';
import { throwIfAborted } from './abort';
import type { JobContext } from './job-context';
import { assignNyu40, majorityLabelPerInstance, nyu40ById, nyu40ForLabel } from './nyu40-labels';
import { readPlyFile } from './read-ply-file';

/** Share of a scene's progress spent reading the mesh; the rest is side files and objects. */
const MESH_SHARE = 0.8;

export async function importScanNetFolder(dir: string, sceneId: string, context: JobContext): Promise<ImportedScene> {
  const { signal } = context;
  const notices: string[] = [];
  const file = (name: string) => join(dir, name);
  const meshPath = file(`${sceneId}_vh_clean_2.ply`);
  const mesh = await readPlyFile(meshPath, {
    signal,
    onBytes: (read, total) => context.progress((MESH_SHARE * read) / total, `Reading ${sceneId}_vh_clean_2.ply`),
  });
  const n = mesh.vertexCount;
  context.progress(MESH_SHARE, `Reading ${sceneId} annotations`);

  const segsPath = file(`${sceneId}_vh_clean_2.0.010000.segs.json`);
  const aggregationPath =
    (await firstExisting([file(`${sceneId}.aggregation.json`), file(`${sceneId}_vh_clean.aggregation.json`)])) ?? null;
  const segsExists = await exists(segsPath);
  let instances: Uint16Array = new Uint16Array(n);
  let labels = new Map<number, string>();
  if (segsExists && aggregationPath) {
    const segs = parseSegs(await readText(segsPath), segsPath);
    checkSegsMatchVertices(segs, n, segsPath);
    throwIfAborted(signal);
    const aggregation = parseAggregation(await readText(aggregationPath), aggregationPath);
    const built = buildInstances(segs, aggregation, aggregationPath, segsPath);
    instances = built.instances;
    labels = built.labels;
    notices.push(...built.notices);
  } else {
    const missing = [
      segsExists ? null : `${sceneId}_vh_clean_2.0.010000.segs.json`,
      aggregationPath ? null : `${sceneId}.aggregation.json`,
    ].filter(Boolean);
    notices.push(`${sceneId}: no ${missing.join(' and no ')}: the scene has no objects`);
  }
  throwIfAborted(signal);

  const metaPath = file(`${sceneId}.txt`);
  if (await exists(metaPath)) {
    const meta = parseSceneMeta(await readText(metaPath), metaPath);
    if (meta.axisAlignment) applyAxisAlignment(mesh.positions, meta.axisAlignment);
    else notices.push(`${sceneId}: no axisAlignment in ${sceneId}.txt: identity used`);
  } else {
    notices.push(`${sceneId}: no ${sceneId}.txt: identity alignment used`);
  }
  if (!mesh.hasColor) notices.push(`${sceneId}: mesh has no colours: points are grey`);

  const cloud = { positions: mesh.positions, colors: mesh.colors, instances };
  const objects = summarizeObjects(cloud, labels);
  notices.push(...emptyObjectNotices(sceneId, objects));
  const fallback = await labelsPlyFallback(file(`${sceneId}_vh_clean_2.labels.ply`), objects, instances, context);
  notices.push(...assignNyu40(objects, context.labelMap, fallback).map((notice) => `${sceneId}: ${notice}`));
  context.progress(1, `Imported ${sceneId}`);
  return { id: sceneId, source: dir, ...cloud, objects, notices };
}

/**
 * For objects whose label names no NYU40 class, the majority per-point label of
 * `_vh_clean_2.labels.ply` (ScanNet writes NYU40 ids there). The file is read only when needed.
 */
async function labelsPlyFallback(path: string, objects: SceneObject[], instances: Uint16Array, context: JobContext) {
  const needed = objects.some((o) => nyu40ForLabel(o.label, context.labelMap) === null);
  if (!needed || !(await exists(path))) return undefined;
  const labelled = await readPlyFile(path, { signal: context.signal });
  if (!labelled.labels) return undefined;
  if (labelled.vertexCount !== instances.length) {
    throw new InputError(
      path,
      {},
      'vertex',
      `has ${labelled.vertexCount} vertices but the mesh has ${instances.length}`,
    );
  }
  const majority = majorityLabelPerInstance(instances, labelled.labels);
  return (object: SceneObject) => nyu40ById(majority.get(object.id + 1) ?? 0);
}

function emptyObjectNotices(sceneId: string, objects: SceneObject[]): string[] {
  const empty = objects.filter((o) => o.points === 0).map((o) => o.id);
  return empty.length > 0
    ? [`${sceneId}: object${empty.length > 1 ? 's' : ''} ${empty.join(', ')} have no points`]
    : [];
}

async function readText(path: string): Promise<string> {
  return decodeUtf8Text(await readFile(path), path);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function firstExisting(paths: string[]): Promise<string | undefined> {
  for (const path of paths) if (await exists(path)) return path;
  return undefined;
}
