/** Opening the `--project FILE` that most commands take. */
import { openProject, type ProjectStore } from '../services/project/project-store';
import { requireString, type ParsedOptions } from './command';

export const projectOption = { project: { type: 'string' } } as const;

/** Opens the project for the length of `use`, closing it afterwards even when `use` fails. */
export async function withProject<T>(
  options: ParsedOptions,
  use: (store: ProjectStore) => Promise<T> | T,
  { create = false } = {},
): Promise<T> {
  const store = openProject(requireString(options, 'project'), { create });
  try {
    return await use(store);
  } finally {
    store.close();
  }
}
