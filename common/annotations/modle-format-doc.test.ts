// Keeps docs/modle-format.md honest: its example records are the examples, and they validate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateAnnotation } from './annotation';
import { EXAMPLE_ANNOTATIONS } from './examples';

const doc = readFileSync(new URL('../../docs/modle-format.md', import.meta.url), 'utf8');
const examplesSection = doc.slice(doc.indexOf('## One example per task'), doc.indexOf('## Other formats'));
const blocks = [...examplesSection.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as unknown);

describe('docs/modle-format.md', () => {
  it('shows exactly the example records, one per task', () => {
    expect(blocks).toEqual(EXAMPLE_ANNOTATIONS);
  });

  it('shows only valid records', () => {
    for (const block of blocks) expect(validateAnnotation(block).ok).toBe(true);
  });
});
