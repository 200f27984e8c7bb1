/**
 * The layout-editing requests of the API contract (contract.ts spreads them in) and their result
 * types: edits, undo/redo/jumps, the history view, checkpoints and branches, the original layout
 * for ghosts, proposals for typed instructions and MODLE samples of chosen entries. The rules
 * behind them live in common/layout; the services in electron/services/layout.
 */
import { z } from 'zod';
import type { Box } from '../domain/box';
import { boxSchema, objectIdSchema, vec3Schema, type Annotation } from '../annotations/annotation';
import type { LayoutDiff } from '../layout/diff';
import type { LayoutEdit } from '../layout/edits';
import type { Branch, Checkpoint, EntrySummary } from '../layout/history';
import type { LayoutObject } from '../layout/layout';
import { request } from './define';

const sceneId = z.string().min(1).max(200);
const entryId = z.number().int().min(1);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const layoutEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), id: objectIdSchema, center: vec3Schema }),
  z.object({ kind: z.literal('rotate'), id: objectIdSchema, yaw: finite }),
  z.object({ kind: z.literal('resize'), id: objectIdSchema, size: boxSchema.shape.size }),
  z.object({ kind: z.literal('relabel'), id: objectIdSchema, label: z.string().trim().min(1).max(200) }),
  z.object({ kind: z.literal('place'), id: objectIdSchema, box: boxSchema }),
  z.object({
    kind: z.literal('add'),
    object: z.object({ id: objectIdSchema, label: z.string().trim().min(1).max(200), box: boxSchema }),
  }),
  z.object({ kind: z.literal('remove'), id: objectIdSchema }),
  z.object({ kind: z.literal('swap'), a: objectIdSchema, b: objectIdSchema }),
]);

/** Who made an edit; 'revert' is not asked for, it is what `layout.revert` records. */
export const editOriginSchema = z.enum(['gizmo', 'nudge', 'instruction', 'model', 'import']);

export interface LayoutEditResult {
  /** The entry recorded (a merged nudge burst gives its one entry); null when nothing changed. */
  entry: EntrySummary | null;
  cursor: number | null;
  diff: LayoutDiff;
  merged: boolean;
}

export interface LayoutMoveResult {
  cursor: number | null;
  diff: LayoutDiff;
  /** False when there was nothing to undo or redo. */
  changed: boolean;
}

/** An entry as the timeline lists it. */
export interface TimelineEntry extends EntrySummary {
  /** What it was about, "chair 3" or "chair 3, table 5"; null for entries too old to describe. */
  subject: string | null;
}

/** The history panel's whole view of a scene in one read. */
export interface LayoutHistoryView {
  cursor: number | null;
  canUndo: boolean;
  canRedo: boolean;
  /** The active line, oldest first: what undo and redo walk along. */
  entries: TimelineEntry[];
  checkpoints: Checkpoint[];
  branches: Branch[];
}

/** Something about a proposed box the user must see and confirm before accepting it. */
export interface PlacementIssue {
  kind: 'collision' | 'out-of-room' | 'unsupported';
  message: string;
  /** The other objects involved (what it collides with). */
  objectIds: number[];
}

/** What a typed instruction would do, shown as a ghost until accepted (Enter) or rejected (Esc). */
export type LayoutProposal =
  | {
      ok: true;
      edit: LayoutEdit;
      objectId: number;
      label: string;
      before: Box;
      after: Box;
      /** People-readable: "Move chair 3 1.20 m along x". */
      summary: string;
      issues: PlacementIssue[];
      /** How the instruction was understood: the spatial model when it is loaded and reads a
       * layout edit, else the template grammar. */
      source: ProposalSource;
      /** The grammar rule that matched, or the model's referents with their scores. */
      rule: string;
    }
  | { ok: false; message: string; source: ProposalSource };

export type ProposalSource = 'template-grammar' | 'spatial-model';

export interface LayoutSamples {
  /** MODLE `layout_edit` records, one per object whose box an entry changed. */
  records: Annotation[];
  /** Entries that gave no record (no box changed, e.g. a relabel), with why. */
  skipped: { entryId: number; reason: string }[];
}

export interface LayoutSamplesAdded {
  /** Records stored now. */
  added: number;
  /** Records already in the project's annotations (the same entry added before): left as they are. */
  existing: number;
  /** Entries that gave no record, with why. */
  skipped: { entryId: number; reason: string }[];
}

export const layoutRequests = {
  'layout.apply': request<LayoutEditResult>()(
    z.object({ sceneId, edit: layoutEditSchema, origin: editOriginSchema, text: z.string().max(2000).optional() }),
  ),
  'layout.undo': request<LayoutMoveResult>()(z.object({ sceneId })),
  'layout.redo': request<LayoutMoveResult>()(z.object({ sceneId })),
  /** Moves the cursor to any entry, on the active line or a dropped branch; null: the original layout. */
  'layout.jumpTo': request<LayoutMoveResult>()(z.object({ sceneId, entryId: entryId.nullable() })),
  'layout.history': request<LayoutHistoryView>()(z.object({ sceneId })),
  'layout.branches': request<Branch[]>()(z.object({ sceneId })),
  'layout.restoreBranch': request<LayoutMoveResult>()(z.object({ sceneId, tip: entryId })),
  'layout.checkpoint': request<Checkpoint>()(z.object({ sceneId, name: z.string().trim().min(1).max(200) })),
  /** "Revert scene to original" as one undoable entry. */
  'layout.revert': request<LayoutEditResult>()(z.object({ sceneId })),
  /** The layout as imported, before any edit: drawn as ghosts. */
  'layout.original': request<LayoutObject[]>()(z.object({ sceneId })),
  'layout.propose': request<LayoutProposal>()(z.object({ sceneId, text: z.string().trim().min(1).max(2000) })),
  'layout.exportSamples': request<LayoutSamples>()(
    z.object({ sceneId, entryIds: z.array(entryId).min(1).max(10_000) }),
  ),
  /** The entries' samples stored as project annotations (one transaction); ids already stored are kept. */
  'layout.addSamples': request<LayoutSamplesAdded>()(
    z.object({ sceneId, entryIds: z.array(entryId).min(1).max(10_000) }),
  ),
} as const;
