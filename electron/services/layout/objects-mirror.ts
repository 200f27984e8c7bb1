/**
 * Keeps the project store's `objects` rows (what `scene.objects` and the CLI `objects` command
 * return: "the current layout") equal to the layout history's current layout, and reads that
 * layout back for the history (which keeps no copy of its own in a project). It runs inside the
 * history's transaction (`onLayoutChange`), so the rows and the history commit or fail together.
 *
 * Updates touch only label and box columns: the imported `obb`, colour and point count stay. A
 * removed object's whole row is kept in `layout_removed`, so undoing the removal restores it as it
 * was; an object added by an edit that never had a row gets neutral values (no points, grey, its
 * obb equal to its box).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { LayoutDiff } from '../../../common/layout/diff';
import { layoutFromObjects, type Layout, type LayoutObject } from '../../../common/layout/layout';
import { INSERT_OBJECT_SQL, objectToRow, type ObjectRow } from '../project/object-rows';

type BoxRow = Pick<
  ObjectRow,
  'id' | 'label' | 'box_cx' | 'box_cy' | 'box_cz' | 'box_dx' | 'box_dy' | 'box_dz' | 'box_yaw'
>;

const NEUTRAL_GREY: [number, number, number] = [128, 128, 128];

export class ObjectsMirror {
  private readonly updateBox: Statement<
    [string, number, number, number, number, number, number, number, string, number]
  >;
  private readonly selectRow: Statement<[string, number], ObjectRow>;
  private readonly deleteRow: Statement<[string, number]>;
  private readonly insertRow: Statement<[ObjectRow]>;
  private readonly stash: Statement<[string, number, string]>;
  private readonly stashed: Statement<[string, number], { row: string }>;
  private readonly unstash: Statement<[string, number]>;
  private readonly recount: Statement<[string, string]>;
  private readonly boxes: Statement<[string], BoxRow>;

  constructor(db: Database) {
    this.updateBox = db.prepare(
      `UPDATE objects SET label = ?, box_cx = ?, box_cy = ?, box_cz = ?, box_dx = ?, box_dy = ?, box_dz = ?, box_yaw = ?
       WHERE scene_id = ? AND id = ?`,
    );
    this.selectRow = db.prepare('SELECT * FROM objects WHERE scene_id = ? AND id = ?');
    this.deleteRow = db.prepare('DELETE FROM objects WHERE scene_id = ? AND id = ?');
    this.insertRow = db.prepare(INSERT_OBJECT_SQL);
    this.stash = db.prepare('INSERT OR REPLACE INTO layout_removed (scene_id, object_id, row) VALUES (?, ?, ?)');
    this.stashed = db.prepare('SELECT row FROM layout_removed WHERE scene_id = ? AND object_id = ?');
    this.unstash = db.prepare('DELETE FROM layout_removed WHERE scene_id = ? AND object_id = ?');
    this.boxes = db.prepare(
      'SELECT id, label, box_cx, box_cy, box_cz, box_dx, box_dy, box_dz, box_yaw FROM objects WHERE scene_id = ? ORDER BY id',
    );
    this.recount = db.prepare(
      'UPDATE scenes SET object_count = (SELECT count(*) FROM objects WHERE scene_id = ?) WHERE id = ?',
    );
  }

  /**
   * The scene's current layout as its rows hold it. REAL columns give back the exact doubles
   * written, so this equals the history's layout (the history reads its current layout here
   * instead of keeping a cached copy of its own).
   */
  layout(sceneId: string): Layout {
    return layoutFromObjects(
      this.boxes.all(sceneId).map((r) => ({
        id: r.id,
        label: r.label,
        box: { center: [r.box_cx, r.box_cy, r.box_cz], size: [r.box_dx, r.box_dy, r.box_dz], yaw: r.box_yaw },
      })),
    );
  }

  /** Writes `diff` (already applied to the history) onto the scene's rows. */
  apply(sceneId: string, diff: LayoutDiff): void {
    for (const [, to] of diff.updated) this.update(sceneId, to);
    for (const object of diff.removed) this.remove(sceneId, object.id);
    for (const object of diff.added) this.add(sceneId, object);
    if (diff.added.length > 0 || diff.removed.length > 0) this.recount.run(sceneId, sceneId);
  }

  private update(sceneId: string, object: LayoutObject): void {
    const { center, size, yaw } = object.box;
    const { changes } = this.updateBox.run(object.label, ...center, ...size, yaw, sceneId, object.id);
    // A row missing here means the rows and the history disagree: failing rolls the edit back.
    if (changes !== 1)
      throw new Error(`scene ${sceneId}: object ${object.id} has no row in the project's objects table`);
  }

  private remove(sceneId: string, objectId: number): void {
    const row = this.selectRow.get(sceneId, objectId);
    if (row === undefined) throw new Error(`scene ${sceneId}: object ${objectId} has no row to remove`);
    this.stash.run(sceneId, objectId, JSON.stringify(row));
    this.deleteRow.run(sceneId, objectId);
  }

  private add(sceneId: string, object: LayoutObject): void {
    const kept = this.stashed.get(sceneId, object.id);
    const [box_cx, box_cy, box_cz] = object.box.center;
    const [box_dx, box_dy, box_dz] = object.box.size;
    const placed = { label: object.label, box_cx, box_cy, box_cz, box_dx, box_dy, box_dz, box_yaw: object.box.yaw };
    const row: ObjectRow =
      kept !== undefined
        ? { ...(JSON.parse(kept.row) as ObjectRow), ...placed }
        : objectToRow(sceneId, {
            id: object.id,
            label: object.label,
            nyu40: null,
            box: object.box,
            obb: object.box,
            points: 0,
            color: NEUTRAL_GREY,
          });
    this.insertRow.run(row);
    this.unstash.run(sceneId, object.id);
  }
}
