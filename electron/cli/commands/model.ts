/** `ask` and `eval`: the bundled spatial model over a project's scene, and measured on a prepared split. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AskResult } from '../../../common/model/decode';
import { DEFAULT_DATA_DIR, evaluateSplit, type EvalReport } from '../../services/model/evaluate';
import { DEFAULT_MODEL_DIR } from '../../services/model/manifest';
import { SpatialModelService } from '../../services/model/spatial-model';
import { CliError, requireString, type Command } from '../command';
import { projectOption, withProject } from '../project-option';

const SPLITS = ['test', 'phrasings', 'val'];

export const askCommand: Command = {
  name: 'ask',
  summary: 'Ask the spatial model about a scene',
  usage: 'ask --project FILE --scene ID "TEXT" [--model DIR] [--json]',
  options: { ...projectOption, scene: { type: 'string' }, model: { type: 'string' } },
  positionals: true,
  async run(options, positionals, io) {
    const text = positionals.join(' ').trim();
    if (!text)
      throw new CliError(
        'ask needs the question as an argument, e.g. ask --project p.studio --scene s "How far is the lamp from the bed?"',
        2,
      );
    const sceneId = requireString(options, 'scene');
    // The project and scene are checked before the model loads, so a typo fails fast.
    return withProject(options, async (store) => {
      if (store.getObjects(sceneId).length === 0) throw new CliError(`scene ${sceneId} has no objects to ask about`);
      const model = await SpatialModelService.open(
        typeof options.model === 'string' ? resolve(options.model) : DEFAULT_MODEL_DIR,
      );
      io.progress(
        `model on ${model.host.provider}${model.host.fallbacks.length ? ` (fell back: ${model.host.fallbacks.join('; ')})` : ''}`,
      );
      try {
        return await model.ask(store, sceneId, text);
      } finally {
        await model.close();
      }
    });
  },
  text(result) {
    const r = result as AskResult;
    const refs = r.referents.map((x) => `${x.role} ${x.id} (${x.score.toFixed(2)})`).join(', ');
    const edit = r.edit
      ? `\nedit: object ${r.edit.object} → center ${r.edit.box.center.map((v) => v.toFixed(2)).join(',')}`
      : '';
    return `task: ${r.task}\nreferents: ${refs}${r.answer !== null ? `\nanswer: ${r.answer}` : ''}${edit}`;
  },
};

export const evalCommand: Command = {
  name: 'eval',
  summary: 'Evaluate the spatial model on a prepared split',
  usage: 'eval [--split test|phrasings|val] [--data DIR] [--model DIR] [--json]',
  options: { split: { type: 'string' }, data: { type: 'string' }, model: { type: 'string' } },
  async run(options, _positionals, io) {
    const split = typeof options.split === 'string' ? options.split : 'test';
    if (!SPLITS.includes(split))
      throw new CliError(`--split must be one of ${SPLITS.join(', ')}, got ${JSON.stringify(split)}`, 2);
    const dir = join(typeof options.data === 'string' ? resolve(options.data) : DEFAULT_DATA_DIR, split);
    if (!existsSync(join(dir, 'meta.json')) && !existsSync(join(dir, 'meta.json.gz')))
      throw new CliError(
        `${dir}: no prepared split here (write one with: npx tsx electron/services/model/prepare-data.ts --out DIR --scenes N)`,
      );
    const model = await SpatialModelService.open(
      typeof options.model === 'string' ? resolve(options.model) : DEFAULT_MODEL_DIR,
    );
    io.progress(`evaluating ${dir} on ${model.host.provider}`);
    try {
      return await evaluateSplit(model.host, dir, split, model.model.manifest.answers);
    } finally {
      await model.close();
    }
  },
  text(result) {
    const r = result as EvalReport;
    const pct = (x: { accuracy: number; total: number }): string => `${(x.accuracy * 100).toFixed(1)}% of ${x.total}`;
    return [
      `split ${r.split}: ${r.samples} samples; task type ${pct(r.task)}`,
      `grounding accuracy ${pct(r.grounding)}`,
      `distance: both referents ${pct(r.distance.bothReferents)}, median abs error ${r.distance.medianAbsError ?? '-'} m`,
      `layout: object ${pct(r.layout.objectCorrect)}, within ${r.layout.tolerance} m ${pct(r.layout.within)}, collision-free ${pct(r.layout.collisionFree)} (an edit proposed for ${pct(r.layout.proposed)})`,
      ...Object.entries(r.vqa).map(([k, v]) => `vqa ${k}: ${pct(v)}`),
    ].join('\n');
  },
};
