/** A generated, unreviewed MODLE record for tests: a VQA question unless `overrides` say otherwise. */
import type { Annotation } from '../annotation';

export function annotationRecord(overrides: { [K in keyof Annotation]?: unknown } = {}): Annotation {
  return {
    id: 'a',
    scene_id: 's',
    task: 'vqa',
    text: 'Is there a chair?',
    answer: 'yes',
    value: { kind: 'answers', answers: ['yes'] },
    referents: [],
    source: { kind: 'human' },
    status: 'generated',
    flagged: false,
    annotator: null,
    created_at: '2025-05-01T09:30:00.000Z',
    updated_at: '2025-05-01T09:30:00.000Z',
    revision: 1,
    ...overrides,
  } as Annotation;
}
