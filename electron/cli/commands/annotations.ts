/** `annotations`: list a project's annotations, optionally one scene's, task's or status's. */
import {
  STATUSES,
  TASKS,
  type Annotation,
  type AnnotationStatus,
  type Task,
} from '../../../common/annotations/annotation';
import { AnnotationStore } from '../../services/annotations/annotation-store';
import { CliError, type Command, type ParsedOptions } from '../command';
import { projectOption, withProject } from '../project-option';

export type AnnotationListing = Pick<
  Annotation,
  'id' | 'scene_id' | 'task' | 'text' | 'answer' | 'value' | 'referents' | 'status'
>[];

export const annotationsCommand: Command = {
  name: 'annotations',
  summary: 'List annotations of a project',
  usage: 'annotations --project FILE [--scene ID] [--task T] [--status S] [--json]',
  options: { ...projectOption, scene: { type: 'string' }, task: { type: 'string' }, status: { type: 'string' } },
  run: (options) =>
    withProject(options, (store): AnnotationListing => {
      const filter = {
        ...(typeof options.scene === 'string' ? { scene: options.scene } : {}),
        ...optionalEnum<Task>(options, 'task', TASKS),
        ...optionalEnum<AnnotationStatus>(options, 'status', STATUSES),
      };
      return new AnnotationStore(store)
        .all(filter)
        .map(({ id, scene_id, task, text, answer, value, referents, status }) => ({
          id,
          scene_id,
          task,
          text,
          answer,
          value,
          referents,
          status,
        }));
    }),
  text: (result) =>
    (result as AnnotationListing)
      .map((a) => `${a.id}\t${a.scene_id}\t${a.task}\t${a.status}\t${a.text}\t${a.answer}`)
      .join('\n') || '(no annotations)',
};

/** `--task T` / `--status S`, checked against the allowed names; several may be given comma-separated. */
export function optionalEnum<T extends string>(
  options: ParsedOptions,
  name: string,
  allowed: readonly T[],
): Record<string, T[]> {
  const raw = options[name];
  if (typeof raw !== 'string') return {};
  const values = raw
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  for (const value of values) {
    if (!(allowed as readonly string[]).includes(value)) {
      throw new CliError(`--${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`, 2);
    }
  }
  if (values.length === 0) throw new CliError(`--${name} needs a value`, 2);
  return { [name]: values as T[] };
}
