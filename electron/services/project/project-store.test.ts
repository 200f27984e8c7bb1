import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../../common/domain/errors';
import { ProjectFileError, ProjectMissingError, SceneExistsError, SceneNotFoundError } from './errors';
import { DISPLAY_MAX_POINTS } from './level-of-detail';
import { PROJECT_MIGRATIONS } from './migrations';
import { openProject, type ProjectStore } from './project-store';
import { sampleScene } from './sample-scene';

let dir: string;
const open: ProjectStore[] = [];
const track = (store: ProjectStore): ProjectStore => (open.push(store), store);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'project-store-'));
});
afterEach(() => {
  for (const store of open.splice(0)) store.close();
  rmSync(dir, { recursive: true, force: true });
});

const bytes = (array: ArrayBufferView): Buffer => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

describe('opening a project', () => {
  it('creates the file and its folder when asked, and reopens it with its scenes', () => {
    const path = join(dir, 'nested', 'deeper', 'p.studio');
    const store = openProject(path, { create: true });
    expect(store.path).toBe(path);
    store.addScenes([sampleScene('scene0000_00', 50)]);
    store.close();

    const again = track(openProject(path));
    expect(again.listScenes()).toEqual([{ id: 'scene0000_00', points: 50, objects: 3 }]);
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(again.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(again.db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(again.db.pragma('user_version', { simple: true })).toBe(PROJECT_MIGRATIONS.length);
  });

  it('refuses a missing file unless asked to create it', () => {
    const attempt = () => openProject(join(dir, 'absent.studio'));
    expect(attempt).toThrow(ProjectMissingError);
    expect(attempt).toThrow(/absent\.studio/);
  });

  it('refuses a file written by a newer app, naming the file', () => {
    const path = join(dir, 'future.studio');
    openProject(path, { create: true }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${PROJECT_MIGRATIONS.length + 1}`);
    raw.close();
    const attempt = () => openProject(path);
    expect(attempt).toThrow(ProjectFileError);
    expect(attempt).toThrow(
      new RegExp(`future\\.studio: project format version ${PROJECT_MIGRATIONS.length + 1} is newer`),
    );
  });

  it('refuses files that are not projects', () => {
    const text = join(dir, 'notes.studio');
    writeFileSync(text, 'x'.repeat(4096));
    expect(() => openProject(text)).toThrow(/notes\.studio: not a Spatial Studio project/);

    const other = join(dir, 'other.sqlite');
    const raw = new Database(other);
    raw.exec('CREATE TABLE things (a)');
    raw.close();
    expect(() => openProject(other)).toThrow(/other\.sqlite: not a Spatial Studio project/);
    expect(() => openProject(dir)).toThrow(ProjectFileError);
  });
});

describe('scenes', () => {
  let store: ProjectStore;
  beforeEach(() => {
    store = track(openProject(join(dir, 'p.studio'), { create: true }));
  });

  it('round-trips points bit for bit, and objects exactly', () => {
    const scene = sampleScene('a', 1000, 3);
    // Awkward floats: negative zero, a subnormal and the largest float32 must survive unchanged.
    scene.positions.set([-0, 1.4e-45, 3.4028234663852886e38], 0);
    scene.objects[0]!.nyu40 = { id: 5, name: 'chair' };
    store.addScenes([scene]);

    const cloud = store.getPoints('a');
    expect(bytes(cloud.positions).equals(bytes(scene.positions))).toBe(true);
    expect(bytes(cloud.colors).equals(bytes(scene.colors))).toBe(true);
    expect(bytes(cloud.instances).equals(bytes(scene.instances))).toBe(true);
    expect(Object.is(cloud.positions[0], -0)).toBe(true);
    for (const array of [cloud.positions, cloud.colors, cloud.instances]) {
      expect(array.byteOffset).toBe(0);
      expect(array.buffer.byteLength).toBe(array.byteLength);
    }
    expect(store.getObjects('a')).toEqual(scene.objects);
    expect(store.getScene('a')).toMatchObject({ id: 'a', source: 'synth:3', points: 1000, objects: 3, notices: [] });
  });

  it('records bounds of the points', () => {
    const scene = sampleScene('b', 4, 1, 0);
    scene.positions.set([0, 0, 0, 1, 2, 3, -1, 5, 0.5, 2, -2, 1]);
    store.addScenes([scene]);
    expect(store.getScene('b').bounds).toEqual({ min: [-1, -2, 0], max: [2, 5, 3] });
  });

  it('writes nothing when the second scene of an import is bad', () => {
    const bad = sampleScene('bad', 10);
    bad.instances = new Uint16Array(9);
    const attempt = () => store.addScenes([sampleScene('good', 10), bad]);
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow(/synth:1 \(record 1\): instances: length 9 does not match 10 points/);
    expect(store.listScenes()).toEqual([]);
    expect(store.db.prepare('SELECT count(*) FROM scene_points').pluck().get()).toBe(0);
    expect(store.db.prepare('SELECT count(*) FROM objects').pluck().get()).toBe(0);
  });

  it('rolls back the whole import when a scene fails inside the transaction', () => {
    store.addScenes([sampleScene('taken', 10)]);
    const attempt = () => store.addScenes([sampleScene('fresh', 10), sampleScene('taken', 20)]);
    expect(attempt).toThrow(SceneExistsError);
    expect(attempt).toThrow(/taken/);
    expect(store.listScenes()).toEqual([{ id: 'taken', points: 10, objects: 3 }]);
  });

  it('replaces a stored scene when asked', () => {
    store.addScenes([sampleScene('s', 10, 1, 3)]);
    store.addScenes([sampleScene('s', 20, 2, 1)], { replace: true });
    expect(store.listScenes()).toEqual([{ id: 's', points: 20, objects: 1 }]);
    expect(store.getObjects('s')).toHaveLength(1);
    expect(store.getPoints('s').instances.length).toBe(20);
  });

  it('rejects the same id twice in one import and non-finite points', () => {
    expect(() => store.addScenes([sampleScene('x', 5), sampleScene('x', 5)], { replace: true })).toThrow(
      /scene x appears twice/,
    );
    const nan = sampleScene('n', 5);
    nan.positions[7] = Number.NaN;
    expect(() => store.addScenes([nan])).toThrow(/positions\[2\]: point 2 is not finite/);
    expect(store.listScenes()).toEqual([]);
  });

  it('lists scenes by id and answers hasScene', () => {
    store.addScenes([sampleScene('b', 5), sampleScene('a', 7, 1, 0)]);
    expect(store.listScenes()).toEqual([
      { id: 'a', points: 7, objects: 0 },
      { id: 'b', points: 5, objects: 3 },
    ]);
    expect(store.hasScene('a')).toBe(true);
    expect(store.hasScene('c')).toBe(false);
    expect(store.getObjects('a')).toEqual([]);
  });

  it('removes a scene with its points and objects', () => {
    store.addScenes([sampleScene('gone', DISPLAY_MAX_POINTS + 5), sampleScene('kept', 5)]);
    store.removeScene('gone');
    expect(store.listScenes().map((s) => s.id)).toEqual(['kept']);
    expect(store.db.prepare("SELECT count(*) FROM scene_points WHERE scene_id = 'gone'").pluck().get()).toBe(0);
    expect(store.db.prepare("SELECT count(*) FROM objects WHERE scene_id = 'gone'").pluck().get()).toBe(0);
  });

  it('reports unknown scenes with code not_found', () => {
    for (const call of [
      () => store.getPoints('nope'),
      () => store.getObjects('nope'),
      () => store.removeScene('nope'),
      () => store.getScene('nope'),
    ]) {
      expect(call).toThrow(SceneNotFoundError);
      try {
        call();
      } catch (error) {
        expect((error as SceneNotFoundError).code).toBe('not_found');
        expect((error as Error).message).toContain('nope');
      }
    }
  });
});

describe('levels of detail', () => {
  it('stores a capped, deterministic display subsample of large scenes', () => {
    const scene = sampleScene('big', DISPLAY_MAX_POINTS + 50_000, 4);
    const first = track(openProject(join(dir, 'one.studio'), { create: true }));
    const second = track(openProject(join(dir, 'two.studio'), { create: true }));
    first.addScenes([scene]);
    second.addScenes([scene]);

    const lod1 = first.getPoints('big', 1);
    expect(lod1.instances.length).toBe(DISPLAY_MAX_POINTS);
    expect(lod1.positions.length).toBe(DISPLAY_MAX_POINTS * 3);
    expect(lod1.colors.length).toBe(DISPLAY_MAX_POINTS * 3);
    expect(first.getPoints('big', 0).instances.length).toBe(scene.instances.length);
    const again = second.getPoints('big', 1);
    expect(bytes(again.positions).equals(bytes(lod1.positions))).toBe(true);
    expect(bytes(again.instances).equals(bytes(lod1.instances))).toBe(true);

    // Spatially even: each 1 m slab along x keeps its share (1/6) of the room's points.
    const perSlab = new Array<number>(6).fill(0);
    for (let i = 0; i < lod1.positions.length; i += 3) perSlab[Math.min(5, Math.floor(lod1.positions[i]!))]!++;
    for (const count of perSlab) expect(Math.abs(count / DISPLAY_MAX_POINTS - 1 / 6)).toBeLessThan(0.01);
  });

  it('serves the whole cloud as lod 1 when it is small enough', () => {
    const store = track(openProject(join(dir, 'small.studio'), { create: true }));
    const scene = sampleScene('small', 1000);
    store.addScenes([scene]);
    expect(bytes(store.getPoints('small', 1).positions).equals(bytes(scene.positions))).toBe(true);
    expect(store.db.prepare('SELECT count(*) FROM scene_points').pluck().get()).toBe(1);
  });
});
