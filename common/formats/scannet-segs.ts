/**
 * ScanNet over-segmentation `<scene>_vh_clean_2.0.010000.segs.json`: one segment id per mesh vertex.
 * The array is checked by hand (not zod) because it holds a value per vertex, over a million.
 */
import { InputError } from '../domain/errors';
import { parseJsonText } from './text-input';

export interface ScanNetSegs {
  sceneId: string | null;
  /** Segment id per vertex. */
  segIndices: Int32Array;
}

export function parseSegs(text: string, file: string): ScanNetSegs {
  const json = parseJsonText(text, file);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError(file, {}, undefined, 'expected an object {params, sceneId, segIndices}');
  }
  const { sceneId, segIndices } = json as Record<string, unknown>;
  if (sceneId !== undefined && typeof sceneId !== 'string') {
    throw new InputError(file, {}, 'sceneId', `expected a string, got ${typeof sceneId}`);
  }
  if (!Array.isArray(segIndices)) {
    throw new InputError(
      file,
      {},
      'segIndices',
      segIndices === undefined ? 'missing' : 'expected a list of segment ids',
    );
  }
  const out = new Int32Array(segIndices.length);
  for (let i = 0; i < segIndices.length; i++) {
    const value: unknown = segIndices[i];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0x7fffffff) {
      throw new InputError(
        file,
        { record: i },
        'segIndices',
        `expected a non-negative integer segment id, got ${JSON.stringify(value)}`,
      );
    }
    out[i] = value;
  }
  return { sceneId: sceneId ?? null, segIndices: out };
}

/** The segmentation must give every mesh vertex exactly one segment. */
export function checkSegsMatchVertices(segs: ScanNetSegs, vertexCount: number, file: string): void {
  if (segs.segIndices.length !== vertexCount) {
    throw new InputError(
      file,
      {},
      'segIndices',
      `has ${segs.segIndices.length} entries but the mesh has ${vertexCount} vertices`,
    );
  }
}
