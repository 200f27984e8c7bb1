import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from './csv';

describe('CSV', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\ufeffa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\n\n3,4';
    const parsed = parseCsv(text);
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { fields: ['a', 'b'], line: 1 },
        { fields: ['x, y', 'say "hi"'], line: 2 },
        { fields: ['two\nlines', ''], line: 3 },
        { fields: ['3', '4'], line: 6 },
      ],
    });
  });

  it('names the line of an unclosed quote or a stray one', () => {
    expect(parseCsv('a,b\n1,"open\n2,3')).toEqual({ ok: false, line: 2, reason: 'a quoted field is never closed' });
    expect(parseCsv('a,b\n1,x"y')).toEqual({ ok: false, line: 2, reason: 'a quote inside an unquoted field' });
  });

  it('writes what it reads', () => {
    const rows = [
      ['x, y', 'say "hi"'],
      ['two\nlines', ' padded'],
      ['plain', ''],
    ];
    const text = writeCsv(['a', 'b'], rows);
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.rows.map((r) => r.fields)).toEqual([['a', 'b'], ...rows]);
  });
});
