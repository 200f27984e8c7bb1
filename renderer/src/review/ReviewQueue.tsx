/**
 * The review queue: one annotation at a time, the viewport framed on its referents, driven from
 * the keyboard (review-keys.ts). Every action is written at once through useReviewActions; a
 * failing check makes accept ask for a second press, and that override goes into the audit.
 */
import { Alert, Badge, Button, Group, Kbd, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { failedChecks } from '../../../common/review/checks';
import { useAnnotationView } from '../annotations/annotation-view-store';
import { useSelection } from '../state/selection';
import { ChecksList } from './ChecksList';
import { queueCommand, REVIEW_KEYS, swallowedUnderQueue, type QueueCommand } from './review-keys';
import { useReview } from './review-store';
import { useActiveRecord } from './useActiveRecord';
import { useReviewActions } from './useReviewActions';
import { STATUS_COLORS } from '../annotations/AnnotationTable';

export function ReviewQueue() {
  const review = useReview();
  const id = review.open ? review.ids[review.index] : undefined;
  const { record, checks } = useActiveRecord(id);
  const actions = useReviewActions();
  const [draft, setDraft] = useState({ text: '', answer: '', reason: '' });

  // The item in focus is the viewport's: select its scene and frame its referents.
  useEffect(() => {
    if (!record) return;
    useAnnotationView.getState().setActive(record);
    const { sceneId, selectScene } = useSelection.getState();
    if (sceneId !== record.scene_id) selectScene(record.scene_id);
  }, [record]);

  const latest = useRef({ record, checks });
  latest.current = { record, checks };

  const run = useCallback(
    async (command: QueueCommand) => {
      const state = useReview.getState();
      const { record: current, checks: currentChecks } = latest.current;
      if (command !== 'accept' && state.confirmOverride !== null) state.set({ confirmOverride: null });
      switch (command) {
        case 'next':
          return state.go(1);
        case 'previous':
          return state.go(-1);
        case 'close':
          return state.close();
        case 'help':
          return state.set({ mode: state.mode === 'help' ? 'idle' : 'help' });
        case 'undo':
          return void (await actions.undo());
      }
      if (!current) return;
      switch (command) {
        case 'accept': {
          const failing = failedChecks(currentChecks);
          if (failing.length > 0 && state.confirmOverride !== current.id) {
            return state.set({ confirmOverride: current.id });
          }
          state.set({ confirmOverride: null });
          const note = failing.length > 0 ? { override: failing.map((c) => `${c.id}: ${c.message}`) } : undefined;
          if (await actions.act(current, 'accept', note)) useReview.getState().go(1);
          return;
        }
        case 'flag':
          return void (await actions.act(current, 'flag'));
        case 'edit':
          setDraft({ text: current.text, answer: current.answer, reason: '' });
          return state.set({ mode: 'edit' });
        case 'reject':
          setDraft((d) => ({ ...d, reason: '' }));
          return state.set({ mode: 'reject' });
      }
    },
    [actions],
  );

  useEffect(() => {
    if (!review.open) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      // Typing in a field (the edit form, the reason, the filters) is typing; dialogs own their keys.
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      if (useReview.getState().identityOpen) return;
      const command = queueCommand(event);
      if (command === null && !swallowedUnderQueue(event)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (command !== null) void run(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [review.open, run]);

  const finish = () => {
    useReview.getState().set({ mode: 'idle' });
    (document.activeElement as HTMLElement | null)?.blur?.();
  };
  const saveEdit = async () => {
    if (!record) return;
    const patch = {
      ...(draft.text !== record.text ? { text: draft.text } : {}),
      ...(draft.answer !== record.answer ? { answer: draft.answer } : {}),
    };
    if (Object.keys(patch).length > 0) await actions.edit(record, patch);
    finish();
  };
  const confirmReject = async () => {
    if (!record) return;
    const reason = draft.reason.trim();
    const done = await actions.act(record, 'reject', reason ? { reason } : undefined);
    finish();
    if (done) useReview.getState().go(1);
  };

  if (!review.open) return null;
  const failing = failedChecks(checks);
  return (
    <Stack gap="xs" data-testid="review-queue" tabIndex={-1}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={5}>Review queue</Title>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" c="dimmed" data-testid="review-position">
            {review.ids.length === 0 ? '0 / 0' : `${review.index + 1} / ${review.ids.length}`}
          </Text>
          <Button size="compact-xs" variant="subtle" onClick={review.close} aria-label="Close the queue">
            <IconX size={14} />
          </Button>
        </Group>
      </Group>
      {review.ids.length === 0 && <Text size="sm">Nothing matches the filters.</Text>}
      {record && (
        <Stack gap={6} data-testid="review-item" data-id={record.id} data-status={record.status}>
          <Group gap={4}>
            <Badge size="sm" variant="light">
              {record.task}
            </Badge>
            <Badge size="sm" color={STATUS_COLORS[record.status]} data-testid="review-status">
              {record.status}
            </Badge>
            {record.flagged && (
              <Badge size="sm" color="yellow" data-testid="review-flagged">
                ambiguous
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {record.scene_id}
            </Text>
          </Group>
          {review.mode === 'edit' ? (
            <Stack gap={4}>
              <Textarea
                label="Text"
                autosize
                minRows={2}
                value={draft.text}
                autoFocus
                data-testid="review-edit-text"
                onChange={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void saveEdit();
                  if (e.key === 'Escape') finish();
                }}
              />
              <TextInput
                label="Answer"
                value={draft.answer}
                data-testid="review-edit-answer"
                onChange={(e) => setDraft({ ...draft, answer: e.currentTarget.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void saveEdit();
                  if (e.key === 'Escape') finish();
                }}
              />
              <Text size="xs" c="dimmed">
                Enter saves (Ctrl+Enter in the text), Esc cancels. Then A accepts it as corrected.
              </Text>
            </Stack>
          ) : (
            <>
              <Text size="sm" fw={600} data-testid="review-text">
                {record.text}
              </Text>
              {record.answer !== '' && (
                <Text size="sm" data-testid="review-answer">
                  → {record.answer}
                </Text>
              )}
            </>
          )}
          {review.mode === 'reject' && (
            <TextInput
              label="Why reject it?"
              placeholder="wrong answer, not unique, …"
              value={draft.reason}
              autoFocus
              data-testid="review-reason"
              onChange={(e) => setDraft({ ...draft, reason: e.currentTarget.value })}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void confirmReject();
                if (e.key === 'Escape') finish();
              }}
            />
          )}
          <ChecksList checks={checks} />
          {review.confirmOverride === record.id && (
            <Alert color="orange" p="xs" data-testid="review-override">
              {failing.length} check{failing.length === 1 ? '' : 's'} failed. Press <Kbd>A</Kbd> again to accept anyway
              (recorded in the audit).
            </Alert>
          )}
        </Stack>
      )}
      {review.mode === 'help' ? (
        <Table withRowBorders={false} data-testid="review-help" fz="xs">
          <Table.Tbody>
            {REVIEW_KEYS.map((k) => (
              <Table.Tr key={k.key}>
                <Table.Td>
                  <Kbd size="xs">{k.key}</Kbd>
                </Table.Td>
                <Table.Td>{k.does}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="xs" c="dimmed">
          <Kbd size="xs">J</Kbd>/<Kbd size="xs">K</Kbd> move · <Kbd size="xs">A</Kbd> accept · <Kbd size="xs">E</Kbd>{' '}
          edit · <Kbd size="xs">R</Kbd> reject · <Kbd size="xs">F</Kbd> flag · <Kbd size="xs">U</Kbd> undo ·{' '}
          <Kbd size="xs">?</Kbd> help
        </Text>
      )}
      {review.message && (
        <Text size="xs" c="dimmed" data-testid="review-message">
          {review.message}
        </Text>
      )}
    </Stack>
  );
}
