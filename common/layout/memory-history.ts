/**
 * A layout history held in memory: the rules of `history.ts` over a Map. Tests use it to pin the
 * rules down without SQLite; a shell without a project file (a demo, a preview) can use it as is.
 * The durable one is electron/services/layout/history-store.ts.
 */
import type { LayoutEdit } from './edits';
import { LayoutError } from './errors';
import {
  activeLine,
  applyChange,
  listBranches,
  makeCheckpoint,
  planEdit,
  planJump,
  planRedo,
  planRevert,
  planUndo,
  replay,
  type Branch,
  type Checkpoint,
  type EditOrigin,
  type HistoryChange,
  type HistoryEntry,
  type HistoryNode,
  type HistoryPointer,
  type HistorySource,
} from './history';
import type { Layout } from './layout';

export class MemoryHistory implements HistorySource {
  readonly original: Layout;
  private layout: Layout;
  private readonly entries = new Map<number, HistoryEntry>();
  private readonly marks = new Map<string, Checkpoint>();
  private at: HistoryPointer = { cursor: null, rootNext: null };
  private lastId = 0;

  constructor(
    original: Layout,
    private readonly now: () => number = Date.now,
  ) {
    this.original = original;
    this.layout = original;
  }

  pointer(): HistoryPointer {
    return this.at;
  }

  node(id: number): HistoryNode {
    return this.entry(id);
  }

  entry(id: number): HistoryEntry {
    const entry = this.entries.get(id);
    if (entry === undefined) throw new LayoutError('unknown-entry', `no history entry ${id}`);
    return entry;
  }

  nextId(): number {
    return this.lastId + 1;
  }

  current(): Layout {
    return this.layout;
  }

  apply(edit: LayoutEdit, meta: { origin: EditOrigin; text?: string | null }): HistoryChange {
    return this.commit(planEdit(this, this.layout, edit, { ...meta, time: this.now() }));
  }

  undo(): HistoryChange | null {
    const change = planUndo(this);
    return change && this.commit(change);
  }

  redo(): HistoryChange | null {
    const change = planRedo(this);
    return change && this.commit(change);
  }

  jumpTo(target: number | null): HistoryChange {
    return this.commit(planJump(this, target));
  }

  revertToOriginal(): HistoryChange {
    return this.commit(planRevert(this, this.layout, this.original, this.now()));
  }

  checkpoint(name: string): Checkpoint {
    const mark = makeCheckpoint(this.at, name, this.now());
    this.marks.set(mark.name, mark);
    return mark;
  }

  checkpoints(): Checkpoint[] {
    return [...this.marks.values()];
  }

  activeLine(): number[] {
    return activeLine(this.entries, this.at);
  }

  branches(): Branch[] {
    return listBranches(this.entries, this.at);
  }

  replay(): Layout {
    return replay(this, this.original, this.at.cursor);
  }

  private commit(change: HistoryChange): HistoryChange {
    const layout = applyChange(this.layout, change);
    for (const entry of change.put) {
      this.entries.set(entry.id, entry);
      this.lastId = Math.max(this.lastId, entry.id);
    }
    for (const link of change.links) this.entries.set(link.id, { ...this.entry(link.id), next: link.next });
    this.at = change.pointer;
    this.layout = layout;
    return change;
  }
}
