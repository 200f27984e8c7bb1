/**
 * Importing dataset files (MODLE, ScanRefer, ScanQA, Nr3D, Sr3D, SQA3D, LL3DA) into a project:
 * decode with the format's codec, check every record against the project, and store the good ones
 * in one transaction.
 *
 * Records of scenes the project lacks are counted in `unmatched` (a full ScanRefer file holds
 * hundreds of scenes; a project usually a few). Bad records — malformed, duplicated, naming an
 * object the scene does not have, or an id already stored — refuse the whole import unless
 * `skipInvalid` is set, and each is listed with its file, place, field and reason.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { completeDraft, type AnnotationDraft, type ImportFormat } from '../../../common/annotations/annotation';
import type { ImportAnnotationsResult, ImportIssue, UnmatchedScene } from '../../../common/annotations/query';
import { InputError, formatInputError } from '../../../common/domain/errors';
import {
  DATASET_CODECS,
  decodeSqa3dFiles,
  modleCodecFor,
  type DecodeResult,
  type TextFile,
} from '../../../common/formats/datasets';
import type { ProjectStore } from '../project/project-store';
import { AnnotationStore } from './annotation-store';
import { loadObjectIndex, missingObjects } from './object-references';

export interface ImportAnnotationsOptions {
  format: ImportFormat;
  /** Import the good records and report the bad ones instead of refusing the whole import. */
  skipInvalid?: boolean;
  signal?: AbortSignal;
  onProgress?: (fraction: number | null, message: string) => void;
  /** ISO time given to records without timestamps (default: now). */
  now?: string;
}

interface Decoded {
  file: string;
  record: AnnotationDraft;
}

export async function importAnnotationFiles(
  project: ProjectStore,
  paths: readonly string[],
  options: ImportAnnotationsOptions,
): Promise<ImportAnnotationsResult> {
  const progress = options.onProgress ?? (() => {});
  const files: TextFile[] = [];
  for (const [index, path] of paths.entries()) {
    options.signal?.throwIfAborted();
    progress(index / paths.length / 2, `Reading ${basename(path)}`);
    files.push({ fileName: path, text: await readText(path) });
  }

  progress(0.5, `Decoding ${files.length} file(s) as ${options.format}`);
  const { decoded, errors } = decodeFiles(files, options.format);
  options.signal?.throwIfAborted();

  progress(0.75, `Checking ${decoded.length} record(s) against the project`);
  const store = new AnnotationStore(project);
  const checked = checkAgainstProject(project, store, decoded);
  const issues = [...errors.map(issueFromError), ...checked.issues];

  if (issues.length > 0 && !options.skipInvalid) {
    return { imported: 0, unmatched: checked.unmatched, errors: issues, refused: true };
  }
  options.signal?.throwIfAborted();
  progress(0.9, `Storing ${checked.good.length} record(s)`);
  const now = options.now ?? new Date().toISOString();
  const { inserted } = store.insertMany(checked.good.map((record) => completeDraft(record, { now })));
  return { imported: inserted, unmatched: checked.unmatched, errors: issues, refused: false };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    throw new InputError(path, {}, undefined, `cannot read: ${reason}`);
  }
}

/** SQA3D pairs a questions file with an annotations file; every other format reads files one by one. */
function decodeFiles(files: readonly TextFile[], format: ImportFormat): { decoded: Decoded[]; errors: InputError[] } {
  const decoded: Decoded[] = [];
  const errors: InputError[] = [];
  const take = (file: string, result: DecodeResult): void => {
    for (const record of result.records) decoded.push({ file, record });
    errors.push(...result.errors);
  };
  if (format === 'sqa3d') {
    const questions = files.find((f) => f.text.trimStart().startsWith('{') && f.text.includes('"questions"'));
    take(questions?.fileName ?? files.map((f) => f.fileName).join(', '), decodeSqa3dFiles(files));
    return { decoded, errors };
  }
  for (const file of files) {
    const codec = format === 'modle' ? modleCodecFor(file.fileName, file.text) : DATASET_CODECS[format];
    take(file.fileName, codec.decode(file.text, file.fileName));
  }
  return { decoded, errors };
}

interface Checked {
  good: AnnotationDraft[];
  unmatched: UnmatchedScene[];
  issues: ImportIssue[];
}

/** Ids unique across the files and the project; scenes known; objects present in their scene. */
function checkAgainstProject(project: ProjectStore, store: AnnotationStore, decoded: readonly Decoded[]): Checked {
  const objectIndex = loadObjectIndex(project.db);
  const stored = store.existingIds(decoded.map((d) => d.record.id));
  const seen = new Map<string, string>();
  const unmatched = new Map<string, number>();
  const issues: ImportIssue[] = [];
  const good: AnnotationDraft[] = [];
  for (const { file, record } of decoded) {
    const issue = (field: string, reason: string): void => {
      issues.push({
        file,
        record_id: record.id,
        field,
        reason,
        message: `${file}: record ${record.id}: ${field}: ${reason}`,
      });
    };
    const firstFile = seen.get(record.id);
    if (firstFile !== undefined) {
      issue('id', `duplicated: ${record.id} appears again (first in ${firstFile})`);
      continue;
    }
    seen.set(record.id, file);
    const sceneObjects = objectIndex.get(record.scene_id);
    if (sceneObjects === undefined) {
      unmatched.set(record.scene_id, (unmatched.get(record.scene_id) ?? 0) + 1);
      continue;
    }
    if (stored.has(record.id)) {
      issue('id', `${record.id} is already in the project`);
      continue;
    }
    const missing = missingObjects(record, sceneObjects);
    for (const ref of missing) issue(ref.field, `object ${ref.id} is not in scene ${record.scene_id}`);
    if (missing.length === 0) good.push(record);
  }
  return {
    good,
    unmatched: [...unmatched]
      .map(([scene_id, count]) => ({ scene_id, count }))
      .sort((a, b) => a.scene_id.localeCompare(b.scene_id)),
    issues,
  };
}

function issueFromError(error: InputError): ImportIssue {
  const issue: ImportIssue = {
    file: error.file,
    reason: error.reason,
    message: formatInputError(error.file, error.location, error.field, error.reason),
  };
  if (error.location.line !== undefined) issue.line = error.location.line;
  if (error.location.record !== undefined) issue.record = error.location.record;
  if (error.field !== undefined) issue.field = error.field;
  return issue;
}
