/**
 * ScanNet scan folder writer: the files of one scene as ScanNet publishes them (mesh PLY, the
 * over-segmentation, the aggregation and the meta `.txt`), returned as bytes so callers choose
 * where they go. What it writes, the ScanNet importer reads back.
 */
import { encodePly } from './ply-write';
import type { ScanNetSegGroup } from './scannet-aggregation';

export interface ScanFile {
  name: string;
  bytes: Uint8Array;
}

/** The parts of a scene the files hold (a `SynthScene` is one). */
export interface ScanNetSceneData {
  id: string;
  /** Raw scan frame, x y z per vertex. */
  positions: Float32Array;
  colors: Uint8Array;
  segIndices: Int32Array;
  segGroups: ScanNetSegGroup[];
  /** Row-major 4×4, raw → aligned; omitted as in ScanNet's test scans when null. */
  axisAlignment: readonly number[] | null;
  /** ScanNet meta `sceneType`, e.g. "Bedroom / Hotel". */
  sceneType?: string;
}

/** ScanNet's segmentator parameters, as its `.segs.json` files record them. */
const SEGMENTATOR_PARAMS = {
  kThresh: '0.0001',
  segMinVerts: '20',
  minPoints: '750',
  maxPoints: '5000',
  thinThresh: '0.05',
  flatThresh: '0.001',
  minLength: '0.02',
  maxLength: '1',
};

export function scanNetFileNames(id: string): { mesh: string; segs: string; aggregation: string; meta: string } {
  return {
    mesh: `${id}_vh_clean_2.ply`,
    segs: `${id}_vh_clean_2.0.010000.segs.json`,
    aggregation: `${id}.aggregation.json`,
    meta: `${id}.txt`,
  };
}

export function encodeScanNetScene(scene: ScanNetSceneData): ScanFile[] {
  const names = scanNetFileNames(scene.id);
  const vertexCount = scene.positions.length / 3;
  if (scene.segIndices.length !== vertexCount) {
    throw new RangeError(`encodeScanNetScene: ${scene.segIndices.length} segment ids for ${vertexCount} vertices`);
  }
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  const segs = { params: SEGMENTATOR_PARAMS, sceneId: scene.id, segIndices: Array.from(scene.segIndices) };
  const aggregation = {
    sceneId: `scannet.${scene.id}`,
    appId: 'Annotator.v1.0.0',
    segGroups: scene.segGroups.map((g) => ({ id: g.id, objectId: g.objectId, segments: g.segments, label: g.label })),
    segmentsFile: `scannet.${names.segs}`,
  };
  return [
    { name: names.mesh, bytes: encodePly({ positions: scene.positions, colors: scene.colors, format: 'binary' }) },
    { name: names.segs, bytes: text(JSON.stringify(segs)) },
    { name: names.aggregation, bytes: text(JSON.stringify(aggregation)) },
    { name: names.meta, bytes: text(sceneMeta(scene, vertexCount)) },
  ];
}

/**
 * The meta `.txt`. The alignment is written at full double precision (not ScanNet's 6 decimals)
 * so that applying it to the raw vertices gives back the aligned scene exactly. The camera keys
 * carry ScanNet's usual values; frame counts are made up from the scene's size.
 */
function sceneMeta(scene: ScanNetSceneData, vertexCount: number): string {
  const frames = 1000 + Math.round(vertexCount / 50);
  const lines = [
    ...(scene.axisAlignment
      ? [`axisAlignment = ${scene.axisAlignment.map((v) => String(v === 0 ? 0 : v)).join(' ')}`]
      : []),
    'colorHeight = 968',
    'colorToDepthExtrinsics = 0.999973 0.006791 0.002776 -0.037886 -0.006767 0.999942 -0.008366 -0.003410 -0.002833 0.008347 0.999961 -0.021924 -0 0 -0 1',
    'colorWidth = 1296',
    'depthHeight = 480',
    'depthWidth = 640',
    'fx_color = 1170.187988',
    'fx_depth = 571.623718',
    'fy_color = 1170.187988',
    'fy_depth = 571.623718',
    'mx_color = 647.750000',
    'mx_depth = 319.500000',
    'my_color = 483.750000',
    'my_depth = 239.500000',
    `numColorFrames = ${frames}`,
    `numDepthFrames = ${frames}`,
    `numIMUmeasurements = ${frames * 2 + 17}`,
    ...(scene.sceneType ? [`sceneType = ${scene.sceneType}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
