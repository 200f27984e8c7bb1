/**
 * What the user pointed at, sorted into import jobs: ScanNet scan folders (also found one level
 * below a parent folder), single PLY point clouds and `.npy` point arrays with their label arrays.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { InputError } from '../../../common/domain/errors';

export type ImportJob =
  | { kind: 'scannet-folder'; sceneId: string; dir: string }
  | { kind: 'ply'; sceneId: string; path: string }
  | { kind: 'npy'; sceneId: string; path: string };

const SCAN_MESH = /^(.+)_vh_clean_2\.ply$/;
/** Companions of a `<scene>_vert.npy` from ScanNet preprocessing; never scenes on their own. */
const NPY_COMPANION = /_(ins_label|sem_label|bbox|aligned_bbox|unaligned_bbox)\.npy$/;

export async function discoverJobs(paths: string[]): Promise<ImportJob[]> {
  const jobs: ImportJob[] = [];
  for (const path of paths) jobs.push(...(await jobsFor(path, paths)));
  const seen = new Map<string, string>();
  for (const job of jobs) {
    const where = job.kind === 'scannet-folder' ? job.dir : job.path;
    const earlier = seen.get(job.sceneId);
    if (earlier !== undefined)
      throw new InputError(where, {}, 'scene id', `scene '${job.sceneId}' is also imported from ${earlier}`);
    seen.set(job.sceneId, where);
  }
  return jobs;
}

async function jobsFor(path: string, allPaths: string[]): Promise<ImportJob[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new InputError(path, {}, undefined, 'no such file or folder');
  if (info.isDirectory()) {
    const own = await scanFolderJobs(path);
    if (own.length > 0) return own;
    const children = (await readdir(path, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const nested: ImportJob[] = [];
    for (const child of children) nested.push(...(await scanFolderJobs(join(path, child))));
    if (nested.length === 0) {
      throw new InputError(
        path,
        {},
        undefined,
        'no ScanNet scan found (expected <scene>_vh_clean_2.ply in the folder or its subfolders)',
      );
    }
    return nested;
  }
  const name = basename(path);
  const extension = extname(name).toLowerCase();
  if (extension === '.ply') return [{ kind: 'ply', sceneId: name.slice(0, -extension.length), path }];
  if (extension === '.npy') {
    if (NPY_COMPANION.test(name)) {
      // Picked together with its point array: nothing to do, the array's job reads it.
      const partner = vertPathFor(path);
      if (allPaths.some((p) => p === partner || vertPathFor(p) === partner)) return [];
      throw new InputError(
        path,
        {},
        undefined,
        `is a label array; import the point array ${basename(partner)} beside it`,
      );
    }
    return [{ kind: 'npy', sceneId: npySceneId(name), path }];
  }
  throw new InputError(
    path,
    {},
    undefined,
    `unsupported file type '${extension || name}' (expected a scan folder, .ply or .npy)`,
  );
}

async function scanFolderJobs(dir: string): Promise<ImportJob[]> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  return entries
    .map((entry) => SCAN_MESH.exec(entry)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort()
    .map((sceneId) => ({ kind: 'scannet-folder' as const, sceneId, dir }));
}

/** `scene0000_00_vert.npy` → `scene0000_00`; any other stem is the id as it is. */
export function npySceneId(fileName: string): string {
  return fileName.replace(/\.npy$/i, '').replace(/_vert$/, '');
}

function vertPathFor(path: string): string {
  const name = basename(path).replace(NPY_COMPANION, '');
  return join(dirname(path), `${name.replace(/\.npy$/i, '')}_vert.npy`);
}
