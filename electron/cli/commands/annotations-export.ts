/** `export`: a project's annotations to a dataset file, with labels and bounds from the project. */
import { STATUSES, type AnnotationStatus } from '../../../common/annotations/annotation';
import { EXPORT_FORMATS, type ExportFormat } from '../../../common/annotations/query';
import { exportAnnotationFile } from '../../services/annotations/export-annotations';
import { CliError, requireString, type Command } from '../command';
import { projectOption, withProject } from '../project-option';
import { optionalEnum } from './annotations';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export annotations to MODLE JSON/JSONL, ScanRefer, ScanQA or LL3DA',
  usage: `export --project FILE --format ${EXPORT_FORMATS.join('|')} --out FILE [--status S,...] [--scene ID] [--json]`,
  options: {
    ...projectOption,
    format: { type: 'string' },
    out: { type: 'string' },
    status: { type: 'string' },
    scene: { type: 'string' },
  },
  async run(options, _positionals, io) {
    const format = requireString(options, 'format');
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`--format must be one of ${EXPORT_FORMATS.join(', ')}; got ${JSON.stringify(format)}`, 2);
    }
    const out = requireString(options, 'out');
    const { status } = optionalEnum<AnnotationStatus>(options, 'status', STATUSES);
    return withProject(options, (store) =>
      exportAnnotationFile(store, out, {
        format: format as ExportFormat,
        ...(status ? { status } : {}),
        ...(typeof options.scene === 'string' ? { scene: options.scene } : {}),
        signal: io.signal,
        onProgress: (_fraction, message) => io.progress(message),
      }),
    );
  },
  text: (result) => `exported ${(result as { exported: number }).exported} annotation(s)`,
};
