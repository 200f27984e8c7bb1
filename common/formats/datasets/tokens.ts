/**
 * Word tokens as ScanRefer and ReferIt3D store them beside the text, and the check that kept
 * tokens still belong to a text that may have been corrected since import.
 */

/** Lower-case words and punctuation marks, the way ScanRefer's `token` lists look. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?|[^\s\p{L}\p{N}]/gu) ?? [];
}

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** True when the tokens spell the text (ignoring case, spaces and punctuation). */
export function tokensMatch(tokens: readonly string[], text: string): boolean {
  return letters(tokens.join('')) === letters(text);
}
