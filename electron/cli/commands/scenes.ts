/** `scenes` and `objects`: what a project holds. */
import type { SceneObject, SceneSummary } from '../../../common/domain/scene';
import { requireString, type Command } from '../command';
import { projectOption, withProject } from '../project-option';

export const scenesCommand: Command = {
  name: 'scenes',
  summary: 'List the scenes of a project with point and object counts',
  usage: 'scenes --project FILE [--json]',
  options: projectOption,
  run: (options) => withProject(options, (store) => store.listScenes()),
  text: (result) =>
    (result as SceneSummary[]).map((s) => `${s.id}\t${s.points} points\t${s.objects} objects`).join('\n') ||
    '(no scenes)',
};

export const objectsCommand: Command = {
  name: 'objects',
  summary: "List a scene's objects in its current layout",
  usage: 'objects --project FILE --scene ID [--json]',
  options: { ...projectOption, scene: { type: 'string' } },
  run: (options) =>
    withProject(options, (store) =>
      store
        .getObjects(requireString(options, 'scene'))
        .map(({ id, label, box, points }) => ({ id, label, box, points })),
    ),
  text: (result) =>
    (result as Pick<SceneObject, 'id' | 'label' | 'box' | 'points'>[])
      .map(
        (o) =>
          `${o.id}\t${o.label}\tcenter ${o.box.center.map((v) => v.toFixed(2)).join(',')}\tsize ${o.box.size.map((v) => v.toFixed(2)).join(',')}\t${o.points} points`,
      )
      .join('\n'),
};
