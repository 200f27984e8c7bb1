/**
 * `SceneObject` to and from rows of the `objects` table (boxes spread over columns).
 */
import type { Box } from '../../../common/domain/box';
import type { SceneObject } from '../../../common/domain/scene';

export interface ObjectRow {
  scene_id: string;
  id: number;
  label: string;
  nyu40_id: number | null;
  nyu40_name: string | null;
  box_cx: number;
  box_cy: number;
  box_cz: number;
  box_dx: number;
  box_dy: number;
  box_dz: number;
  box_yaw: number;
  obb_cx: number;
  obb_cy: number;
  obb_cz: number;
  obb_dx: number;
  obb_dy: number;
  obb_dz: number;
  obb_yaw: number;
  points: number;
  color_r: number;
  color_g: number;
  color_b: number;
}

export const INSERT_OBJECT_SQL = `
  INSERT INTO objects (scene_id, id, label, nyu40_id, nyu40_name,
    box_cx, box_cy, box_cz, box_dx, box_dy, box_dz, box_yaw,
    obb_cx, obb_cy, obb_cz, obb_dx, obb_dy, obb_dz, obb_yaw,
    points, color_r, color_g, color_b)
  VALUES (@scene_id, @id, @label, @nyu40_id, @nyu40_name,
    @box_cx, @box_cy, @box_cz, @box_dx, @box_dy, @box_dz, @box_yaw,
    @obb_cx, @obb_cy, @obb_cz, @obb_dx, @obb_dy, @obb_dz, @obb_yaw,
    @points, @color_r, @color_g, @color_b)`;

export function objectToRow(sceneId: string, object: SceneObject): ObjectRow {
  const [box_cx, box_cy, box_cz] = object.box.center;
  const [box_dx, box_dy, box_dz] = object.box.size;
  const [obb_cx, obb_cy, obb_cz] = object.obb.center;
  const [obb_dx, obb_dy, obb_dz] = object.obb.size;
  const [color_r, color_g, color_b] = object.color;
  return {
    scene_id: sceneId,
    id: object.id,
    label: object.label,
    nyu40_id: object.nyu40?.id ?? null,
    nyu40_name: object.nyu40?.name ?? null,
    box_cx,
    box_cy,
    box_cz,
    box_dx,
    box_dy,
    box_dz,
    box_yaw: object.box.yaw,
    obb_cx,
    obb_cy,
    obb_cz,
    obb_dx,
    obb_dy,
    obb_dz,
    obb_yaw: object.obb.yaw,
    points: object.points,
    color_r,
    color_g,
    color_b,
  };
}

export function rowToObject(row: ObjectRow): SceneObject {
  const box: Box = {
    center: [row.box_cx, row.box_cy, row.box_cz],
    size: [row.box_dx, row.box_dy, row.box_dz],
    yaw: row.box_yaw,
  };
  const obb: Box = {
    center: [row.obb_cx, row.obb_cy, row.obb_cz],
    size: [row.obb_dx, row.obb_dy, row.obb_dz],
    yaw: row.obb_yaw,
  };
  return {
    id: row.id,
    label: row.label,
    nyu40: row.nyu40_id === null || row.nyu40_name === null ? null : { id: row.nyu40_id, name: row.nyu40_name },
    box,
    obb,
    points: row.points,
    color: [row.color_r, row.color_g, row.color_b],
  };
}
