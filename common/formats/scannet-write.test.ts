import { describe, expect, it } from 'vitest';
import { generateScene } from '../synth/generate';
import { decodePly } from './ply';
import { parseAggregation } from './scannet-aggregation';
import { parseSceneMeta } from './scannet-meta';
import { parseSegs } from './scannet-segs';
import { encodeScanNetScene, type ScanFile } from './scannet-write';

const OPTIONS = { pointsPerSquareMetre: 200 };
const text = (file: ScanFile) => new TextDecoder().decode(file.bytes);
const byName = (files: ScanFile[], suffix: string) => files.find((f) => f.name.endsWith(suffix))!;

function sameBytes(a: ScanFile[], b: ScanFile[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (f, i) =>
        f.name === b[i]!.name && f.bytes.length === b[i]!.bytes.length && f.bytes.every((v, k) => v === b[i]!.bytes[k]),
    )
  );
}

describe('encodeScanNetScene', () => {
  const scene = generateScene(5, OPTIONS);
  const files = encodeScanNetScene(scene);

  it('writes the four ScanNet files under the scene id', () => {
    expect(files.map((f) => f.name).sort()).toEqual(
      [
        'synth0005_00.aggregation.json',
        'synth0005_00.txt',
        'synth0005_00_vh_clean_2.0.010000.segs.json',
        'synth0005_00_vh_clean_2.ply',
      ].sort(),
    );
  });

  it('gives byte-identical files for the same seed and different ones for another', () => {
    expect(sameBytes(files, encodeScanNetScene(generateScene(5, OPTIONS)))).toBe(true);
    expect(sameBytes(files, encodeScanNetScene(generateScene(6, OPTIONS)))).toBe(false);
  });

  it('writes files the ScanNet readers accept, consistent with each other', () => {
    const mesh = decodePly(byName(files, '.ply').bytes, 'mesh.ply');
    expect(mesh.format).toBe('binary_little_endian');
    expect(mesh.vertexCount).toBe(scene.positions.length / 3);
    expect(Array.from(mesh.positions.subarray(0, 30))).toEqual(Array.from(scene.positions.subarray(0, 30)));
    expect(Array.from(mesh.colors.subarray(0, 30))).toEqual(Array.from(scene.colors.subarray(0, 30)));

    const segs = parseSegs(text(byName(files, '.segs.json')), 'segs.json');
    expect(segs.sceneId).toBe(scene.id);
    expect(segs.segIndices.length).toBe(mesh.vertexCount);
    expect(JSON.parse(text(byName(files, '.segs.json'))).params.segMinVerts).toBe('20');

    const aggregation = parseAggregation(text(byName(files, '.aggregation.json')), 'aggregation.json');
    expect(aggregation.sceneId).toBe(`scannet.${scene.id}`);
    expect(aggregation.segmentsFile).toBe(`scannet.${scene.id}_vh_clean_2.0.010000.segs.json`);
    const present = new Set(segs.segIndices);
    expect(aggregation.segGroups.map((g) => g.label)).toEqual(scene.objects.map((o) => o.label));
    for (const group of aggregation.segGroups) for (const s of group.segments) expect(present.has(s)).toBe(true);

    const meta = parseSceneMeta(text(byName(files, '.txt')), 'meta.txt');
    expect(Array.from(meta.axisAlignment!)).toEqual(scene.axisAlignment);
    expect(meta.values.get('sceneType')).toBe(scene.sceneType);
    expect(meta.values.get('colorWidth')).toBe('1296');
  });

  it('omits axisAlignment when the scene has none, as ScanNet test scans do', () => {
    const meta = text(byName(encodeScanNetScene({ ...scene, axisAlignment: null }), '.txt'));
    expect(meta).not.toContain('axisAlignment');
    expect(parseSceneMeta(meta, 'meta.txt').axisAlignment).toBeNull();
  });

  it('refuses segment ids that do not match the vertices', () => {
    expect(() => encodeScanNetScene({ ...scene, segIndices: scene.segIndices.subarray(1) })).toThrow(RangeError);
  });
});
