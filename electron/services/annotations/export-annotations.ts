/**
 * Exporting a project's annotations to a dataset file. The project supplies what a record alone
 * does not hold (object labels for ScanRefer/ScanQA names, scene bounds for LL3DA box tokens).
 * Records leave in the order they were stored, so a file imported and exported keeps its order.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { AnnotationStatus } from '../../../common/annotations/annotation';
import type { ExportAnnotationsResult, ExportFormat } from '../../../common/annotations/query';
import { DATASET_CODECS, type EncodeContext } from '../../../common/formats/datasets';
import type { Aabb } from '../../../common/geometry/box';
import type { ProjectStore } from '../project/project-store';
import { AnnotationStore } from './annotation-store';

export interface ExportAnnotationsOptions {
  format: ExportFormat;
  status?: readonly AnnotationStatus[];
  scene?: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number | null, message: string) => void;
}

export async function exportAnnotationFile(
  project: ProjectStore,
  outPath: string,
  options: ExportAnnotationsOptions,
): Promise<ExportAnnotationsResult> {
  const progress = options.onProgress ?? (() => {});
  const codec = DATASET_CODECS[options.format];
  const store = new AnnotationStore(project);
  const filter = {
    ...(options.status ? { status: [...options.status] } : {}),
    ...(options.scene ? { scene: options.scene } : {}),
  };
  const total = store.query({ ...filter, limit: 1 }).total ?? 0;
  // Write beside the target and rename: a failed or cancelled export never leaves half a file.
  const target = resolve(outPath);
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  const file = await open(partial, 'w');
  let exported = 0;
  try {
    if (codec === DATASET_CODECS['modle-jsonl']) {
      // One line per record, so batches encode independently: 263K records never sit in memory at once.
      let read = 0;
      for (const batch of store.batches(filter)) {
        options.signal?.throwIfAborted();
        read += batch.length;
        progress(read / Math.max(total, 1), `Writing ${read} of ${total} record(s)`);
        await file.write(codec.encode(batch));
        exported += batch.length;
      }
    } else {
      // The other formats number or group records across the whole file (ScanRefer ann_id), so they encode at once.
      progress(0, `Reading ${total} record(s)`);
      const records = store.all(filter).filter((record) => codec.canEncode(record));
      options.signal?.throwIfAborted();
      progress(0.5, `Writing ${records.length} record(s) as ${options.format}`);
      await file.write(codec.encode(records, projectContext(project)));
      exported = records.length;
    }
    await file.close();
    await rename(partial, target);
  } catch (error) {
    await file.close();
    await rm(partial, { force: true });
    throw error;
  }
  return { exported };
}

/** Labels and bounds read once per export, not once per record. */
export function projectContext(project: ProjectStore): EncodeContext {
  let labels: Map<string, string> | undefined;
  let bounds: Map<string, Aabb> | undefined;
  return {
    objectLabel: (sceneId, objectId) => {
      labels ??= new Map(
        (project.db.prepare('SELECT scene_id, id, label FROM objects').raw().all() as [string, number, string][]).map(
          ([scene, id, label]) => [`${scene}\u0000${id}`, label],
        ),
      );
      return labels.get(`${sceneId}\u0000${objectId}`);
    },
    sceneBounds: (sceneId) => {
      bounds ??= new Map(
        project.listScenes().flatMap((scene) => {
          const box = project.getScene(scene.id).bounds;
          return box ? [[scene.id, box] as const] : [];
        }),
      );
      return bounds.get(sceneId);
    },
  };
}
