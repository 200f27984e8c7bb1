/**
 * Per-point instance ids from the over-segmentation and the aggregation: every vertex of a segment
 * that an object groups gets objectId + 1; vertices of ungrouped segments get 0 (SPEC §2).
 */
import { InputError } from '../domain/errors';
import type { ScanNetAggregation } from './scannet-aggregation';
import type { ScanNetSegs } from './scannet-segs';

export interface SceneInstances {
  instances: Uint16Array;
  /** objectId → raw label, for every object in the aggregation. */
  labels: Map<number, string>;
  notices: string[];
}

export function buildInstances(
  segs: ScanNetSegs,
  aggregation: ScanNetAggregation,
  aggregationFile: string,
  segsFile: string,
): SceneInstances {
  const existing = new Set<number>();
  for (const segment of segs.segIndices) existing.add(segment);
  const instanceOfSegment = new Map<number, number>();
  const labels = new Map<number, string>();
  const notices: string[] = [];
  aggregation.segGroups.forEach((group, record) => {
    labels.set(group.objectId, group.label);
    for (const segment of group.segments) {
      if (!existing.has(segment)) {
        throw new InputError(
          aggregationFile,
          { record },
          'segGroups.segments',
          `segment ${segment} does not exist in ${segsFile}`,
        );
      }
      const owner = instanceOfSegment.get(segment);
      if (owner !== undefined && owner !== group.objectId + 1) {
        // ScanNet has a few segments listed under two objects; the first keeps them.
        notices.push(
          `${aggregationFile}: segment ${segment} is in objects ${owner - 1} and ${group.objectId}; kept in ${owner - 1}`,
        );
        continue;
      }
      instanceOfSegment.set(segment, group.objectId + 1);
    }
  });
  const instances = new Uint16Array(segs.segIndices.length);
  // Neighbouring vertices usually share a segment, so remember the last lookup.
  let lastSegment = -1;
  let lastInstance = 0;
  segs.segIndices.forEach((segment, i) => {
    if (segment !== lastSegment) {
      lastSegment = segment;
      lastInstance = instanceOfSegment.get(segment) ?? 0;
    }
    instances[i] = lastInstance;
  });
  return { instances, labels, notices };
}
