/**
 * The manifest beside each model (native-models/model/spatial-model.manifest.json): what the
 * ONNX file expects and gives, its vocabulary, label set and answers, its hash and its figures.
 * Loading checks the hash, so a model and its vocabulary can never drift apart.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { MODEL_INPUTS, MODEL_OUTPUTS } from '../../../common/model/config';
import { Vocabulary } from '../../../common/model/tokenizer';

export const DEFAULT_MODEL_DIR = resolve(import.meta.dirname, '../../../native-models/model');
export const MANIFEST_FILE = 'spatial-model.manifest.json';

const tensorSpec = z.object({
  name: z.string(),
  shape: z.array(z.union([z.string(), z.number()])),
  dtype: z.string().optional(),
});

export const manifestSchema = z.object({
  name: z.string(),
  format: z.literal('onnx'),
  opset: z.number().int(),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int(),
  inputs: z.array(tensorSpec),
  outputs: z.array(tensorSpec),
  tasks: z.array(z.string()),
  relations: z.array(z.string()),
  metrics_classes: z.array(z.string()),
  vocabulary: z.array(z.string()),
  labels: z.array(z.string()),
  answers: z.array(z.string()),
  training: z.record(z.string(), z.unknown()).optional(),
  metrics: z.record(z.string(), z.unknown()).optional(),
});
export type ModelManifest = z.infer<typeof manifestSchema>;

export interface LoadedManifest {
  manifest: ModelManifest;
  modelPath: string;
  vocabulary: Vocabulary;
  labels: Vocabulary;
}

export class ModelFileError extends Error {
  constructor(file: string, field: string, message: string) {
    super(`${file}: ${field}: ${message}`);
    this.name = 'ModelFileError';
  }
}

export function loadManifest(dir = DEFAULT_MODEL_DIR): LoadedManifest {
  const file = join(dir, MANIFEST_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ModelFileError(file, '(file)', error instanceof Error ? error.message : String(error));
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ModelFileError(file, issue.path.join('.') || '(record)', issue.message);
  }
  const manifest = parsed.data;
  const names = manifest.inputs.map((i) => i.name);
  if (names.join() !== Object.keys(MODEL_INPUTS).join())
    throw new ModelFileError(
      file,
      'inputs',
      `expected ${Object.keys(MODEL_INPUTS).join(', ')}, got ${names.join(', ')}`,
    );
  if (manifest.outputs.map((o) => o.name).join() !== MODEL_OUTPUTS.join())
    throw new ModelFileError(file, 'outputs', `expected ${MODEL_OUTPUTS.join(', ')}`);
  const modelPath = join(dir, manifest.file);
  const digest = createHash('sha256').update(readFileSync(modelPath)).digest('hex');
  if (digest !== manifest.sha256)
    throw new ModelFileError(
      file,
      'sha256',
      `${manifest.file} has sha256 ${digest}, the manifest says ${manifest.sha256}`,
    );
  return {
    manifest,
    modelPath,
    vocabulary: new Vocabulary(manifest.vocabulary),
    labels: new Vocabulary(manifest.labels),
  };
}
