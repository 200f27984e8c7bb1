/**
 * Reading a filled phrasing back into its slot values. A phrasing is literal text with {slot}
 * holes; since slot values are free text that may contain the literal words ("the lamp next to
 * the bed" inside "Move {target} next to {anchor}."), every way of splitting the text is returned
 * and the caller keeps the readings whose slots make sense.
 */

export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

type Part = { literal: string } | { slot: string };

function partsOf(phrasing: string): Part[] {
  const parts: Part[] = [];
  let at = 0;
  for (const m of phrasing.matchAll(/\{([a-z_]+)\}/g)) {
    if (m.index! > at) parts.push({ literal: phrasing.slice(at, m.index) });
    parts.push({ slot: m[1]! });
    at = m.index! + m[0].length;
  }
  if (at < phrasing.length) parts.push({ literal: phrasing.slice(at) });
  // Literals keep their spaces (collapsed to one) so "{a} and {b}" needs them around "and".
  return parts.map((p) => ('literal' in p ? { literal: p.literal.toLowerCase().replace(/\s+/g, ' ') } : p));
}

/** Every assignment of slot values that turns the phrasing into `text` (both compared normalised). */
export function matchPhrasing(phrasing: string, text: string): Record<string, string>[] {
  const parts = partsOf(phrasing);
  const target = normalizeText(text);
  const results: Record<string, string>[] = [];
  const walk = (index: number, at: number, slots: Record<string, string>): void => {
    if (index === parts.length) {
      if (at === target.length) results.push({ ...slots });
      return;
    }
    const part = parts[index]!;
    if ('literal' in part) {
      if (target.startsWith(part.literal, at)) walk(index + 1, at + part.literal.length, slots);
      return;
    }
    const next = parts[index + 1];
    for (let end = at + 1; end <= target.length; end++) {
      if (next !== undefined && 'literal' in next && !target.startsWith(next.literal, end)) continue;
      if (next === undefined && end !== target.length) continue;
      const value = target.slice(at, end);
      if (value.trim() !== value || value === '') continue;
      walk(index + 1, end, { ...slots, [part.slot]: value });
    }
  };
  walk(0, 0, {});
  return results;
}
