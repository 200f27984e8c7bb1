/**
 * The history panel: a scene's layout history as a timeline (newest first, the original layout at
 * the bottom) with icon, description, origin and time; clicking an entry moves the cursor there.
 * Undo/redo, "show original" ghosts, "revert scene to original" (one undoable entry), named
 * checkpoints, dropped branches to restore, the instruction box, and adding entries to the
 * project's annotations as layout_edit samples (Ctrl/Cmd+click picks entries).
 */
import {
  ActionIcon,
  Badge,
  Button,
  Divider,
  Group,
  ScrollArea,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconArrowsExchange,
  IconArrowsMove,
  IconFlag,
  IconGitBranch,
  IconHistory,
  IconMinus,
  IconPencil,
  IconPlus,
  IconResize,
  IconRestore,
  IconRotateClockwise,
  IconTarget,
  type Icon,
} from '@tabler/icons-react';
import { useEffect, useState, type MouseEvent } from 'react';
import type { TimelineEntry } from '../../../common/api/layout';
import type { LayoutDiff } from '../../../common/layout/diff';
import type { EntryKind } from '../../../common/layout/history';
import { useRequest, useStudio } from '../api/StudioContext';
import { describeEntry, entryTime, ORIGIN_LABELS } from './describe';
import { InstructionBox } from './InstructionBox';
import { SamplesBar } from './SamplesBar';
import { useLayoutEditing } from './layout-editing-store';
import './history.css';

const ICONS: Record<EntryKind, Icon> = {
  move: IconArrowsMove,
  rotate: IconRotateClockwise,
  resize: IconResize,
  relabel: IconPencil,
  place: IconTarget,
  add: IconPlus,
  remove: IconMinus,
  swap: IconArrowsExchange,
  revert: IconRestore,
};

export function HistoryPanel({ sceneId }: { sceneId: string | null }) {
  const studio = useStudio();
  const { showOriginal, setShowOriginal, error, setError, noteDiff } = useLayoutEditing();
  const history = useRequest('layout.history', sceneId ? { sceneId } : null, `history:${sceneId}`, [
    'layout',
    'project',
  ]);
  const [checkpointName, setCheckpointName] = useState('');
  const [picked, setPicked] = useState<number[]>([]);
  useEffect(() => setPicked([]), [sceneId]);

  if (!sceneId) {
    return (
      <Text size="sm" c="dimmed">
        Select a scene to see its layout history.
      </Text>
    );
  }
  const view = history.data;
  // Every change made here is noted, so the keys' next nudge starts from the box it left.
  const act = (work: () => Promise<unknown>) => () => {
    work().then(
      (result) => {
        const diff = (result as { diff?: LayoutDiff } | undefined)?.diff;
        if (diff) noteDiff(diff);
        setError(null);
      },
      (failure: Error) => setError(failure.message),
    );
  };
  const jump = (entryId: number | null) => act(() => studio.call('layout.jumpTo', { sceneId, entryId }));
  const saveCheckpoint = act(async () => {
    await studio.call('layout.checkpoint', { sceneId, name: checkpointName });
    setCheckpointName('');
  });
  const marks = new Map<number | null, string[]>();
  for (const mark of view?.checkpoints ?? []) marks.set(mark.entryId, [...(marks.get(mark.entryId) ?? []), mark.name]);
  const cursorIndex = view ? view.entries.findIndex((e) => e.id === view.cursor) : -1;

  return (
    <Stack gap="xs" h="100%" data-testid="history-panel">
      <Group gap={4} justify="space-between">
        <Group gap={4}>
          <Tooltip label="Undo (Ctrl+Z)">
            <ActionIcon
              variant="light"
              disabled={!view?.canUndo}
              onClick={act(() => studio.call('layout.undo', { sceneId }))}
              aria-label="Undo"
              data-testid="history-undo"
            >
              <IconArrowBackUp size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Redo (Ctrl+Shift+Z)">
            <ActionIcon
              variant="light"
              disabled={!view?.canRedo}
              onClick={act(() => studio.call('layout.redo', { sceneId }))}
              aria-label="Redo"
              data-testid="history-redo"
            >
              <IconArrowForwardUp size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Switch
          size="xs"
          label="Show original"
          checked={showOriginal}
          onChange={(event) => setShowOriginal(event.currentTarget.checked)}
          data-testid="history-ghosts"
        />
      </Group>

      <InstructionBox sceneId={sceneId} />
      {error && (
        <Text size="xs" c="red" data-testid="history-error">
          {error}
        </Text>
      )}

      <Divider label="Timeline" labelPosition="left" />
      <ScrollArea style={{ flex: 1 }} type="auto" offsetScrollbars>
        <Stack gap={1} data-testid="history-timeline">
          {view &&
            [...view.entries].reverse().map((entry) => {
              const index = view.entries.indexOf(entry);
              return (
                <TimelineRow
                  key={entry.id}
                  entry={entry}
                  atCursor={entry.id === view.cursor}
                  undone={index > cursorIndex}
                  marks={marks.get(entry.id) ?? []}
                  picked={picked.includes(entry.id)}
                  onClick={(event) => {
                    if (!(event.ctrlKey || event.metaKey)) return jump(entry.id)();
                    setPicked((now) =>
                      now.includes(entry.id) ? now.filter((id) => id !== entry.id) : [...now, entry.id],
                    );
                  }}
                />
              );
            })}
          <button
            type="button"
            className={`history-row${view?.cursor === null ? ' history-row--cursor' : ''}`}
            onClick={jump(null)}
            data-testid="history-original"
            data-cursor={view?.cursor === null}
          >
            <IconHistory size={14} />
            <span className="history-row__text">Original layout</span>
            {(marks.get(null) ?? []).map((name) => (
              <Badge key={name} size="xs" variant="outline" color="yellow" leftSection={<IconFlag size={10} />}>
                {name}
              </Badge>
            ))}
          </button>
        </Stack>
      </ScrollArea>

      <SamplesBar
        sceneId={sceneId}
        picked={(view?.entries ?? []).filter((e) => picked.includes(e.id)).map((e) => e.id)}
        all={(view?.entries ?? []).map((e) => e.id)}
        onDone={() => setPicked([])}
      />
      <Group gap={4} wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          placeholder="Checkpoint name"
          value={checkpointName}
          onChange={(event) => setCheckpointName(event.currentTarget.value)}
          onKeyDown={(event) => event.key === 'Enter' && checkpointName.trim() && saveCheckpoint()}
          data-testid="checkpoint-name"
        />
        <Button
          size="xs"
          variant="light"
          leftSection={<IconFlag size={14} />}
          disabled={!checkpointName.trim()}
          onClick={saveCheckpoint}
        >
          Save
        </Button>
      </Group>
      {view && view.branches.length > 0 && (
        <Stack gap={2} data-testid="history-branches">
          <Text size="xs" c="dimmed">
            Dropped branches (edits made after an undo)
          </Text>
          {view.branches.map((branch) => (
            <Group key={branch.tip} gap={4} justify="space-between">
              <Text size="xs">
                <IconGitBranch size={12} /> {branch.length} entr{branch.length === 1 ? 'y' : 'ies'} from{' '}
                {branch.forkedFrom === null ? 'the original' : `entry ${branch.forkedFrom}`} · {entryTime(branch.time)}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={act(() => studio.call('layout.restoreBranch', { sceneId, tip: branch.tip }))}
              >
                Restore
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconRestore size={14} />}
        onClick={act(() => studio.call('layout.revert', { sceneId }))}
        disabled={!view || view.entries.length === 0}
        data-testid="history-revert"
      >
        Revert scene to original
      </Button>
    </Stack>
  );
}

function TimelineRow({
  entry,
  atCursor,
  undone,
  marks,
  picked,
  onClick,
}: {
  entry: TimelineEntry;
  atCursor: boolean;
  undone: boolean;
  marks: string[];
  picked: boolean;
  onClick: (event: MouseEvent) => void;
}) {
  const KindIcon = ICONS[entry.kind];
  const classes = [
    'history-row',
    atCursor && 'history-row--cursor',
    undone && 'history-row--undone',
    picked && 'history-row--picked',
  ].filter(Boolean);
  return (
    <button
      type="button"
      className={classes.join(' ')}
      onClick={onClick}
      title={`Entry ${entry.id}: click to move the cursor here, Ctrl/Cmd+click to pick it as a sample`}
      data-testid="history-entry"
      data-entry-id={entry.id}
      data-cursor={atCursor}
      data-picked={picked}
    >
      <KindIcon size={14} className="history-row__icon" />
      <span className="history-row__body">
        <span className="history-row__text">{describeEntry(entry)}</span>
        <span className="history-row__meta">
          {entry.text && entry.subject && <span>{entry.subject}</span>}
          <Badge
            size="xs"
            variant="light"
            color={entry.origin === 'instruction' ? 'grape' : entry.origin === 'model' ? 'teal' : 'gray'}
          >
            {ORIGIN_LABELS[entry.origin]}
          </Badge>
          <span className="history-row__time">{entryTime(entry.time)}</span>
          {marks.map((name) => (
            <Badge key={name} size="xs" variant="outline" color="yellow" leftSection={<IconFlag size={10} />}>
              {name}
            </Badge>
          ))}
        </span>
      </span>
    </button>
  );
}
