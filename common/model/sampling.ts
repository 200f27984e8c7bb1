/**
 * Deterministic point sampling for the model's inputs: stride subsampling to a candidate pool,
 * then farthest-point sampling (FPS). Done here rather than in the graph so the ONNX model stays
 * static; the golden vectors pin the exact picks.
 */

/** Every `ceil(n / max)`-th index of `0..n-1` (all of them when n ≤ max), at most `max`. */
export function strideIndices(n: number, max: number): Uint32Array {
  const stride = Math.max(1, Math.ceil(n / max));
  const out = new Uint32Array(Math.min(max, Math.ceil(n / stride)));
  for (let i = 0; i < out.length; i++) out[i] = i * stride;
  return out;
}

/**
 * `count` indices out of `pool` (indices into `positions`, xyz interleaved) by farthest-point
 * sampling from the pool's first point; ties go to the earlier pool entry. When the pool is
 * smaller than `count` the picks repeat cyclically, so every output slot holds a real point.
 */
export function farthestPointSample(positions: ArrayLike<number>, pool: ArrayLike<number>, count: number): Uint32Array {
  const out = new Uint32Array(count);
  const n = pool.length;
  if (n === 0) throw new Error('farthestPointSample: empty pool');
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const zs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = pool[i]! * 3;
    xs[i] = positions[p]!;
    ys[i] = positions[p + 1]!;
    zs[i] = positions[p + 2]!;
  }
  const best = new Float64Array(n).fill(Infinity);
  const picks = Math.min(count, n);
  let current = 0;
  for (let k = 0; k < picks; k++) {
    out[k] = pool[current]!;
    best[current] = -1; // never picked again
    const cx = xs[current]!;
    const cy = ys[current]!;
    const cz = zs[current]!;
    let far = -1;
    let farIndex = 0;
    for (let i = 0; i < n; i++) {
      const b = best[i]!;
      if (b < 0) continue;
      const dx = xs[i]! - cx;
      const dy = ys[i]! - cy;
      const dz = zs[i]! - cz;
      const d = dx * dx + dy * dy + dz * dz;
      const m = d < b ? d : b;
      best[i] = m;
      if (m > far) {
        far = m;
        farIndex = i;
      }
    }
    current = farIndex;
  }
  for (let k = picks; k < count; k++) out[k] = out[k % picks]!;
  return out;
}
