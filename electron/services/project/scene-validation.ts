/**
 * Checks an imported scene before anything is written, and measures its bounds on the way.
 * Bad data is an `InputError` naming the scene's source, its place in the import (record) and the
 * field, so a whole import is refused before its transaction starts.
 */
import type { ImportedScene } from '../../../common/domain/scene';
import { InputError } from '../../../common/domain/errors';

export interface Bounds {
  min: [number, number, number];
  max: [number, number, number];
}

/** Largest object id whose instance value (id + 1) still fits a uint16. */
const MAX_OBJECT_ID = 0xffff - 1;

/** Validates `scene` (record `index` of an import) and returns its bounds, null when it has no points. */
export function validateScene(scene: ImportedScene, index: number): Bounds | null {
  const fail = (field: string, reason: string): never => {
    throw new InputError(scene.source || String(scene.id), { record: index }, field, reason);
  };
  if (typeof scene.id !== 'string' || scene.id.trim() === '') fail('id', 'scene id is empty');
  if (!(scene.positions instanceof Float32Array)) fail('positions', 'expected a Float32Array');
  if (!(scene.colors instanceof Uint8Array)) fail('colors', 'expected a Uint8Array');
  if (!(scene.instances instanceof Uint16Array)) fail('instances', 'expected a Uint16Array');
  if (scene.positions.length % 3 !== 0) fail('positions', `length ${scene.positions.length} is not a multiple of 3`);
  const pointCount = scene.positions.length / 3;
  if (scene.colors.length !== pointCount * 3) {
    fail('colors', `length ${scene.colors.length} does not match ${pointCount} points (expected ${pointCount * 3})`);
  }
  if (scene.instances.length !== pointCount) {
    fail('instances', `length ${scene.instances.length} does not match ${pointCount} points`);
  }
  const seen = new Set<number>();
  scene.objects.forEach((object, k) => {
    if (!Number.isInteger(object.id) || object.id < 0 || object.id > MAX_OBJECT_ID) {
      fail(`objects[${k}].id`, `object id ${object.id} is not an integer in 0..${MAX_OBJECT_ID}`);
    }
    if (seen.has(object.id)) fail(`objects[${k}].id`, `duplicate object id ${object.id}`);
    seen.add(object.id);
  });
  return measureBounds(scene.positions, fail);
}

function measureBounds(positions: Float32Array, fail: (field: string, reason: string) => never): Bounds | null {
  if (positions.length === 0) return null;
  let minX = Infinity,
    minY = Infinity,
    minZ = Infinity;
  let maxX = -Infinity,
    maxY = -Infinity,
    maxZ = -Infinity;
  for (let i = 0; i < positions.length; i += 3) {
    const x = positions[i]!,
      y = positions[i + 1]!,
      z = positions[i + 2]!;
    // NaN fails every comparison, so one finiteness test per point catches NaN and ±Infinity.
    if (!Number.isFinite(x + y + z)) fail(`positions[${i / 3}]`, `point ${i / 3} is not finite (${x}, ${y}, ${z})`);
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
    if (z < minZ) minZ = z;
    if (z > maxZ) maxZ = z;
  }
  return { min: [minX, minY, minZ], max: [maxX, maxY, maxZ] };
}
