import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeNpy } from '../../../common/formats/npy-write';
import { encodePly } from '../../../common/formats/ply-write';
import { importScenes } from './import-scenes';

const LABEL_MAP = join(import.meta.dirname, 'fixtures', 'labels-mini.tsv');

/**
 * A tiny scan: a chair of 4 points (segment 10), a table of 3 points (segment 20), a mystery object
 * of 2 points (segment 30, label unknown to the map) and one loose floor point (segment 40).
 */
const POSITIONS = new Float32Array([
  0,
  0,
  0,
  1,
  0,
  0,
  1,
  1,
  0,
  0,
  1,
  1, // chair
  3,
  3,
  0,
  5,
  3,
  0,
  5,
  4,
  2, // table
  -1,
  -1,
  0,
  -1,
  -2,
  0, // mystery
  9,
  9,
  9, // floor
]);
const SEGMENTS = [10, 10, 10, 10, 20, 20, 20, 30, 30, 40];
const N = SEGMENTS.length;
const COLORS = new Uint8Array(N * 3).map((_, i) => (i * 7) % 256);
// Translate by (10, 20, 30): p' = M · [x y z 1].
const ALIGNMENT = '1 0 0 10 0 1 0 20 0 0 1 30 0 0 0 1';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'import-test-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

interface ScanOptions {
  meta?: string | null;
  aggregation?: boolean;
  segments?: number[];
  labelsPly?: Uint16Array;
  format?: 'binary' | 'ascii';
}

async function writeScan(parent: string, id: string, options: ScanOptions = {}): Promise<string> {
  const dir = join(parent, id);
  await mkdir(dir, { recursive: true });
  const faces = new Uint32Array([0, 1, 2, 4, 5, 6]);
  await writeFile(
    join(dir, `${id}_vh_clean_2.ply`),
    encodePly({ positions: POSITIONS, colors: COLORS, faces, format: options.format ?? 'binary' }),
  );
  await writeFile(
    join(dir, `${id}_vh_clean_2.0.010000.segs.json`),
    JSON.stringify({ params: {}, sceneId: id, segIndices: options.segments ?? SEGMENTS }),
  );
  if (options.aggregation !== false) {
    await writeFile(
      join(dir, `${id}.aggregation.json`),
      JSON.stringify({
        sceneId: `scannet.${id}`,
        appId: 'Aggregator.v2',
        segGroups: [
          { id: 0, objectId: 0, segments: [10], label: 'office chair' },
          { id: 1, objectId: 1, segments: [20], label: 'kitchen table' },
          { id: 2, objectId: 2, segments: [30], label: 'mystery thing' },
        ],
        segmentsFile: `scannet.${id}_vh_clean_2.0.010000.segs.json`,
      }),
    );
  }
  if (options.meta !== null)
    await writeFile(join(dir, `${id}.txt`), options.meta ?? `sceneType = Office\naxisAlignment = ${ALIGNMENT}\n`);
  if (options.labelsPly) {
    await writeFile(
      join(dir, `${id}_vh_clean_2.labels.ply`),
      encodePly({ positions: POSITIONS, colors: COLORS, labels: options.labelsPly, format: 'binary' }),
    );
  }
  return dir;
}

describe('importScenes: ScanNet scan folders', () => {
  it('imports a scan folder end to end', async () => {
    const dir = await writeScan(root, 'scene0000_00', { format: 'ascii' });
    const progress: number[] = [];
    const [scene, ...rest] = await importScenes([dir], {
      labelMapPath: LABEL_MAP,
      onProgress: (f) => progress.push(f),
    });
    expect(rest).toEqual([]);
    expect(scene!.id).toBe('scene0000_00');
    expect(scene!.source).toBe(dir);
    // Alignment applied.
    expect([...scene!.positions.subarray(0, 6)]).toEqual([10, 20, 30, 11, 20, 30]);
    expect([...scene!.colors]).toEqual([...COLORS]);
    expect([...scene!.instances]).toEqual([1, 1, 1, 1, 2, 2, 2, 3, 3, 0]);
    const [chair, table, mystery] = scene!.objects;
    expect(chair).toMatchObject({ id: 0, label: 'office chair', nyu40: { id: 5, name: 'chair' }, points: 4 });
    expect(chair!.box).toEqual({ center: [10.5, 20.5, 30.5], size: [1, 1, 1], yaw: 0 });
    expect(table).toMatchObject({ id: 1, label: 'kitchen table', nyu40: { id: 7, name: 'table' }, points: 3 });
    expect(table!.box).toEqual({ center: [14, 23.5, 31], size: [2, 1, 2], yaw: 0 });
    expect(mystery).toMatchObject({ id: 2, label: 'mystery thing', nyu40: null, points: 2 });
    expect(scene!.notices).toEqual([
      "scene0000_00: label 'mystery thing' (object 2) has no NYU40 class in the label map; kept as is",
    ]);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => i === 0 || f >= progress[i - 1]!)).toBe(true);
  });

  it('gives the same scene from ASCII and binary meshes', async () => {
    const [ascii] = await importScenes([await writeScan(join(root, 'a'), 'scene0001_00', { format: 'ascii' })]);
    const [binary] = await importScenes([await writeScan(join(root, 'b'), 'scene0001_00', { format: 'binary' })]);
    expect(ascii!.positions).toEqual(binary!.positions);
    expect(ascii!.colors).toEqual(binary!.colors);
    expect(ascii!.objects).toEqual(binary!.objects);
  });

  it('imports every scan below a parent folder and reports what is missing', async () => {
    await writeScan(root, 'scene0002_00');
    await writeScan(root, 'scene0707_00', { meta: null, aggregation: false });
    await writeScan(root, 'scene0003_00', { meta: 'sceneType = Kitchen\n' });
    const scenes = await importScenes([root]);
    expect(scenes.map((s) => s.id)).toEqual(['scene0002_00', 'scene0003_00', 'scene0707_00']);
    const [, noAlignment, test] = scenes;
    expect(noAlignment!.notices).toContain('scene0003_00: no axisAlignment in scene0003_00.txt: identity used');
    expect([...noAlignment!.positions.subarray(0, 3)]).toEqual([0, 0, 0]);
    expect(test!.objects).toEqual([]);
    expect([...test!.instances].every((v) => v === 0)).toBe(true);
    expect(test!.notices).toContain('scene0707_00: no scene0707_00.txt: identity alignment used');
    expect(test!.notices.some((n) => n.includes('no scene0707_00.aggregation.json: the scene has no objects'))).toBe(
      true,
    );
  });

  it('names NYU40 classes from labels without a map, and from _vh_clean_2.labels.ply for unknown labels', async () => {
    // Per-point NYU40 ids: the mystery object's points are mostly 35 (lamp).
    const labels = new Uint16Array([5, 5, 5, 5, 7, 7, 7, 35, 35, 2]);
    const dir = await writeScan(root, 'scene0004_00', { labelsPly: labels });
    const [scene] = await importScenes([dir]);
    expect(scene!.objects.map((o) => o.nyu40?.name ?? null)).toEqual(['chair', 'table', 'lamp']);
    expect(scene!.notices.filter((n) => n.includes('NYU40'))).toEqual([]);
    // Without the labels file and without a map, raw labels that are not NYU40 names stay unknown.
    const [bare] = await importScenes([await writeScan(join(root, 'bare'), 'scene0004_00')]);
    expect(bare!.objects.map((o) => o.nyu40)).toEqual([null, null, null]);
    expect(bare!.notices).toContain("scene0004_00: label 'office chair' (object 0) has no NYU40 class; kept as is");
  });

  it('rejects segs whose length differs from the mesh', async () => {
    const dir = await writeScan(root, 'scene0005_00', { segments: SEGMENTS.slice(1) });
    const segsFile = join(dir, 'scene0005_00_vh_clean_2.0.010000.segs.json');
    await expect(importScenes([dir])).rejects.toThrow(
      `${segsFile}: segIndices: has 9 entries but the mesh has 10 vertices`,
    );
  });

  it('rejects aggregation segments that the segs file lacks', async () => {
    const dir = await writeScan(root, 'scene0006_00', { segments: SEGMENTS.map((s) => (s === 30 ? 10 : s)) });
    await expect(importScenes([dir])).rejects.toThrow(
      `${join(dir, 'scene0006_00.aggregation.json')} (record 2): segGroups.segments: segment 30 does not exist in`,
    );
  });
});

describe('importScenes: single files', () => {
  it('imports a PLY point cloud as a scene without objects, named by its stem', async () => {
    const path = join(root, 'room.ply');
    await writeFile(path, encodePly({ positions: POSITIONS, colors: COLORS, format: 'binary' }));
    const [scene] = await importScenes([path]);
    expect(scene!.id).toBe('room');
    expect(scene!.positions).toEqual(POSITIONS);
    expect(scene!.instances).toEqual(new Uint16Array(N));
    expect(scene!.objects).toEqual([]);
  });

  it('imports a ScanNet-preprocessing .npy with instance and semantic labels', async () => {
    const xyzrgb: number[] = [];
    for (let i = 0; i < N; i++)
      xyzrgb.push(
        POSITIONS[i * 3]!,
        POSITIONS[i * 3 + 1]!,
        POSITIONS[i * 3 + 2]!,
        COLORS[i * 3]!,
        COLORS[i * 3 + 1]!,
        COLORS[i * 3 + 2]!,
      );
    await writeFile(join(root, 'scene0009_00_vert.npy'), encodeNpy('f4', [N, 6], xyzrgb));
    await writeFile(join(root, 'scene0009_00_ins_label.npy'), encodeNpy('i8', [N], [1, 1, 1, 1, 2, 2, 2, 3, 3, 0]));
    await writeFile(join(root, 'scene0009_00_sem_label.npy'), encodeNpy('i8', [N], [5, 5, 5, 5, 7, 7, 7, 40, 40, 2]));
    const paths = ['scene0009_00_vert.npy', 'scene0009_00_ins_label.npy'].map((name) => join(root, name));
    const [scene, ...rest] = await importScenes(paths);
    expect(rest).toEqual([]);
    expect(scene!.id).toBe('scene0009_00');
    expect(scene!.colors).toEqual(COLORS);
    expect(scene!.objects.map((o) => [o.id, o.label, o.nyu40?.id, o.points])).toEqual([
      [0, 'chair', 5, 4],
      [1, 'table', 7, 3],
      [2, 'otherprop', 40, 2],
    ]);
  });

  it('names what it cannot import', async () => {
    await writeFile(join(root, 'notes.txt'), 'hello');
    await expect(importScenes([join(root, 'notes.txt')])).rejects.toThrow(
      `${join(root, 'notes.txt')}: unsupported file type '.txt'`,
    );
    await expect(importScenes([join(root, 'missing')])).rejects.toThrow(
      `${join(root, 'missing')}: no such file or folder`,
    );
    await mkdir(join(root, 'empty'));
    await expect(importScenes([join(root, 'empty')])).rejects.toThrow('no ScanNet scan found');
    await writeFile(join(root, 'bad.ply'), new Uint8Array(0));
    await expect(importScenes([join(root, 'bad.ply')])).rejects.toThrow(
      `${join(root, 'bad.ply')} (byte 0): empty file`,
    );
  });
});

describe('importScenes: cancellation', () => {
  it('throws an AbortError when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(importScenes([root], { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops mid-job when the signal fires during progress', async () => {
    await writeScan(root, 'scene0010_00');
    await writeScan(root, 'scene0011_00');
    const controller = new AbortController();
    const promise = importScenes([root], {
      signal: controller.signal,
      onProgress: (_, message) => {
        if (message.includes('scene0010_00')) controller.abort();
      },
    });
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });
});
