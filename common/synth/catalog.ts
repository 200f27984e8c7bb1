/**
 * The synthetic generator's furniture catalog: ScanNet raw category names with plausible sizes in
 * metres, colour palettes, how each is placed in a room, whether it has a front, and its shape.
 * Sizes are (depth along the front axis +X, width, height), matching Box.size in the object's frame.
 */
import type { Rgb } from '../domain/scene';
import type { ShapeKind } from './shapes';

export type Range = [number, number];

/**
 * How the layout places a category:
 * - `in-wall`: door or window, flush with a wall (at `elevation` above the floor);
 * - `wall`: back against a wall, front facing into the room;
 * - `on-wall`: hung on a wall (picture, whiteboard), at `elevation`, above whatever stands below;
 * - `free`: anywhere on the floor, often at any yaw;
 * - `around-table`: seats around a table facing it (free when there is no table);
 * - `in-front-of`: in front of an `anchors` object (`facing` it or facing the same way);
 * - `beside`: against the same wall as an `anchors` object, next to its side;
 * - `on-surface`: standing on the top surface of one of the `anchors` objects.
 */
export type Placement =
  'in-wall' | 'wall' | 'on-wall' | 'free' | 'around-table' | 'in-front-of' | 'beside' | 'on-surface';

export interface CategorySpec {
  label: string;
  size: [Range, Range, Range];
  palette: Rgb[];
  placement: Placement;
  hasFront: boolean;
  shape: ShapeKind;
  /** Labels this category is placed relative to (support, anchor), in order of preference. */
  anchors?: string[];
  /** For `in-front-of`: turn to face the anchor instead of facing its way. */
  facing?: boolean;
  /** Height of the bottom above the floor, for `in-wall` and `on-wall`. */
  elevation?: Range;
  /** Free objects may take any yaw; others stay axis-aligned with their wall or anchor. */
  rotatable?: boolean;
  /** Floor space kept clear in front (door swing, the room to pull out a drawer). */
  frontClearance?: number;
  /** For `on-surface`: stand at the back of the support (monitor on a desk, pillow at the headboard). */
  surfaceSpot?: 'back';
}

const WOOD: Rgb[] = [
  [139, 97, 60],
  [170, 125, 80],
  [110, 75, 45],
  [196, 160, 118],
];
const NEUTRAL: Rgb[] = [
  [235, 235, 230],
  [200, 200, 196],
  [120, 120, 124],
  [50, 50, 55],
];
const FABRIC: Rgb[] = [
  [70, 90, 140],
  [150, 60, 60],
  [95, 120, 80],
  [180, 170, 150],
  [90, 90, 95],
];
const DARK: Rgb[] = [
  [25, 25, 28],
  [45, 45, 50],
];
const BRIGHT: Rgb[] = [
  [220, 60, 50],
  [60, 120, 200],
  [240, 200, 60],
  [80, 170, 90],
];

const specs: CategorySpec[] = [
  // openings
  {
    label: 'door',
    size: [
      [0.04, 0.06],
      [0.8, 0.95],
      [2.0, 2.1],
    ],
    palette: [...WOOD, [240, 240, 235]],
    placement: 'in-wall',
    elevation: [0, 0],
    hasFront: false,
    shape: 'box',
    frontClearance: 0.9,
  },
  {
    label: 'window',
    size: [
      [0.06, 0.12],
      [0.8, 1.8],
      [1.0, 1.4],
    ],
    palette: [
      [205, 220, 235],
      [230, 235, 240],
    ],
    placement: 'in-wall',
    elevation: [0.8, 1.0],
    hasFront: false,
    shape: 'box',
  },
  // seating
  {
    label: 'chair',
    size: [
      [0.45, 0.55],
      [0.42, 0.5],
      [0.8, 0.95],
    ],
    palette: [...WOOD, ...DARK],
    placement: 'around-table',
    anchors: ['table'],
    hasFront: true,
    shape: 'chair',
    rotatable: true,
  },
  {
    label: 'office chair',
    size: [
      [0.55, 0.65],
      [0.55, 0.65],
      [0.9, 1.15],
    ],
    palette: DARK,
    placement: 'in-front-of',
    anchors: ['desk'],
    facing: true,
    hasFront: true,
    shape: 'swivel',
    rotatable: true,
  },
  {
    label: 'armchair',
    size: [
      [0.75, 0.9],
      [0.75, 0.95],
      [0.8, 1.0],
    ],
    palette: FABRIC,
    placement: 'free',
    hasFront: true,
    shape: 'sofa',
    rotatable: true,
  },
  {
    label: 'sofa chair',
    size: [
      [0.7, 0.85],
      [0.7, 0.85],
      [0.75, 0.9],
    ],
    palette: FABRIC,
    placement: 'free',
    hasFront: true,
    shape: 'sofa',
    rotatable: true,
  },
  {
    label: 'couch',
    size: [
      [0.85, 1.0],
      [1.6, 2.4],
      [0.75, 0.95],
    ],
    palette: FABRIC,
    placement: 'wall',
    hasFront: true,
    shape: 'sofa',
    frontClearance: 0.5,
  },
  {
    label: 'stool',
    size: [
      [0.34, 0.4],
      [0.34, 0.4],
      [0.45, 0.75],
    ],
    palette: [...WOOD, ...DARK],
    placement: 'free',
    hasFront: false,
    shape: 'stool',
    rotatable: true,
  },
  {
    label: 'ottoman',
    size: [
      [0.45, 0.6],
      [0.45, 0.6],
      [0.38, 0.45],
    ],
    palette: FABRIC,
    placement: 'free',
    hasFront: false,
    shape: 'box',
    rotatable: true,
  },
  {
    label: 'bench',
    size: [
      [0.35, 0.45],
      [1.0, 1.6],
      [0.42, 0.48],
    ],
    palette: WOOD,
    placement: 'wall',
    hasFront: false,
    shape: 'stool',
  },
  // tables and desks
  {
    label: 'table',
    size: [
      [0.75, 1.0],
      [1.1, 1.9],
      [0.72, 0.78],
    ],
    palette: [...WOOD, [240, 240, 240]],
    placement: 'free',
    hasFront: false,
    shape: 'table',
    rotatable: true,
  },
  {
    label: 'coffee table',
    size: [
      [0.5, 0.7],
      [0.9, 1.3],
      [0.4, 0.48],
    ],
    palette: [...WOOD, [60, 60, 60]],
    placement: 'in-front-of',
    anchors: ['couch'],
    hasFront: false,
    shape: 'table',
  },
  {
    label: 'end table',
    size: [
      [0.4, 0.55],
      [0.4, 0.55],
      [0.5, 0.6],
    ],
    palette: WOOD,
    placement: 'beside',
    anchors: ['couch', 'bed'],
    hasFront: false,
    shape: 'table',
  },
  {
    label: 'desk',
    size: [
      [0.6, 0.8],
      [1.1, 1.6],
      [0.72, 0.76],
    ],
    palette: [...WOOD, [235, 235, 235]],
    placement: 'wall',
    hasFront: true,
    shape: 'desk',
    frontClearance: 0.8,
  },
  // beds and bedroom storage
  {
    label: 'bed',
    size: [
      [1.95, 2.15],
      [0.95, 1.8],
      [0.9, 1.2],
    ],
    palette: [[240, 240, 240], ...FABRIC],
    placement: 'wall',
    hasFront: true,
    shape: 'bed',
    frontClearance: 0.4,
  },
  {
    label: 'nightstand',
    size: [
      [0.4, 0.5],
      [0.4, 0.55],
      [0.5, 0.65],
    ],
    palette: WOOD,
    placement: 'beside',
    anchors: ['bed'],
    hasFront: true,
    shape: 'box',
  },
  {
    label: 'dresser',
    size: [
      [0.45, 0.6],
      [0.9, 1.6],
      [0.75, 1.1],
    ],
    palette: WOOD,
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.6,
  },
  {
    label: 'pillow',
    size: [
      [0.35, 0.45],
      [0.5, 0.7],
      [0.12, 0.2],
    ],
    palette: [[245, 245, 240], ...FABRIC],
    placement: 'on-surface',
    anchors: ['bed', 'couch'],
    hasFront: false,
    surfaceSpot: 'back',
    shape: 'box',
  },
  // storage
  {
    label: 'cabinet',
    size: [
      [0.4, 0.6],
      [0.6, 1.2],
      [0.8, 2.0],
    ],
    palette: [...WOOD, ...NEUTRAL],
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.6,
  },
  {
    label: 'file cabinet',
    size: [
      [0.5, 0.7],
      [0.4, 0.5],
      [0.7, 1.3],
    ],
    palette: NEUTRAL,
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.6,
  },
  {
    label: 'bookshelf',
    size: [
      [0.28, 0.4],
      [0.7, 1.2],
      [1.6, 2.1],
    ],
    palette: WOOD,
    placement: 'wall',
    hasFront: true,
    shape: 'shelves',
    frontClearance: 0.4,
  },
  {
    label: 'shelf',
    size: [
      [0.25, 0.4],
      [0.6, 1.2],
      [0.8, 1.4],
    ],
    palette: [...WOOD, ...NEUTRAL],
    placement: 'wall',
    hasFront: true,
    shape: 'shelves',
    frontClearance: 0.4,
  },
  {
    label: 'tv stand',
    size: [
      [0.4, 0.5],
      [1.0, 1.8],
      [0.45, 0.6],
    ],
    palette: [...WOOD, ...DARK],
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.5,
  },
  // kitchen
  {
    label: 'kitchen cabinets',
    size: [
      [0.55, 0.65],
      [1.2, 2.6],
      [0.85, 0.92],
    ],
    palette: [...WOOD, [240, 240, 235]],
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.9,
  },
  {
    label: 'counter',
    size: [
      [0.55, 0.7],
      [1.0, 2.4],
      [0.88, 0.95],
    ],
    palette: [
      [220, 215, 205],
      [90, 90, 90],
    ],
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.9,
  },
  {
    label: 'refrigerator',
    size: [
      [0.65, 0.8],
      [0.6, 0.9],
      [1.6, 1.9],
    ],
    palette: [
      [235, 235, 235],
      [190, 192, 195],
    ],
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.8,
  },
  {
    label: 'stove',
    size: [
      [0.6, 0.65],
      [0.5, 0.75],
      [0.85, 0.92],
    ],
    palette: [
      [230, 230, 230],
      [40, 40, 40],
    ],
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.8,
  },
  {
    label: 'microwave',
    size: [
      [0.35, 0.42],
      [0.45, 0.55],
      [0.26, 0.32],
    ],
    palette: [
      [30, 30, 30],
      [220, 220, 220],
    ],
    placement: 'on-surface',
    anchors: ['counter', 'kitchen cabinets', 'table'],
    hasFront: true,
    shape: 'box',
  },
  // bathroom
  {
    label: 'toilet',
    size: [
      [0.65, 0.75],
      [0.36, 0.45],
      [0.7, 0.8],
    ],
    palette: [[245, 245, 245]],
    placement: 'wall',
    hasFront: true,
    shape: 'toilet',
    frontClearance: 0.6,
  },
  {
    label: 'sink',
    size: [
      [0.45, 0.6],
      [0.5, 0.9],
      [0.8, 0.9],
    ],
    palette: [[245, 245, 245], ...WOOD],
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.6,
  },
  {
    label: 'bathtub',
    size: [
      [0.7, 0.8],
      [1.5, 1.75],
      [0.5, 0.6],
    ],
    palette: [[245, 245, 245]],
    placement: 'wall',
    hasFront: false,
    shape: 'bathtub',
  },
  {
    label: 'washing machine',
    size: [
      [0.55, 0.62],
      [0.58, 0.62],
      [0.82, 0.88],
    ],
    palette: [[240, 240, 240]],
    placement: 'wall',
    hasFront: true,
    shape: 'box',
    frontClearance: 0.6,
  },
  {
    label: 'towel',
    size: [
      [0.03, 0.06],
      [0.4, 0.7],
      [0.5, 0.8],
    ],
    palette: [[245, 245, 245], ...BRIGHT],
    placement: 'on-wall',
    elevation: [0.8, 1.1],
    hasFront: false,
    shape: 'box',
  },
  {
    label: 'mirror',
    size: [
      [0.02, 0.04],
      [0.5, 0.9],
      [0.6, 0.9],
    ],
    palette: [[190, 200, 210]],
    placement: 'on-wall',
    elevation: [1.1, 1.3],
    hasFront: false,
    shape: 'box',
  },
  {
    label: 'toilet paper',
    size: [
      [0.1, 0.12],
      [0.1, 0.12],
      [0.1, 0.12],
    ],
    palette: [[250, 250, 250]],
    placement: 'on-wall',
    elevation: [0.6, 0.75],
    hasFront: false,
    shape: 'box',
  },
  // electronics
  {
    label: 'tv',
    size: [
      [0.2, 0.26],
      [0.9, 1.4],
      [0.55, 0.85],
    ],
    palette: DARK,
    placement: 'on-surface',
    anchors: ['tv stand', 'dresser', 'cabinet'],
    hasFront: true,
    surfaceSpot: 'back',
    shape: 'screen',
  },
  {
    label: 'monitor',
    size: [
      [0.16, 0.22],
      [0.5, 0.65],
      [0.35, 0.5],
    ],
    palette: DARK,
    placement: 'on-surface',
    anchors: ['desk'],
    hasFront: true,
    surfaceSpot: 'back',
    shape: 'screen',
  },
  {
    label: 'keyboard',
    size: [
      [0.13, 0.17],
      [0.4, 0.46],
      [0.02, 0.04],
    ],
    palette: [...DARK, [220, 220, 220]],
    placement: 'on-surface',
    anchors: ['desk', 'table'],
    hasFront: false,
    shape: 'box',
  },
  {
    label: 'laptop',
    size: [
      [0.22, 0.26],
      [0.3, 0.36],
      [0.2, 0.24],
    ],
    palette: [[160, 160, 165], ...DARK],
    placement: 'on-surface',
    anchors: ['desk', 'table', 'coffee table', 'bed'],
    hasFront: true,
    shape: 'laptop',
  },
  {
    label: 'computer tower',
    size: [
      [0.4, 0.48],
      [0.18, 0.22],
      [0.4, 0.48],
    ],
    palette: DARK,
    placement: 'beside',
    anchors: ['desk'],
    hasFront: true,
    shape: 'box',
  },
  {
    label: 'printer',
    size: [
      [0.35, 0.45],
      [0.4, 0.5],
      [0.2, 0.3],
    ],
    palette: [[235, 235, 235], ...DARK],
    placement: 'on-surface',
    anchors: ['cabinet', 'file cabinet', 'desk', 'table'],
    hasFront: true,
    shape: 'box',
  },
  // small things
  {
    label: 'lamp',
    size: [
      [0.28, 0.42],
      [0.28, 0.42],
      [0.4, 0.65],
    ],
    palette: [[240, 230, 200], [250, 250, 245], ...DARK],
    placement: 'on-surface',
    anchors: ['nightstand', 'end table', 'desk', 'dresser'],
    hasFront: false,
    shape: 'lamp',
  },
  {
    label: 'book',
    size: [
      [0.15, 0.24],
      [0.12, 0.18],
      [0.02, 0.05],
    ],
    palette: BRIGHT,
    placement: 'on-surface',
    anchors: ['desk', 'table', 'coffee table', 'nightstand', 'dresser'],
    hasFront: false,
    shape: 'box',
  },
  {
    label: 'backpack',
    size: [
      [0.2, 0.3],
      [0.3, 0.36],
      [0.4, 0.5],
    ],
    palette: [...BRIGHT, ...DARK],
    placement: 'free',
    hasFront: false,
    shape: 'box',
    rotatable: true,
  },
  {
    label: 'box',
    size: [
      [0.3, 0.6],
      [0.3, 0.6],
      [0.2, 0.5],
    ],
    palette: [
      [190, 150, 100],
      [205, 170, 120],
    ],
    placement: 'free',
    hasFront: false,
    shape: 'box',
    rotatable: true,
  },
  {
    label: 'trash can',
    size: [
      [0.25, 0.38],
      [0.25, 0.38],
      [0.3, 0.6],
    ],
    palette: [...NEUTRAL, [60, 110, 70]],
    placement: 'free',
    hasFront: false,
    shape: 'box',
    rotatable: true,
  },
  {
    label: 'plant',
    size: [
      [0.3, 0.5],
      [0.3, 0.5],
      [0.5, 1.3],
    ],
    palette: [
      [60, 120, 50],
      [85, 140, 60],
    ],
    placement: 'free',
    hasFront: false,
    shape: 'plant',
    rotatable: true,
  },
  // on the walls
  {
    label: 'picture',
    size: [
      [0.02, 0.05],
      [0.4, 1.1],
      [0.3, 0.8],
    ],
    palette: [...BRIGHT, ...WOOD],
    placement: 'on-wall',
    elevation: [1.25, 1.6],
    hasFront: false,
    shape: 'box',
  },
  {
    label: 'whiteboard',
    size: [
      [0.02, 0.05],
      [1.2, 2.4],
      [0.9, 1.2],
    ],
    palette: [[250, 250, 250]],
    placement: 'on-wall',
    elevation: [0.85, 1.0],
    hasFront: false,
    shape: 'box',
  },
  {
    label: 'curtain',
    size: [
      [0.08, 0.14],
      [0.6, 1.4],
      [1.8, 2.2],
    ],
    palette: FABRIC,
    placement: 'on-wall',
    elevation: [0.03, 0.2],
    hasFront: false,
    shape: 'box',
  },
  {
    label: 'radiator',
    size: [
      [0.08, 0.12],
      [0.6, 1.2],
      [0.5, 0.65],
    ],
    palette: [[240, 240, 240]],
    placement: 'on-wall',
    elevation: [0.1, 0.15],
    hasFront: false,
    shape: 'box',
  },
];

export const CATALOG: ReadonlyMap<string, CategorySpec> = new Map(specs.map((spec) => [spec.label, spec]));

/** The labels the generator gives floor and wall points (ScanNet has them as objects too). */
export const STRUCTURE_LABELS = ['floor', 'wall'] as const;

export function categorySpec(label: string): CategorySpec {
  const spec = CATALOG.get(label);
  if (!spec) throw new Error(`unknown synthetic category "${label}"`);
  return spec;
}

/** Whether a category has a front (+X of its yaw), for left/right/front/behind relations. */
export function categoryHasFront(label: string): boolean {
  return CATALOG.get(label)?.hasFront ?? false;
}
