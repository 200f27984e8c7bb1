/**
 * Room types and what goes in them: each type's size range and furniture program (how many of each
 * catalog category, in the order the layout places them: openings, wall pieces, free pieces,
 * things placed relative to others, things on surfaces, things on walls).
 */
import type { RoomDimensions } from './room';

export type RoomType = 'bedroom' | 'living room' | 'office' | 'kitchen' | 'bathroom' | 'conference room';

export interface ProgramItem {
  label: string;
  count: [number, number];
}

export interface RoomTypeSpec {
  type: RoomType;
  /** ScanNet's `sceneType` meta value for this kind of room. */
  scanNetSceneType: string;
  dimensions: RoomDimensions;
  program: ProgramItem[];
  /** For `around-table` seats: chairs per table. */
  chairsPerTable: [number, number];
}

const item = (label: string, min: number, max: number): ProgramItem => ({ label, count: [min, max] });

export const ROOM_TYPES: readonly RoomTypeSpec[] = [
  {
    type: 'bedroom',
    scanNetSceneType: 'Bedroom / Hotel',
    dimensions: { width: [3.2, 5.5], depth: [3, 5], height: [2.4, 2.8], lShape: 0.25 },
    chairsPerTable: [1, 2],
    program: [
      item('door', 1, 1),
      item('window', 1, 2),
      item('bed', 1, 1),
      item('nightstand', 1, 2),
      item('dresser', 0, 1),
      item('desk', 0, 1),
      item('cabinet', 0, 1),
      item('bookshelf', 0, 1),
      item('tv stand', 0, 1),
      item('office chair', 0, 1),
      item('end table', 0, 1),
      item('chair', 0, 1),
      item('backpack', 0, 1),
      item('trash can', 0, 1),
      item('plant', 0, 1),
      item('box', 0, 2),
      item('pillow', 1, 3),
      item('lamp', 1, 2),
      item('tv', 0, 1),
      item('laptop', 0, 1),
      item('book', 0, 2),
      item('picture', 0, 2),
      item('curtain', 0, 2),
      item('mirror', 0, 1),
      item('radiator', 0, 1),
    ],
  },
  {
    type: 'living room',
    scanNetSceneType: 'Living room / Lounge',
    dimensions: { width: [4, 8], depth: [3.5, 7], height: [2.5, 3], lShape: 0.35 },
    chairsPerTable: [2, 6],
    program: [
      item('door', 1, 2),
      item('window', 1, 3),
      item('couch', 1, 2),
      item('tv stand', 0, 1),
      item('bookshelf', 0, 2),
      item('cabinet', 0, 1),
      item('shelf', 0, 1),
      item('table', 0, 1),
      item('armchair', 0, 2),
      item('sofa chair', 0, 2),
      item('ottoman', 0, 1),
      item('plant', 0, 2),
      item('coffee table', 0, 1),
      item('end table', 0, 2),
      item('chair', 0, 2),
      item('trash can', 0, 1),
      item('pillow', 0, 4),
      item('tv', 0, 1),
      item('lamp', 0, 2),
      item('book', 0, 3),
      item('laptop', 0, 1),
      item('picture', 1, 3),
      item('curtain', 0, 2),
      item('radiator', 0, 1),
    ],
  },
  {
    type: 'office',
    scanNetSceneType: 'Office',
    dimensions: { width: [3, 7], depth: [3, 6], height: [2.5, 3], lShape: 0.3 },
    chairsPerTable: [2, 4],
    program: [
      item('door', 1, 1),
      item('window', 1, 2),
      item('desk', 2, 4),
      item('file cabinet', 0, 2),
      item('bookshelf', 0, 2),
      item('cabinet', 0, 1),
      item('shelf', 0, 1),
      item('table', 0, 1),
      item('office chair', 1, 4),
      item('computer tower', 0, 2),
      item('chair', 0, 2),
      item('trash can', 1, 2),
      item('backpack', 0, 2),
      item('box', 0, 2),
      item('plant', 0, 1),
      item('stool', 0, 1),
      item('monitor', 1, 4),
      item('keyboard', 1, 3),
      item('laptop', 0, 2),
      item('printer', 0, 1),
      item('book', 0, 3),
      item('lamp', 0, 1),
      item('whiteboard', 0, 1),
      item('picture', 0, 2),
      item('radiator', 0, 1),
    ],
  },
  {
    type: 'kitchen',
    scanNetSceneType: 'Kitchen',
    dimensions: { width: [3, 6], depth: [3, 5], height: [2.4, 2.8], lShape: 0.3 },
    chairsPerTable: [2, 4],
    program: [
      item('door', 1, 2),
      item('window', 1, 2),
      item('refrigerator', 1, 1),
      item('kitchen cabinets', 1, 3),
      item('counter', 0, 2),
      item('stove', 0, 1),
      item('sink', 0, 1),
      item('cabinet', 0, 1),
      item('table', 0, 1),
      item('chair', 0, 2),
      item('stool', 0, 3),
      item('trash can', 1, 2),
      item('box', 0, 1),
      item('microwave', 0, 1),
      item('book', 0, 1),
      item('picture', 0, 1),
      item('radiator', 0, 1),
    ],
  },
  {
    type: 'bathroom',
    scanNetSceneType: 'Bathroom',
    dimensions: { width: [2.4, 4], depth: [2.2, 3.5], height: [2.4, 2.7], lShape: 0.1 },
    chairsPerTable: [0, 0],
    program: [
      item('door', 1, 1),
      item('window', 0, 1),
      item('toilet', 1, 1),
      item('sink', 1, 2),
      item('bathtub', 0, 1),
      item('cabinet', 0, 1),
      item('washing machine', 0, 1),
      item('trash can', 1, 1),
      item('stool', 0, 1),
      item('towel', 1, 3),
      item('mirror', 1, 1),
      item('toilet paper', 0, 1),
      item('radiator', 0, 1),
    ],
  },
  {
    type: 'conference room',
    scanNetSceneType: 'Conference Room',
    dimensions: { width: [4.5, 8], depth: [3.5, 7], height: [2.6, 3], lShape: 0.15 },
    chairsPerTable: [4, 10],
    program: [
      item('door', 1, 2),
      item('window', 1, 3),
      item('cabinet', 0, 2),
      item('tv stand', 0, 1),
      item('shelf', 0, 1),
      item('table', 1, 2),
      item('chair', 0, 2),
      item('office chair', 0, 0),
      item('trash can', 0, 1),
      item('plant', 0, 2),
      item('tv', 0, 1),
      item('laptop', 0, 3),
      item('keyboard', 0, 1),
      item('book', 0, 2),
      item('whiteboard', 1, 1),
      item('picture', 0, 2),
      item('radiator', 0, 1),
    ],
  },
];

export function roomTypeSpec(type: RoomType): RoomTypeSpec {
  const spec = ROOM_TYPES.find((t) => t.type === type);
  if (!spec) throw new Error(`unknown room type "${type}"`);
  return spec;
}
