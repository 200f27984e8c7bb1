import { describe, expect, it } from 'vitest';
import { NUDGE_BURST_MS } from './history';
import { layoutFromObjects, type Layout, type LayoutObject } from './layout';
import { MemoryHistory } from './memory-history';

const chair: LayoutObject = { id: 1, label: 'chair', box: { center: [0, 0, 0.4], size: [0.5, 0.5, 0.8], yaw: 0 } };
const desk: LayoutObject = { id: 2, label: 'desk', box: { center: [2, 0, 0.375], size: [1.2, 0.6, 0.75], yaw: 0 } };
const original = layoutFromObjects([chair, desk]);

function historyWithClock(): { history: MemoryHistory; advance: (ms: number) => void } {
  let time = 1_000_000;
  return { history: new MemoryHistory(original, () => time), advance: (ms) => (time += ms) };
}

function xOf(layout: Layout, id: number): number | undefined {
  return layout.get(id)?.box.center[0];
}

function nudge(history: MemoryHistory, id: number, dx: number): void {
  const center = history.current().get(id)!.box.center;
  history.apply({ kind: 'move', id, center: [center[0] + dx, center[1], center[2]] }, { origin: 'nudge' });
}

describe('nudge bursts', () => {
  it('merge arrow-key nudges of one object within a second into one entry that undo reverses', () => {
    const { history, advance } = historyWithClock();
    for (let i = 0; i < 5; i++) {
      nudge(history, 1, 0.25);
      advance(300);
    }
    expect(history.activeLine()).toHaveLength(1);
    expect(xOf(history.current(), 1)).toBe(1.25);
    history.undo();
    expect(history.current()).toEqual(original);
  });

  it('start a new entry after a pause, for another object, for a gizmo drag, or after undo', () => {
    const { history, advance } = historyWithClock();
    nudge(history, 1, 0.1);
    advance(NUDGE_BURST_MS + 1);
    nudge(history, 1, 0.1);
    expect(history.activeLine()).toHaveLength(2);
    advance(10);
    nudge(history, 2, 0.1);
    expect(history.activeLine()).toHaveLength(3);
    advance(10);
    history.apply({ kind: 'move', id: 2, center: [3, 0, 0.375] }, { origin: 'gizmo' });
    advance(10);
    nudge(history, 2, 0.1);
    expect(history.activeLine()).toHaveLength(5);
    history.undo();
    advance(10);
    nudge(history, 2, 0.1);
    expect(history.activeLine()).toHaveLength(5);
    expect(history.branches()).toHaveLength(1);
  });
});

describe('branches', () => {
  it('an edit after undo keeps the undone entries as a branch that can be restored', () => {
    const { history } = historyWithClock();
    const a = history.apply({ kind: 'move', id: 1, center: [1, 0, 0.4] }, { origin: 'gizmo' }).entry!;
    const b = history.apply({ kind: 'rotate', id: 1, yaw: 1 }, { origin: 'gizmo' }).entry!;
    const afterB = history.current();
    history.undo();
    const c = history.apply(
      { kind: 'relabel', id: 2, label: 'table' },
      { origin: 'instruction', text: 'call it a table' },
    ).entry!;
    const afterC = history.current();
    expect(history.activeLine()).toEqual([a.id, c.id]);
    expect(history.branches()).toEqual([{ tip: b.id, forkedFrom: a.id, length: 1, time: b.time }]);
    expect(history.redo()).toBeNull();

    history.jumpTo(b.id);
    expect(history.current()).toEqual(afterB);
    expect(history.activeLine()).toEqual([a.id, b.id]);
    expect(history.branches().map((branch) => branch.tip)).toEqual([c.id]);
    history.jumpTo(c.id);
    expect(history.current()).toEqual(afterC);
    expect(history.entry(c.id).text).toBe('call it a table');
  });

  it('a jump to the original and back redoes along the line it left', () => {
    const { history } = historyWithClock();
    history.apply({ kind: 'remove', id: 2 }, { origin: 'gizmo' });
    history.apply({ kind: 'add', object: { ...desk, id: 5 } }, { origin: 'model' });
    const end = history.current();
    history.jumpTo(null);
    expect(history.current()).toEqual(original);
    expect(history.undo()).toBeNull();
    history.redo();
    history.redo();
    expect(history.current()).toEqual(end);
  });
});

describe('revert to original and checkpoints', () => {
  it('revert is one undoable entry, and none when nothing differs', () => {
    const { history } = historyWithClock();
    expect(history.revertToOriginal().entry).toBeNull();
    history.apply({ kind: 'swap', a: 1, b: 2 }, { origin: 'gizmo' });
    history.apply({ kind: 'remove', id: 1 }, { origin: 'gizmo' });
    const edited = history.current();
    const revert = history.revertToOriginal().entry!;
    expect(revert.kind).toBe('revert');
    expect(history.current()).toEqual(original);
    history.undo();
    expect(history.current()).toEqual(edited);
  });

  it('a checkpoint names the cursor and a later jump returns to it', () => {
    const { history } = historyWithClock();
    history.apply({ kind: 'move', id: 1, center: [1, 1, 0.4] }, { origin: 'gizmo' });
    history.checkpoint('  first try ');
    const atMark = history.current();
    history.apply({ kind: 'move', id: 1, center: [2, 2, 0.4] }, { origin: 'gizmo' });
    const mark = history.checkpoints()[0]!;
    expect(mark.name).toBe('first try');
    history.jumpTo(mark.entryId);
    expect(history.current()).toEqual(atMark);
  });
});
