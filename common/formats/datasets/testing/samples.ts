/**
 * Small excerpts in each public dataset's own format (records as the published files hold them),
 * shared by the codec tests and the command-line import/export tests so both read the same input.
 */

/** ScanRefer: two descriptions of the same kitchen cabinets in scene0000_00. */
export const SCANREFER_SAMPLE = [
  {
    scene_id: 'scene0000_00',
    object_id: '34',
    object_name: 'kitchen_cabinets',
    ann_id: '0',
    description: 'the kitchen cabinets are under the sink. they are brown.',
    token: ['the', 'kitchen', 'cabinets', 'are', 'under', 'the', 'sink', '.', 'they', 'are', 'brown', '.'],
  },
  {
    scene_id: 'scene0000_00',
    object_id: '34',
    object_name: 'kitchen_cabinets',
    ann_id: '1',
    description: 'brown cabinets below the counter.',
    token: ['brown', 'cabinets', 'below', 'the', 'counter', '.'],
  },
];

/** ScanQA (train split: answers and object ids). */
export const SCANQA_SAMPLE = [
  {
    answers: ['brown cabinet with tv sitting in it'],
    object_ids: [8],
    object_names: ['cabinet'],
    question: 'What is in the right corner of room by curtains?',
    question_id: 'train-scene0000_00-0',
    scene_id: 'scene0000_00',
  },
  {
    answers: ['2', 'two'],
    object_ids: [5, 6],
    object_names: ['office_chair', 'office_chair'],
    question: 'How many chairs are at the desk?',
    question_id: 'train-scene0000_00-1',
    scene_id: 'scene0000_00',
  },
];

/** Nr3D CSV: a quoted utterance with a comma, one with doubled quotes. */
export const NR3D_SAMPLE = [
  'assignmentid,scan_id,target_id,utterance,stimulus_id,instance_type,tokens',
  `a1,scene0525_00,11,"The cabinet closest to the door, not the one by the bed.",scene0525_00-kitchen_cabinets-3-11-12-14,kitchen cabinets,"['the', 'cabinet', 'closest', 'to', 'the', 'door', ',', 'not', 'the', 'one', 'by', 'the', 'bed', '.']"`,
  `a2,scene0525_00,5,"It's the ""big"" plant",scene0525_00-plant-2-5-7,plant,"['it', ""'s"", 'the', '""', 'big', '""', 'plant']"`,
  '',
].join('\n');

/** Sr3D CSV: a closest and a between reference with their anchors and distractors. */
export const SR3D_SAMPLE = [
  'scan_id,target_id,utterance,stimulus_id,instance_type,tokens,anchor_ids,anchors_types,distractor_ids,reference_type,coarse_reference_type',
  `scene0000_00,20,the chair that is closest to the desk,scene0000_00-chair-3-20-21-22,chair,"['the', 'chair', 'that', 'is', 'closest', 'to', 'the', 'desk']",[3],['desk'],"[21, 22]",closest,horizontal proximity`,
  `scene0000_00,9,the lamp between the bed and the sofa,scene0000_00-lamp-1-9,lamp,"['the', 'lamp', 'between', 'the', 'bed', 'and', 'the', 'sofa']","[4, 6]","['bed', 'sofa']",[],between,between`,
  '',
].join('\n');
