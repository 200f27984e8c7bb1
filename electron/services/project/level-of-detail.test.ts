import { describe, expect, it } from 'vitest';
import { DISPLAY_MAX_POINTS, displaySubsample, pickDisplayIndices, selectPoints } from './level-of-detail';
import { sampleScene } from './sample-scene';

describe('pickDisplayIndices', () => {
  it('picks exactly the cap, ascending and without repeats', () => {
    const picked = pickDisplayIndices(1_000_000, 250_000);
    expect(picked.length).toBe(250_000);
    let ascending = true;
    for (let k = 1; k < picked.length; k++) ascending &&= picked[k]! > picked[k - 1]!;
    expect(ascending).toBe(true);
    expect(picked[picked.length - 1]!).toBeLessThan(1_000_000);
  });

  it('is deterministic for a given size', () => {
    const bytes = (a: Uint32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytes(pickDisplayIndices(400_000)).equals(bytes(pickDisplayIndices(400_000)))).toBe(true);
    expect(Array.from(pickDisplayIndices(400_000, 1000, 1))).not.toEqual(
      Array.from(pickDisplayIndices(400_000, 1000, 2)),
    );
  });

  it('keeps every point when the cloud is small enough', () => {
    expect(Array.from(pickDisplayIndices(5, 10))).toEqual([0, 1, 2, 3, 4]);
  });

  it('spreads the pick evenly over the cloud', () => {
    const picked = pickDisplayIndices(1_000_000, 100_000);
    const perTenth = new Array<number>(10).fill(0);
    for (const index of picked) perTenth[Math.floor(index / 100_000)]!++;
    for (const count of perTenth) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

describe('displaySubsample', () => {
  it('returns null for clouds that fit and the picked points otherwise', () => {
    expect(displaySubsample(sampleScene('s', 100), 100)).toBeNull();
    const scene = sampleScene('s', 1000);
    const sub = displaySubsample(scene, 300)!;
    expect(sub.positions.length).toBe(900);
    expect(sub.colors.length).toBe(900);
    expect(sub.instances.length).toBe(300);
    const indices = pickDisplayIndices(1000, 300);
    const k = 123;
    const i = indices[k]!;
    expect(Array.from(sub.positions.subarray(3 * k, 3 * k + 3))).toEqual(
      Array.from(scene.positions.subarray(3 * i, 3 * i + 3)),
    );
    expect(Array.from(sub.colors.subarray(3 * k, 3 * k + 3))).toEqual(
      Array.from(scene.colors.subarray(3 * i, 3 * i + 3)),
    );
    expect(sub.instances[k]).toBe(scene.instances[i]);
  });

  it('defaults to the display cap', () => {
    const scene = sampleScene('s', DISPLAY_MAX_POINTS + 10, 2, 0);
    expect(displaySubsample(scene)!.instances.length).toBe(DISPLAY_MAX_POINTS);
    expect(selectPoints(scene, new Uint32Array([0])).positions[0]).toBe(scene.positions[0]);
  });
});
