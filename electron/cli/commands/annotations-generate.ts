/** `generate`: template annotations for a project's scenes; the same seed again adds nothing. */
import { TASKS, type Task } from '../../../common/annotations/annotation';
import type { GenerateAnnotationsResult } from '../../../common/annotations/query';
import { generateProjectAnnotations } from '../../services/annotations/generate-annotations';
import { parseInteger, requireString, type Command } from '../command';
import { projectOption, withProject } from '../project-option';
import { optionalEnum } from './annotations';

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Generate annotations from the MODLE templates',
  usage: `generate --project FILE [--scene ID] --tasks ${TASKS.join(',')} --seed S [--json]`,
  options: { ...projectOption, scene: { type: 'string' }, tasks: { type: 'string' }, seed: { type: 'string' } },
  async run(options, _positionals, io) {
    requireString(options, 'tasks');
    const { tasks } = optionalEnum<Task>(options, 'tasks', TASKS);
    const seed = parseInteger(typeof options.seed === 'string' ? options.seed : undefined, 'seed');
    let shown = -1;
    const result = await withProject(options, (store) =>
      generateProjectAnnotations(store, {
        tasks: tasks!,
        seed,
        ...(typeof options.scene === 'string' ? { scene: options.scene } : {}),
        signal: io.signal,
        onProgress: (fraction, message) => {
          // One line per percent, not per scene: 1,500 scenes would flood the terminal.
          const percent = fraction === null ? null : Math.floor(fraction * 100);
          if (percent === null || percent !== shown) io.progress(percent === null ? message : `${percent}% ${message}`);
          if (percent !== null) shown = percent;
        },
      }),
    );
    return { generated: result.generated, byTask: result.byTask };
  },
  text: (result) => {
    const { generated, byTask } = result as Omit<GenerateAnnotationsResult, 'skipped'>;
    return [
      `generated ${generated} annotation(s)`,
      ...Object.entries(byTask).map(([task, n]) => `  ${task}: ${n}`),
    ].join('\n');
  },
};
