import { describe, expect, it } from 'vitest';
import { parsePythonList, writePythonList } from './python-list';

describe('Python list cells', () => {
  it('reads strings in either quote, escapes and numbers', () => {
    expect(parsePythonList(`['the', "chair's", 'a\\'b', 3, 12]`)).toEqual({
      ok: true,
      items: ['the', "chair's", "a'b", 3, 12],
    });
    expect(parsePythonList('[]')).toEqual({ ok: true, items: [] });
  });

  it('rejects what is not a list', () => {
    expect(parsePythonList('the chair')).toEqual({ ok: false, reason: 'expected a list like [a, b]' });
    expect(parsePythonList("['a' 'b']").ok).toBe(false);
    expect(parsePythonList("['a, 'b]").ok).toBe(false);
  });

  it('writes as Python prints and reads back', () => {
    const items = ['the', "chair's", 'say "x"', 5];
    const text = writePythonList(items);
    expect(text).toBe(`['the', "chair's", 'say "x"', 5]`);
    expect(parsePythonList(text)).toEqual({ ok: true, items });
  });
});
