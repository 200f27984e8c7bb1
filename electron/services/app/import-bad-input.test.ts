/**
 * Every bad-input case of the scenes issue, through the same path the UI and CLI use: the import
 * fails with one message naming the file, the place and what is wrong, and the project it would
 * have gone into is exactly as before (its scenes, objects and points).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../common/api/dispatch';
import { encodePly } from '../../../common/formats/ply-write';
import { synthesizeScenes } from '../synth/write-scan-folder';
import { createStudio, type Studio } from '../studio';

const context = (): CallContext => ({ signal: new AbortController().signal, progress: () => {} });

let studio: Studio;
let root: string;
let pristine: string;
let sceneId: string;
let before: unknown;

/** A snapshot of everything the project holds that an import could touch. */
async function snapshot(): Promise<unknown> {
  const scenes = await studio.dispatch('scenes.list', {}, context());
  const objects = await studio.dispatch('scene.objects', { sceneId: 'kept_room' }, context());
  const points = await studio.dispatch('scene.points', { sceneId: 'kept_room', lod: 0 }, context());
  return JSON.stringify({
    scenes,
    objects,
    points: points.ok ? [...(points.value as { positions: Float32Array }).positions.slice(0, 30)] : points,
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  studio = await createStudio({ dataDir: root, projectPath: join(root, 'p.studio'), log: () => {} });
  const [kept] = await synthesizeScenes({ count: 1, seed: 1, outDir: join(root, 'kept'), pointsPerSquareMetre: 150 });
  // The project already holds one scene, under another id, that must survive every failed import.
  const keptDir = join(root, 'kept_room');
  cpSync(kept!.dir, keptDir, { recursive: true });
  for (const suffix of ['_vh_clean_2.ply', '_vh_clean_2.0.010000.segs.json', '.aggregation.json', '.txt']) {
    cpSync(join(keptDir, kept!.id + suffix), join(keptDir, 'kept_room' + suffix));
  }
  const stored = await studio.dispatch('scenes.import', { paths: [keptDir] }, context());
  expect(stored.ok).toBe(true);
  const [room] = await synthesizeScenes({
    count: 1,
    seed: 2,
    outDir: join(root, 'pristine'),
    pointsPerSquareMetre: 150,
  });
  pristine = room!.dir;
  sceneId = room!.id;
  before = await snapshot();
});

afterAll(() => studio.close());

/** A copy of the good scan folder with one file changed by `spoil`. */
function spoiled(name: string, file: string, spoil: (bytes: Buffer) => Buffer | string): { dir: string; path: string } {
  const dir = join(root, name, sceneId);
  cpSync(pristine, dir, { recursive: true });
  const path = join(dir, sceneId + file);
  writeFileSync(path, spoil(readFileSync(path)));
  return { dir, path };
}

const PLY = '_vh_clean_2.ply';
const SEGS = '_vh_clean_2.0.010000.segs.json';
const AGG = '.aggregation.json';

function headerEnd(bytes: Buffer): number {
  return bytes.indexOf('end_header\n') + 'end_header\n'.length;
}

const cases: { name: string; file: string; spoil: (b: Buffer) => Buffer | string; message: RegExp }[] = [
  {
    name: 'truncated',
    file: PLY,
    spoil: (b) => b.subarray(0, headerEnd(b) + 1000),
    message: /byte \d+.*(truncated|ends)/i,
  },
  {
    name: 'lying-header',
    file: PLY,
    spoil: (b) =>
      Buffer.from(b.toString('latin1').replace(/element vertex \d+/, 'element vertex 2000000000'), 'latin1'),
    message: /(byte|line) \d+.*vertex/i,
  },
  {
    name: 'unsupported-type',
    file: PLY,
    spoil: (b) => Buffer.from(b.toString('latin1').replace('property float x', 'property int64 x'), 'latin1'),
    message: /line \d+.*int64/i,
  },
  {
    name: 'nan',
    file: PLY,
    spoil: () =>
      Buffer.from(
        encodePly({ positions: new Float32Array([0, 0, 0, NaN, 1, 1]), colors: new Uint8Array(6), format: 'binary' }),
      ),
    message: /(byte|vertex) \d+.*(NaN|finite)/i,
  },
  {
    name: 'segs-length',
    file: SEGS,
    spoil: (b) => b.toString().replace(/"segIndices":\[(\d+),/, '"segIndices":['),
    message: /segIndices/,
  },
  {
    name: 'missing-segment',
    file: AGG,
    spoil: (b) => b.toString().replace(/"segments":\[/, '"segments":[987654321,'),
    message: /record \d+.*segments.*987654321/,
  },
  {
    name: 'invalid-utf8',
    file: AGG,
    spoil: (b) => Buffer.concat([b.subarray(0, 20), Buffer.from([0xff, 0xfe]), b.subarray(20)]),
    message: /(byte \d+|UTF-8)/,
  },
  { name: 'empty', file: PLY, spoil: () => Buffer.alloc(0), message: /empty/i },
];

describe('bad input is refused whole and the project is unchanged', () => {
  for (const { name, file, spoil, message } of cases) {
    it(name, async () => {
      const { dir, path } = spoiled(name, file, spoil);
      const outcome = await studio.dispatch('scenes.import', { paths: [dir] }, context());
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.code).toBe('bad_file');
        expect(outcome.error.message).toContain(path);
        expect(outcome.error.message).toMatch(message);
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it('keeps unknown labels and reports them instead of failing', async () => {
    const { dir } = spoiled('unknown-label', AGG, (b) =>
      b.toString().replace(/"label":"[^"]+"/, '"label":"flux capacitor"'),
    );
    const outcome = await studio.dispatch('scenes.import', { paths: [dir] }, context());
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      const result = outcome.value as { notices: string[] };
      expect(result.notices.join('\n')).toMatch(/flux capacitor/);
    }
    const objects = await studio.dispatch('scene.objects', { sceneId }, context());
    expect(JSON.stringify(objects)).toContain('flux capacitor');
  });
});
