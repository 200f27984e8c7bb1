/**
 * The published JSON Schema of a MODLE record, generated from the zod schema so the two cannot
 * disagree (a test compares it with resources/schemas/modle.schema.json).
 */
import { z } from 'zod';
import { annotationSchema } from './annotation';

export const MODLE_SCHEMA_ID = 'https://spatial-studio.dev/schemas/modle.schema.json';

export function modleJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(annotationSchema, { target: 'draft-2020-12' });
  return { $schema: generated.$schema, $id: MODLE_SCHEMA_ID, ...generated };
}

/** The text of the committed schema file: the schema, two-space indented, newline-terminated. */
export function modleJsonSchemaText(): string {
  return JSON.stringify(modleJsonSchema(), null, 2) + '\n';
}
