/**
 * Python list literals as ReferIt3D's CSVs store them in a cell: `['the', "chair's", 'back']`,
 * `[3, 7]`. Parsing is strict (a malformed cell is an error, not a guess).
 */
export type PyListParse = { ok: true; items: (string | number)[] } | { ok: false; reason: string };

export function parsePythonList(cell: string): PyListParse {
  const text = cell.trim();
  if (!text.startsWith('[') || !text.endsWith(']')) return { ok: false, reason: 'expected a list like [a, b]' };
  const items: (string | number)[] = [];
  let i = 1;
  const end = text.length - 1;
  const skipSpace = () => {
    while (i < end && /\s/.test(text[i]!)) i++;
  };
  skipSpace();
  while (i < end) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      let item = '';
      i++;
      while (i < end && text[i] !== ch) {
        if (text[i] === '\\' && i + 1 < end) i++;
        item += text[i];
        i++;
      }
      if (i >= end) return { ok: false, reason: 'a quoted item is never closed' };
      i++;
      items.push(item);
    } else {
      const match = /^-?\d+(\.\d+)?/.exec(text.slice(i, end));
      if (!match) return { ok: false, reason: `unexpected "${ch}" at character ${i}` };
      items.push(Number(match[0]));
      i += match[0].length;
    }
    skipSpace();
    if (i < end) {
      if (text[i] !== ',') return { ok: false, reason: `expected "," at character ${i}` };
      i++;
      skipSpace();
    }
  }
  return { ok: true, items };
}

/** Python's repr of a list of strings or numbers. */
export function writePythonList(items: readonly (string | number)[]): string {
  return `[${items.map(reprItem).join(', ')}]`;
}

function reprItem(item: string | number): string {
  if (typeof item === 'number') return String(item);
  const quote = item.includes("'") && !item.includes('"') ? '"' : "'";
  return quote + item.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`) + quote;
}
