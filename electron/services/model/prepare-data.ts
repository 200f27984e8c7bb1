/**
 * Data preparation for the spatial model: the studio's own pipeline end to end.
 *
 *   npx tsx electron/services/model/prepare-data.ts --out DIR [--scenes N --seed S | --project FILE] [--limit K]
 *
 * With --scenes: synthesize N rooms (`synth`), import them into DIR/project.studio (`import`).
 * Then per scene: generate MODLE records with the bundled templates (common/templates), prepare
 * features (common/model/features) and write train / val / test / phrasings splits
 * (electron/services/model/training-data.ts). Splits are by scene (sorted ids: 8 train, 1 val,
 * 1 test in every 10); `phrasings` holds the test scenes asked with each template's held-out last
 * phrasing, which no other split uses.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnnotationDraft, Task } from '../../../common/annotations/annotation';
import { prepareScene } from '../../../common/model/features';
import { Vocabulary } from '../../../common/model/tokenizer';
import { bundledTemplateSet } from '../../../common/templates/bundled';
import { generateAnnotations } from '../../../common/templates/engine';
import type { TemplateSet } from '../../../common/templates/template-set';
import { importScenes } from '../import';
import { encodeSplit, writeSplit, type PreparedScene } from './training-data';
import { openProject } from '../project/project-store';
import { synthesizeScenes } from '../synth/write-scan-folder';

const TRAIN_TASKS: Task[] = ['distance', 'grounding', 'layout_edit', 'vqa'];
const MAX_ANSWERS = 200;

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    scenes: { type: 'string' },
    seed: { type: 'string' },
    project: { type: 'string' },
    limit: { type: 'string' },
  },
});
const out = resolve(values.out ?? 'native-models/data');
const seed = Number(values.seed ?? 1);
const limit = Number(values.limit ?? 12);
mkdirSync(out, { recursive: true });

let projectPath = values.project ? resolve(values.project) : join(out, 'project.studio');
if (values.scenes) {
  const scansDir = join(out, 'scans');
  rmSync(scansDir, { recursive: true, force: true });
  rmSync(projectPath, { force: true });
  const made = await synthesizeScenes({
    count: Number(values.scenes),
    seed,
    outDir: scansDir,
    onProgress: (d, t) => process.stderr.write(`synth ${d}/${t}\r`),
  });
  const imported = await importScenes(made.map((m) => m.dir));
  const store = openProject(projectPath, { create: true });
  store.addScenes(imported);
  store.close();
  rmSync(scansDir, { recursive: true, force: true });
  process.stderr.write(`\nimported ${imported.length} scenes into ${projectPath}\n`);
}
projectPath = resolve(projectPath);

/** The template set cut into the phrasings training may see and the held-out last phrasing of each. */
function splitPhrasings(set: TemplateSet): { seen: TemplateSet; held: TemplateSet } {
  const cut = (keepLast: boolean): TemplateSet => ({
    ...set,
    templates: set.templates.map((t) => ({
      ...t,
      phrasings: keepLast ? t.phrasings.slice(-1) : t.phrasings.slice(0, -1),
    })),
  });
  return { seen: cut(false), held: cut(true) };
}

const store = openProject(projectPath);
const { seen, held } = splitPhrasings(bundledTemplateSet());
const sceneIds = store
  .listScenes()
  .map((s) => s.id)
  .sort();
const splitOf = (i: number): 'train' | 'val' | 'test' => (i % 10 === 8 ? 'val' : i % 10 === 9 ? 'test' : 'train');
const scenes: Record<string, PreparedScene[]> = { train: [], val: [], test: [] };
const records: Record<string, AnnotationDraft[]> = { train: [], val: [], test: [], phrasings: [] };
const limits = Object.fromEntries(TRAIN_TASKS.map((t) => [t, limit])) as Partial<Record<Task, number>>;
sceneIds.forEach((id, i) => {
  const objects = store.getObjects(id);
  const split = splitOf(i);
  scenes[split]!.push({ id, features: prepareScene({ objects, cloud: store.getPoints(id, 0) }) });
  records[split]!.push(...generateAnnotations({ sceneId: id, objects }, seen, { seed, tasks: TRAIN_TASKS, limits }));
  if (split === 'test')
    records.phrasings!.push(
      ...generateAnnotations({ sceneId: id, objects }, held, { seed, tasks: TRAIN_TASKS, limits }),
    );
  process.stderr.write(`prepared ${i + 1}/${sceneIds.length}\r`);
});
store.close();

const labelNames = [...new Set(scenes.train!.flatMap((s) => s.features.objects.map((o) => o.label)))].sort();
const labels = new Vocabulary(['<pad>', '<unk>', ...labelNames]);
const vocabulary = Vocabulary.build(
  records.train!.map((r) => r.text),
  1,
  labelNames,
);
const answerCounts = new Map<string, number>();
for (const r of records.train!)
  if (r.value.kind === 'answers' && r.value.answers[0])
    answerCounts.set(r.value.answers[0], (answerCounts.get(r.value.answers[0]) ?? 0) + 1);
const answers = [...answerCounts]
  .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  .slice(0, MAX_ANSWERS)
  .map(([a]) => a);

const counts: Record<string, number> = {};
for (const split of ['train', 'val', 'test', 'phrasings']) {
  const splitScenes = split === 'phrasings' ? scenes.test! : scenes[split]!;
  writeSplit(join(out, split), encodeSplit(splitScenes, records[split]!, vocabulary, labels, answers));
  counts[split] = records[split]!.length;
}
process.stdout.write(
  `${JSON.stringify({ out, scenes: sceneIds.length, samples: counts, vocabulary: vocabulary.words.length, labels: labels.words.length, answers: answers.length })}\n`,
);
