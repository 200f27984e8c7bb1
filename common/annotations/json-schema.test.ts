import { describe, expect, it } from 'vitest';
import committed from '../../resources/schemas/modle.schema.json';
import { modleJsonSchema } from './json-schema';

describe('resources/schemas/modle.schema.json', () => {
  it('is the schema generated from the zod definition (regenerate: see docs/modle-format.md)', () => {
    expect(committed).toEqual(modleJsonSchema());
  });

  it('is draft 2020-12 and lists every task', () => {
    const schema = modleJsonSchema() as { $schema: string; oneOf: { properties: { task: { const: string } } }[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.oneOf.map((branch) => branch.properties.task.const)).toEqual([
      'vqa',
      'grounding',
      'caption',
      'distance',
      'layout_edit',
    ]);
  });
});
