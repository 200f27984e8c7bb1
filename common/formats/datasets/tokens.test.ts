import { describe, expect, it } from 'vitest';
import { tokenize, tokensMatch } from './tokens';

describe('tokens', () => {
  it('splits words and punctuation, lower-cased', () => {
    expect(tokenize("The chair's back, by the TV.")).toEqual(['the', "chair's", 'back', ',', 'by', 'the', 'tv', '.']);
  });

  it('tells whether kept tokens still spell the text', () => {
    expect(tokensMatch(['the', 'chair', 'is', 'brown', '.'], 'The chair is brown.')).toBe(true);
    expect(tokensMatch(['the', 'chair', 'is', 'brown', '.'], 'The chair is red.')).toBe(false);
  });
});
