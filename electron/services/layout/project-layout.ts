/**
 * Layout editing of an open project: the durable history (history-store.ts) bound to the project
 * file, with the project's `objects` rows mirrored inside every history transaction. A scene's
 * history begins lazily, from its stored objects, on its first edit; scenes never edited have no
 * history rows at all. The desktop app, the web shell and the CLI all edit layouts through this.
 */
import type { LayoutHistoryView } from '../../../common/api/layout';
import { emptyDiff, type LayoutDiff } from '../../../common/layout/diff';
import type { LayoutEdit } from '../../../common/layout/edits';
import type { Checkpoint, EditOrigin } from '../../../common/layout/history';
import { layoutFromObjects, layoutObjects, type Layout, type LayoutObject } from '../../../common/layout/layout';
import type { ProjectStore } from '../project/project-store';
import { LayoutHistoryStore, type EditResult, type MoveResult } from './history-store';
import { ObjectsMirror } from './objects-mirror';

export interface ProjectLayoutOptions {
  now?: () => number;
}

export class ProjectLayout {
  readonly history: LayoutHistoryStore;

  constructor(
    private readonly store: ProjectStore,
    options: ProjectLayoutOptions = {},
  ) {
    const mirror = new ObjectsMirror(store.db);
    this.history = new LayoutHistoryStore(store.db, {
      now: options.now,
      onLayoutChange: (sceneId, diff) => mirror.apply(sceneId, diff),
      // The objects rows hold the current layout: no second copy is written with every edit.
      currentLayout: (sceneId) => mirror.layout(sceneId),
    });
  }

  apply(sceneId: string, edit: LayoutEdit, meta: { origin: EditOrigin; text?: string | null }): EditResult {
    this.begin(sceneId);
    return this.history.apply(sceneId, edit, meta);
  }

  revertToOriginal(sceneId: string): EditResult {
    this.begin(sceneId);
    return this.history.revertToOriginal(sceneId);
  }

  undo(sceneId: string): MoveResult {
    return this.started(sceneId) ? this.history.undo(sceneId) : unmoved();
  }

  redo(sceneId: string): MoveResult {
    return this.started(sceneId) ? this.history.redo(sceneId) : unmoved();
  }

  jumpTo(sceneId: string, entryId: number | null): MoveResult {
    if (!this.started(sceneId) && entryId === null) return unmoved();
    this.begin(sceneId);
    return this.history.jumpTo(sceneId, entryId);
  }

  restoreBranch(sceneId: string, tip: number): MoveResult {
    this.begin(sceneId);
    return this.history.restoreBranch(sceneId, tip);
  }

  checkpoint(sceneId: string, name: string): Checkpoint {
    this.begin(sceneId);
    return this.history.checkpoint(sceneId, name);
  }

  jumpToCheckpoint(sceneId: string, name: string): MoveResult {
    this.begin(sceneId);
    return this.history.jumpToCheckpoint(sceneId, name);
  }

  view(sceneId: string): LayoutHistoryView {
    if (!this.started(sceneId)) {
      return { cursor: null, canUndo: false, canRedo: false, entries: [], checkpoints: [], branches: [] };
    }
    const { cursor, canUndo, canRedo, entries } = this.history.history(sceneId);
    const described = entries.length - DESCRIBED_ENTRIES;
    return {
      cursor,
      canUndo,
      canRedo,
      entries: entries.map((entry, index) => ({
        ...entry,
        subject: index < described ? null : subjectOf(this.history.entry(sceneId, entry.id).forward),
      })),
      checkpoints: this.history.checkpoints(sceneId),
      branches: this.history.branches(sceneId),
    };
  }

  /** The layout as imported (before any edit), ordered by id: the history's ghosts. */
  original(sceneId: string): LayoutObject[] {
    return layoutObjects(this.started(sceneId) ? this.history.originalLayout(sceneId) : this.storedLayout(sceneId));
  }

  /** The current layout (the same boxes the project's objects rows hold). */
  current(sceneId: string): Layout {
    return this.started(sceneId) ? this.history.currentLayout(sceneId) : this.storedLayout(sceneId);
  }

  /** Starts the scene's history from its stored objects unless it has one. */
  private begin(sceneId: string): void {
    if (!this.history.hasHistory(sceneId)) this.history.begin(sceneId, this.store.getObjects(sceneId));
  }

  /** Whether the scene has a history; throws `not_found` for a scene the project does not hold. */
  private started(sceneId: string): boolean {
    if (this.history.hasHistory(sceneId)) return true;
    this.store.getScene(sceneId);
    return false;
  }

  private storedLayout(sceneId: string): Layout {
    return layoutFromObjects(this.store.getObjects(sceneId));
  }
}

/** Only the latest entries get a subject: reading every diff of a 10,000-entry line costs too much. */
const DESCRIBED_ENTRIES = 500;

function subjectOf(diff: LayoutDiff): string {
  const objects = [...diff.added, ...diff.removed, ...diff.updated.map(([, to]) => to)].sort((a, b) => a.id - b.id);
  const names = objects.slice(0, 3).map((o) => `${o.label} ${o.id}`);
  if (objects.length > 3) names.push(`${objects.length - 3} more`);
  return names.join(', ');
}

const instances = new WeakMap<ProjectStore, ProjectLayout>();

/** The one `ProjectLayout` of an open project (prepared statements are made once per connection). */
export function projectLayout(store: ProjectStore): ProjectLayout {
  let layout = instances.get(store);
  if (layout === undefined) {
    layout = new ProjectLayout(store);
    instances.set(store, layout);
  }
  return layout;
}

function unmoved(): MoveResult {
  return { cursor: null, diff: emptyDiff, changed: false };
}
