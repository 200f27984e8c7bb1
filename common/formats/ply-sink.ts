/**
 * Output arrays of the PLY reader. They grow as vertices arrive (doubling, capped at the declared
 * count) unless the caller proved the data is there, so a lying header never causes a huge allocation.
 */

/** Colour given to points of a PLY without red/green/blue: mid grey, visible on light and dark backgrounds. */
export const DEFAULT_GREY = 128;

const INITIAL_CAPACITY = 1 << 16;

export class VertexSink {
  positions: Float32Array;
  colors: Uint8Array;
  labels: Uint16Array | null;
  count = 0;
  private capacity: number;

  constructor(
    private readonly declared: number,
    preallocate: boolean,
    hasLabels: boolean,
  ) {
    this.capacity = preallocate ? declared : Math.min(declared, INITIAL_CAPACITY);
    this.positions = new Float32Array(this.capacity * 3);
    this.colors = new Uint8Array(this.capacity * 3);
    this.labels = hasLabels ? new Uint16Array(this.capacity) : null;
  }

  /** Makes room for `more` vertices beyond `count` (never beyond the declared count). */
  reserve(more: number): void {
    const needed = this.count + more;
    if (needed <= this.capacity) return;
    const capacity = Math.min(this.declared, Math.max(needed, this.capacity * 2));
    const positions = new Float32Array(capacity * 3);
    positions.set(this.positions.subarray(0, this.count * 3));
    const colors = new Uint8Array(capacity * 3);
    colors.set(this.colors.subarray(0, this.count * 3));
    if (this.labels) {
      const labels = new Uint16Array(capacity);
      labels.set(this.labels.subarray(0, this.count));
      this.labels = labels;
    }
    this.positions = positions;
    this.colors = colors;
    this.capacity = capacity;
  }
}
