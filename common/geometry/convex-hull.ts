/**
 * Convex hull of 2-D points (Andrew's monotone chain). Works on a slice of an interleaved x,y
 * typed array so callers can hull one object's bucket of a big point cloud without copying it.
 */

/**
 * Hull vertices of `count` points stored as x,y pairs from pair index `start` of `xy`.
 * Returns interleaved x,y in counter-clockwise order, without repeated or collinear vertices:
 * 0 pairs for no points, 1 pair for coincident points, 2 pairs for collinear points.
 */
export function convexHull2d(xy: ArrayLike<number>, start = 0, count = xy.length / 2 - start): Float64Array {
  if (count <= 0) return new Float64Array(0);
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = start + i;
  // Sort by x then y; ties in both are duplicates and are dropped by the chain's strict turn test.
  order.sort((p, q) => xy[2 * p]! - xy[2 * q]! || xy[2 * p + 1]! - xy[2 * q + 1]!);

  const hull = new Float64Array(2 * (count + 1));
  let size = 0;
  const pushChain = (from: number, to: number, step: number, floor: number): void => {
    for (let k = from; k !== to; k += step) {
      const idx = order[k]!;
      const x = xy[2 * idx]!;
      const y = xy[2 * idx + 1]!;
      // Pop while the last two hull points and this one do not make a strict left turn.
      while (size >= floor + 2) {
        const ax = hull[2 * size - 4]!;
        const ay = hull[2 * size - 3]!;
        const bx = hull[2 * size - 2]!;
        const by = hull[2 * size - 1]!;
        if ((bx - ax) * (y - ay) - (by - ay) * (x - ax) > 0) break;
        size--;
      }
      hull[2 * size] = x;
      hull[2 * size + 1] = y;
      size++;
    }
  };
  pushChain(0, count, 1, 0); // lower chain, left to right
  const lowerSize = size;
  pushChain(count - 2, -1, -1, lowerSize - 1); // upper chain, right to left, sharing the end point
  size--; // the last point repeats the first

  if (size < 1) size = 1;
  // All points coincident: the chains collapse onto one point twice.
  if (size === 2 && hull[0] === hull[2] && hull[1] === hull[3]) size = 1;
  return hull.slice(0, 2 * size);
}
