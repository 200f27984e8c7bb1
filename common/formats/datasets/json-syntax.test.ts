import { describe, expect, it } from 'vitest';
import { lineAt } from './json-input';
import { findJsonSyntaxProblem } from './json-syntax';

describe('findJsonSyntaxProblem', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(findJsonSyntaxProblem('{"a": [1, -2.5e3, true, null, "x\\u00e9\\n"]}')).toBeUndefined();
  });

  it('points at the first bad character', () => {
    const text = '[\n  {"id": 1},\n  {"id": 2,}\n]';
    const problem = findJsonSyntaxProblem(text)!;
    expect(problem.reason).toBe('unexpected "}"');
    expect(lineAt(text, problem.offset)).toBe(3);
    expect(findJsonSyntaxProblem('{"a": "open')).toEqual({ offset: 11, reason: 'a string is never closed' });
    expect(findJsonSyntaxProblem('[1, 2')).toEqual({ offset: 5, reason: 'unexpected end of the text' });
    expect(findJsonSyntaxProblem('[1] 2')!.reason).toBe('unexpected "2"');
  });
});
