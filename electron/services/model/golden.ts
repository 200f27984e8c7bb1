/**
 * Writes native-models/golden/ from common/model/golden-case.ts: the tokenizer's ids, the feature
 * tensors `prepareFeatures` gives for each golden text, and the same case as a training split.
 * Run after a deliberate change to feature preparation, then commit the files:
 *
 *   npx tsx electron/services/model/golden.ts
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AnnotationDraft } from '../../../common/annotations/annotation';
import { encodeNpy } from '../../../common/formats/npy-write';
import { INT_INPUTS, MODEL_INPUTS, type ModelInputName } from '../../../common/model/config';
import { prepareQuery, prepareScene } from '../../../common/model/features';
import { GOLDEN_LABELS, GOLDEN_TEXTS, GOLDEN_VOCABULARY, goldenScene } from '../../../common/model/golden-case';
import { encodeText } from '../../../common/model/tokenizer';
import { encodeSplit, writeSplit } from './training-data';

export const GOLDEN_DIR = resolve(import.meta.dirname, '../../../native-models/golden');

/** The golden texts as MODLE records (one per task kind the split format carries). */
export function goldenRecords(): AnnotationDraft[] {
  const base = { scene_id: 'golden_00', answer: '', source: { kind: 'human' as const } };
  const chairBox = goldenScene().objects.find((o) => o.id === 5)!.box;
  return [
    {
      ...base,
      id: 'g0',
      task: 'distance',
      text: GOLDEN_TEXTS[0],
      referents: [
        { id: 9, role: 'target' },
        { id: 5, role: 'anchor' },
      ],
      value: { kind: 'distance', metric: 'center', metres: 1.23 },
    },
    {
      ...base,
      id: 'g1',
      task: 'layout_edit',
      text: GOLDEN_TEXTS[1],
      referents: [
        { id: 5, role: 'target' },
        { id: 3, role: 'anchor' },
      ],
      value: {
        kind: 'layout',
        object_id: 5,
        box_before: chairBox,
        box_after: { ...chairBox, center: [0.5, 0.9, 0.45] },
      },
    },
    {
      ...base,
      id: 'g2',
      task: 'vqa',
      text: GOLDEN_TEXTS[2],
      referents: [],
      value: { kind: 'answers', answers: ['no'] },
    },
  ];
}

export function writeGolden(dir = GOLDEN_DIR): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tokens = GOLDEN_TEXTS.map((text) => {
    const e = encodeText(text, GOLDEN_VOCABULARY);
    return { text, words: e.words, ids: [...e.ids], mask: [...e.mask] };
  });
  writeFileSync(
    join(dir, 'tokens.json'),
    `${JSON.stringify({ vocabulary: GOLDEN_VOCABULARY.words, cases: tokens }, null, 1)}\n`,
  );
  const scene = prepareScene(goldenScene());
  const cases = GOLDEN_TEXTS.map((text, k) => {
    const query = prepareQuery(scene, text, GOLDEN_VOCABULARY, GOLDEN_LABELS);
    const folder = join(dir, `inputs-${k}`);
    mkdirSync(folder);
    for (const name of Object.keys(MODEL_INPUTS) as ModelInputName[]) {
      const shape = [1, ...MODEL_INPUTS[name]];
      writeFileSync(
        join(folder, `${name}.npy`),
        encodeNpy(INT_INPUTS.has(name) ? 'i4' : 'f4', shape, query.inputs[name]),
      );
    }
    return { text, slots: query.slots, words: query.words };
  });
  writeFileSync(join(dir, 'cases.json'), `${JSON.stringify({ labels: GOLDEN_LABELS.words, cases }, null, 1)}\n`);
  writeSplit(
    join(dir, 'split'),
    encodeSplit([{ id: 'golden_00', features: scene }], goldenRecords(), GOLDEN_VOCABULARY, GOLDEN_LABELS, [
      'no',
      'yes',
    ]),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) writeGolden();
