/**
 * One example record per task: the records docs/modle-format.md shows (a test checks the two agree)
 * and the fixtures tests start from.
 */
import type { Annotation } from './annotation';

const reviewed = {
  flagged: false,
  annotator: 'ana',
  created_at: '2025-05-01T09:30:00.000Z',
  updated_at: '2025-05-02T14:05:12.000Z',
  revision: 2,
} as const;

export const EXAMPLE_ANNOTATIONS: Annotation[] = [
  {
    id: 'tpl-dist-0001',
    scene_id: 'scene0000_00',
    task: 'distance',
    text: 'How far is the lamp from the bed?',
    answer: '1.85',
    value: { kind: 'distance', metric: 'center', metres: 1.85 },
    referents: [
      { id: 12, role: 'target' },
      { id: 4, role: 'anchor' },
    ],
    source: { kind: 'template', template_id: 'distance.center.v1', template_version: 1 },
    status: 'accepted',
    ...reviewed,
  },
  {
    id: 'scanrefer:scene0000_00:4:0',
    scene_id: 'scene0000_00',
    task: 'grounding',
    text: 'the bed is against the wall, next to the lamp.',
    answer: 'bed',
    value: { kind: 'object', object_id: 4, box: { center: [2.1, 1.4, 0.3], size: [2.0, 1.6, 0.6], yaw: 0 } },
    referents: [
      { id: 4, role: 'target' },
      { id: 12, role: 'anchor' },
    ],
    source: { kind: 'import', format: 'scanrefer', original_id: 'scene0000_00:4:0' },
    extra: {
      object_name: 'bed',
      ann_id: '0',
      token: ['the', 'bed', 'is', 'against', 'the', 'wall', ',', 'next', 'to', 'the', 'lamp', '.'],
    },
    status: 'corrected',
    ...reviewed,
  },
  {
    id: 'model-cap-0007',
    scene_id: 'scene0000_00',
    task: 'caption',
    text: 'A small wooden nightstand to the left of the bed.',
    answer: '',
    value: { kind: 'caption', object_id: 9 },
    referents: [{ id: 9, role: 'target' }],
    source: { kind: 'model', model: 'spatial-3d-llm-mini', version: '0.1.0' },
    status: 'generated',
    ...reviewed,
    annotator: null,
    revision: 1,
  },
  {
    id: 'sqa3d:220602000000',
    scene_id: 'scene0380_00',
    task: 'vqa',
    text: 'What is in front of me?',
    answer: 'table',
    value: { kind: 'answers', answers: ['table'] },
    referents: [],
    source: { kind: 'import', format: 'sqa3d', original_id: '220602000000' },
    situation: {
      text: 'I am sitting on the couch facing the TV.',
      alternatives: ['The TV is in front of me while I sit on the couch.'],
      position: [0.84, -1.12, 0],
      rotation: { w: 0.92, x: 0, y: 0, z: 0.39 },
    },
    status: 'accepted',
    ...reviewed,
  },
  {
    id: 'human-edit-0003',
    scene_id: 'scene0000_00',
    task: 'layout_edit',
    text: 'Move the chair to the left of the desk.',
    answer: '',
    value: {
      kind: 'layout',
      object_id: 7,
      box_before: { center: [3.0, 0.5, 0.45], size: [0.5, 0.5, 0.9], yaw: 0 },
      box_after: { center: [1.6, 2.2, 0.45], size: [0.5, 0.5, 0.9], yaw: 1.5708 },
    },
    referents: [
      { id: 7, role: 'target' },
      { id: 3, role: 'anchor' },
    ],
    source: { kind: 'human' },
    status: 'accepted',
    ...reviewed,
  },
];
