import { describe, expect, it } from 'vitest';
import { decodeUtf8Text, parseJsonText } from './text-input';

describe('text input', () => {
  it('decodes UTF-8 and names the line and byte of a bad sequence', () => {
    expect(decodeUtf8Text(new TextEncoder().encode('chaise é'), 'a.txt')).toBe('chaise é');
    const bad = new Uint8Array([0x61, 0x0a, 0x62, 0xe2, 0x28, 0xa1]);
    expect(() => decodeUtf8Text(bad, 'b.txt')).toThrow('b.txt (line 2, byte 3): invalid UTF-8 in text file');
  });

  it('names the line of a JSON syntax error', () => {
    expect(() => parseJsonText('{\n"a": 1,\n}', 'c.json')).toThrow(/^c\.json \(line 3\): invalid JSON/);
  });
});
