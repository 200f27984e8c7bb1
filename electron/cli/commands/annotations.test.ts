import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TASKS, type Annotation } from '../../../common/annotations/annotation';
import {
  NR3D_SAMPLE,
  SCANQA_SAMPLE,
  SCANREFER_SAMPLE,
  SR3D_SAMPLE,
} from '../../../common/formats/datasets/testing/samples';
import type { ImportIssue } from '../../../common/annotations/query';
import { AnnotationStore } from '../../services/annotations/annotation-store';
import { labelledScene, sampleRecord, synthObjectsScene } from '../../services/annotations/test-support';
import { openProject } from '../../services/project/project-store';
import { runCli } from '../main';

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out = { write: (s: string) => ((stdout += s), true) };
  const err = { write: (s: string) => ((stderr += s), true) };
  const code = await runCli([...argv, '--quiet'], out, err);
  return { code, stdout, stderr };
}

// Objects named as the dataset fixtures name them, so exported names match the imported ones.
const SCENES = {
  scene0000_00: {
    1: 'chair',
    2: 'table',
    3: 'desk',
    4: 'bed',
    5: 'office chair',
    6: 'office chair',
    8: 'cabinet',
    9: 'lamp',
    20: 'chair',
    21: 'chair',
    22: 'chair',
    34: 'kitchen cabinets',
  },
  scene0525_00: { 5: 'plant', 7: 'plant', 11: 'kitchen cabinets', 12: 'kitchen cabinets', 14: 'kitchen cabinets' },
  scene0380_00: { 1: 'chair' },
  scene0011_00: { 1: 'lamp' },
};

const SCANREFER = [
  ...SCANREFER_SAMPLE,
  {
    scene_id: 'scene0000_00',
    object_id: '9',
    object_name: 'lamp',
    ann_id: '0',
    description: 'the lamp on the nightstand.',
    token: ['the', 'lamp', 'on', 'the', 'nightstand', '.'],
  },
];
const SQA3D_QUESTIONS = {
  questions: [
    {
      alternative_situation: ['I am facing the couch while the window is behind me.'],
      question: 'What color is the chair in front of me?',
      question_id: 220602000000,
      scene_id: 'scene0380_00',
      situation: 'I am standing by the window facing the couch.',
    },
  ],
};
const SQA3D_ANNOTATIONS = {
  annotations: [
    {
      answer_type: 'other',
      answers: [{ answer: 'brown', answer_confidence: 'yes', answer_id: 1 }],
      position: { x: 0.84, y: -1.12, z: 0 },
      question_id: 220602000000,
      rotation: { _w: 0.92, _x: 0, _y: 0, _z: 0.39 },
      scene_id: 'scene0380_00',
    },
  ],
};
const LL3DA = [
  { scene_id: 'scene0000_00', question: 'What is placed on the table?', answers: ['a laptop', 'laptop'] },
  {
    scene_id: 'scene0000_00',
    question: 'Describe the object at <obj>120, 64, 30, 20, 18, 40</obj>.',
    answers: ['a brown wooden chair by the desk'],
  },
  { scene_id: 'scene0011_00', question: 'Where is the lamp?', answers: ['on the nightstand'], task_name: 'scene_qa' },
];
const MODLE: Annotation[] = TASKS.map((task, n) =>
  sampleRecord(`modle:${n}`, 'scene0000_00', task, n % 2 === 0 ? 'accepted' : 'generated'),
);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'annotations-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function makeProject(name: string): string {
  const path = join(dir, name);
  const store = openProject(path, { create: true });
  store.addScenes(Object.entries(SCENES).map(([id, labels]) => labelledScene(id, labels)));
  store.close();
  return path;
}

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
  return path;
}

function stored(project: string): Annotation[] {
  const store = openProject(project);
  try {
    return new AnnotationStore(store).all();
  } finally {
    store.close();
  }
}

/** Records without the times the store stamps at import. */
const untimed = (records: Annotation[]) => records.map(({ created_at: _c, updated_at: _u, ...rest }) => rest);

async function importJson(project: string, files: string[], format: string, ...flags: string[]) {
  const run = await cli('import-annotations', ...files, '--project', project, '--format', format, '--json', ...flags);
  return {
    ...run,
    result: JSON.parse(run.stdout) as {
      imported: number;
      unmatched: { scene_id: string; count: number }[];
      errors: ImportIssue[];
    },
  };
}

describe('import-annotations → export → import-annotations', () => {
  const cases: { format: string; files: () => string[]; exportAs: string; count: number }[] = [
    {
      format: 'scanrefer',
      files: () => [write('ScanRefer_filtered_val.json', SCANREFER)],
      exportAs: 'scanrefer',
      count: 3,
    },
    { format: 'scanqa', files: () => [write('ScanQA_v1.0_train.json', SCANQA_SAMPLE)], exportAs: 'scanqa', count: 2 },
    { format: 'll3da', files: () => [write('train.json', LL3DA)], exportAs: 'll3da', count: 3 },
    { format: 'nr3d', files: () => [write('nr3d.csv', NR3D_SAMPLE)], exportAs: 'modle', count: 2 },
    { format: 'sr3d', files: () => [write('sr3d.csv', SR3D_SAMPLE)], exportAs: 'modle-jsonl', count: 2 },
    {
      format: 'sqa3d',
      files: () => [write('annotations.json', SQA3D_ANNOTATIONS), write('questions.json', SQA3D_QUESTIONS)],
      exportAs: 'modle',
      count: 1,
    },
    { format: 'modle', files: () => [write('modle.json', MODLE)], exportAs: 'modle-jsonl', count: 5 },
  ];

  for (const { format, files, exportAs, count } of cases) {
    it(`${format} via ${exportAs} gives the same records`, async () => {
      const first = makeProject('a.studio');
      const imported = await importJson(first, files(), format);
      expect(imported.code).toBe(0);
      expect(imported.result).toEqual({ imported: count, unmatched: [], errors: [] });

      const out = join(dir, `export.${exportAs === 'modle-jsonl' ? 'jsonl' : 'json'}`);
      const exported = await cli('export', '--project', first, '--format', exportAs, '--out', out, '--json');
      expect(exported.code).toBe(0);
      expect(JSON.parse(exported.stdout)).toEqual({ exported: count });

      const second = makeProject('b.studio');
      const again = await importJson(second, [out], exportAs === 'modle-jsonl' ? 'modle' : exportAs);
      expect(again.result).toEqual({ imported: count, unmatched: [], errors: [] });
      expect(untimed(stored(second))).toEqual(untimed(stored(first)));
    });
  }

  it('keeps MODLE records whole, review fields and times included, and writes ScanRefer files as they came', async () => {
    const project = makeProject('p.studio');
    await importJson(project, [write('modle.json', MODLE)], 'modle');
    expect(stored(project)).toEqual(MODLE);

    const refer = makeProject('r.studio');
    const original = write('ScanRefer.json', SCANREFER);
    await importJson(refer, [original], 'scanrefer');
    const out = join(dir, 'out.json');
    await cli('export', '--project', refer, '--format', 'scanrefer', '--out', out);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(original, 'utf8'));
  });

  it('exports only the statuses asked for, and lists annotations with the SPEC §6 fields', async () => {
    const project = makeProject('p.studio');
    await importJson(project, [write('modle.json', MODLE)], 'modle');
    const out = join(dir, 'accepted.jsonl');
    const exported = await cli(
      'export',
      '--project',
      project,
      '--format',
      'modle-jsonl',
      '--out',
      out,
      '--status',
      'accepted,corrected',
      '--json',
    );
    expect(JSON.parse(exported.stdout)).toEqual({ exported: 3 });
    expect(
      readFileSync(out, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['modle:0', 'modle:2', 'modle:4']);

    const listed = JSON.parse((await cli('annotations', '--project', project, '--task', 'distance', '--json')).stdout);
    expect(listed).toEqual([
      {
        id: 'modle:3',
        scene_id: 'scene0000_00',
        task: 'distance',
        text: MODLE[3]!.text,
        answer: '1.20',
        value: MODLE[3]!.value,
        referents: [
          { id: 1, role: 'target' },
          { id: 2, role: 'anchor' },
        ],
        status: 'generated',
      },
    ]);
    const bad = await cli('annotations', '--project', project, '--status', 'done');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--status must be one of generated, accepted, corrected, rejected/);
  });
});

describe('bad input', () => {
  const BAD_SCANREFER = [
    SCANREFER[0],
    { ...SCANREFER[1], object_id: 'abc' },
    { ...SCANREFER[2], description: '   ' },
    { ...SCANREFER[0] },
    { ...SCANREFER[2], ann_id: '5', object_id: '99' },
    { ...SCANREFER[2], ann_id: '6', scene_id: 'scene0999_00' },
  ];

  it('refuses the whole file, lists every bad record and leaves the project unchanged', async () => {
    const project = makeProject('p.studio');
    const file = write('bad.json', BAD_SCANREFER);
    const run = await importJson(project, [file], 'scanrefer');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/refused: 5 error\(s\) in the input, nothing imported/);
    expect(run.result.imported).toBe(0);
    expect(run.result.unmatched).toEqual([{ scene_id: 'scene0999_00', count: 1 }]);
    expect(run.result.errors.map(({ file: f, record, record_id, field }) => ({ f, record, record_id, field }))).toEqual(
      [
        { f: file, record: 1, record_id: undefined, field: 'object_id' },
        { f: file, record: 2, record_id: undefined, field: 'description' },
        { f: file, record: 3, record_id: undefined, field: 'ann_id' },
        { f: file, record: undefined, record_id: 'scanrefer:scene0000_00:99:5', field: 'referents.0.id' },
        { f: file, record: undefined, record_id: 'scanrefer:scene0000_00:99:5', field: 'value.object_id' },
      ],
    );
    expect(run.result.errors[4]!.reason).toBe('object 99 is not in scene scene0000_00');
    expect(stored(project)).toEqual([]);
  });

  it('names the line of a malformed JSONL record and refuses ids already in the project', async () => {
    const project = makeProject('p.studio');
    await importJson(project, [write('modle.json', MODLE)], 'modle');
    const lines = [
      JSON.stringify(MODLE[0]),
      '{"id": "x", "scene_id": ',
      JSON.stringify({ ...MODLE[1], id: 'fresh', task: 'vqa' }),
    ];
    const run = await importJson(project, [write('more.jsonl', lines.join('\n'))], 'modle');
    expect(run.code).toBe(1);
    const where = run.result.errors.map((e) => [e.line, e.record_id, e.field]);
    expect(where).toContainEqual([2, undefined, undefined]);
    expect(where).toContainEqual([3, undefined, 'value.kind']);
    expect(where).toContainEqual([undefined, 'modle:0', 'id']);
    expect(stored(project)).toEqual(MODLE);
  });

  it('imports the good records with --skip-invalid and reports the rest', async () => {
    const project = makeProject('p.studio');
    const run = await importJson(project, [write('bad.json', BAD_SCANREFER)], 'scanrefer', '--skip-invalid');
    expect(run.code).toBe(0);
    expect(run.result.imported).toBe(1);
    expect(run.result.errors).toHaveLength(5);
    expect(stored(project).map((r) => r.id)).toEqual(['scanrefer:scene0000_00:34:0']);
  });

  it('refuses an unknown format and a missing file in one line', async () => {
    const project = makeProject('p.studio');
    const format = await cli('import-annotations', write('a.json', []), '--project', project, '--format', 'refer');
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be one of modle, scanrefer/);
    const missing = await cli(
      'import-annotations',
      join(dir, 'nope.json'),
      '--project',
      project,
      '--format',
      'scanrefer',
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`studio import-annotations: ${join(dir, 'nope.json')}: cannot read: no such file\n`);
  });
});

describe('generate', () => {
  it('generates template annotations once per seed, with progress on stderr', async () => {
    const project = join(dir, 'g.studio');
    const store = openProject(project, { create: true });
    store.addScenes([synthObjectsScene(7)]);
    store.close();
    let stderr = '';
    let stdout = '';
    const argv = ['generate', '--project', project, '--tasks', 'distance,caption', '--seed', '3', '--json'];
    const code = await runCli(
      argv,
      { write: (s: string) => ((stdout += s), true) },
      { write: (s: string) => ((stderr += s), true) },
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/100% synth0007_00: \d+ annotation\(s\) \(1\/1\)/);
    const first = JSON.parse(stdout) as { generated: number; byTask: Record<string, number> };
    expect(first.generated).toBeGreaterThan(10);
    expect(Object.keys(first.byTask).sort()).toEqual(['caption', 'distance']);
    expect(first.byTask.distance! + first.byTask.caption!).toBe(first.generated);
    const records = stored(project);
    expect(records).toHaveLength(first.generated);
    expect(records.every((r) => r.source.kind === 'template' && r.status === 'generated')).toBe(true);

    // Same seed again: stable ids, nothing new, nothing duplicated.
    const again = await cli(...argv);
    expect(JSON.parse(again.stdout)).toEqual({ generated: 0, byTask: {} });
    expect(stored(project)).toHaveLength(first.generated);

    const bad = await cli('generate', '--project', project, '--tasks', 'distance,weather', '--seed', '3');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--tasks must be one of vqa, grounding, caption, distance, layout_edit; got "weather"/);
  });
});
