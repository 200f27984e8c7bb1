/** `import-annotations`: dataset files into a project, refused whole when any record is bad (SPEC §6). */
import { IMPORT_FORMATS, type ImportFormat } from '../../../common/annotations/annotation';
import type { ImportAnnotationsResult } from '../../../common/annotations/query';
import { importAnnotationFiles } from '../../services/annotations/import-annotations';
import { CliError, requireString, type Command } from '../command';
import { projectOption, withProject } from '../project-option';

export const importAnnotationsCommand: Command = {
  name: 'import-annotations',
  summary: 'Import annotations from dataset files (MODLE, ScanRefer, ScanQA, Nr3D, Sr3D, SQA3D, LL3DA)',
  usage: `import-annotations FILE... --project FILE --format ${IMPORT_FORMATS.join('|')} [--skip-invalid] [--json]`,
  options: { ...projectOption, format: { type: 'string' }, 'skip-invalid': { type: 'boolean', default: false } },
  positionals: true,
  async run(options, files, io) {
    if (files.length === 0) throw new CliError('give at least one FILE to import', 2);
    const format = requireString(options, 'format');
    if (!(IMPORT_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`--format must be one of ${IMPORT_FORMATS.join(', ')}; got ${JSON.stringify(format)}`, 2);
    }
    const result = await withProject(options, (store) =>
      importAnnotationFiles(store, files, {
        format: format as ImportFormat,
        skipInvalid: options['skip-invalid'] === true,
        signal: io.signal,
        onProgress: (_fraction, message) => io.progress(message),
      }),
    );
    for (const { scene_id, count } of result.unmatched)
      io.progress(`not in the project: scene ${scene_id} (${count} record(s))`);
    const document = { imported: result.imported, unmatched: result.unmatched, errors: result.errors };
    if (result.refused) {
      const first = result.errors[0]!.message;
      throw new CliError(
        `refused: ${result.errors.length} error(s) in the input, nothing imported (first: ${first})`,
        1,
        document,
      );
    }
    return document;
  },
  text: (result) => {
    const { imported, unmatched, errors } = result as Omit<ImportAnnotationsResult, 'refused'>;
    return [
      `imported ${imported} annotation(s)`,
      ...unmatched.map((u) => `not in the project: ${u.scene_id} (${u.count} record(s))`),
      ...errors.map((e) => `bad: ${e.message}`),
    ].join('\n');
  },
};
