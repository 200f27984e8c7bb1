/** `import`: ScanNet scan folders, point clouds and arrays into a project (created if needed). */
import type { SceneSummary } from '../../../common/domain/scene';
import { importScenes } from '../../services/import/import-scenes';
import { CliError, type Command } from '../command';
import { projectOption, withProject } from '../project-option';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import ScanNet scan folders, PLY point clouds or .npy arrays into a project',
  usage: 'import PATH... --project FILE [--label-map TSV] [--replace] [--json]',
  options: { ...projectOption, 'label-map': { type: 'string' }, replace: { type: 'boolean', default: false } },
  positionals: true,
  async run(options, paths, io) {
    if (paths.length === 0) throw new CliError('give at least one PATH to import', 2);
    const labelMapPath = typeof options['label-map'] === 'string' ? options['label-map'] : undefined;
    let lastShown = -1;
    // Read everything first: a bad file fails before the project is touched.
    const scenes = await importScenes(paths, {
      labelMapPath,
      signal: io.signal,
      onProgress: (fraction, message) => {
        const percent = Math.floor(fraction * 100);
        if (percent !== lastShown) io.progress(`${percent}% ${message}`);
        lastShown = percent;
      },
    });
    for (const scene of scenes) for (const notice of scene.notices) io.progress(notice);
    const stored = await withProject(
      options,
      (store) => store.addScenes(scenes, { replace: options.replace === true }),
      { create: true },
    );
    return { scenes: stored.map(({ id, points, objects }) => ({ id, points, objects })) };
  },
  text: (result) =>
    (result as { scenes: SceneSummary[] }).scenes
      .map((s) => `imported ${s.id}: ${s.points} points, ${s.objects} objects`)
      .join('\n'),
};
