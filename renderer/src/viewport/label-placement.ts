/**
 * Which labels to show: each candidate has a screen rectangle and a priority; labels are taken
 * in priority order and one that overlaps an already shown label is hidden, so labels never pile
 * up. Pure so it can be tested without a browser.
 */
export interface LabelCandidate {
  id: number;
  /** Centre-bottom anchor on screen, CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  priority: number;
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  viewWidth: number,
  viewHeight: number,
  gap = 2,
): Set<number> {
  const shown = new Set<number>();
  const placed: { l: number; t: number; r: number; b: number }[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const c of ordered) {
    const rect = { l: c.x - c.width / 2, t: c.y - c.height, r: c.x + c.width / 2, b: c.y };
    if (rect.r < 0 || rect.l > viewWidth || rect.b < 0 || rect.t > viewHeight) continue;
    const overlaps = placed.some(
      (p) => rect.l < p.r + gap && rect.r > p.l - gap && rect.t < p.b + gap && rect.b > p.t - gap,
    );
    if (overlaps) continue;
    placed.push(rect);
    shown.add(c.id);
  }
  return shown;
}
