/**
 * The Model panel: ask the spatial model about the scene in view. Shows the task it read, the
 * answer or distance, each referent with its role and score (highlighted in the viewport through
 * the shared answer, see model-store.ts) and a proposed edit as a ghost that "Accept" records as
 * one history entry with origin `model`.
 */
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import type { SceneObject } from '../../../common/domain/scene';
import { useStudio } from '../api/StudioContext';
import { useBusyAction } from '../api/useBusyAction';
import { useLayoutEditing } from '../history/layout-editing-store';
import { useModelAnswer } from './model-store';

const m = (v: number) => v.toFixed(2);

export function ModelPanel({ sceneId, objects }: { sceneId: string | null; objects: readonly SceneObject[] }) {
  const studio = useStudio();
  const { answer, show, markAccepted } = useModelAnswer();
  const noteDiff = useLayoutEditing((s) => s.noteDiff);
  const [text, setText] = useState('');
  const { busy, message, setMessage, run } = useBusyAction();
  const shown = answer && answer.sceneId === sceneId ? answer : null;
  const labelOf = (id: number) => objects.find((o) => o.id === id)?.label ?? 'object';

  const ask = async () => {
    if (!sceneId || !text.trim()) return;
    await run(async () => {
      const result = await studio.call('model.ask', { sceneId, text });
      show({ sceneId, text: text.trim(), result, accepted: false });
      setMessage(null);
    });
  };
  const accept = async () => {
    const edit = shown?.result.edit;
    if (!shown || !edit || shown.accepted) return;
    await run(async () => {
      const result = await studio.call('layout.apply', {
        sceneId: shown.sceneId,
        edit: edit.partner
          ? { kind: 'swap', a: edit.object, b: edit.partner.id }
          : { kind: 'place', id: edit.object, box: edit.box },
        origin: 'model',
        text: shown.text,
      });
      noteDiff(result.diff);
      markAccepted();
      setMessage(null);
    });
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void ask();
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      event.stopPropagation();
      show(null);
    }
  };

  if (!sceneId)
    return (
      <Text size="sm" c="dimmed">
        Choose a scene to ask the model about it.
      </Text>
    );
  const result = shown?.result;
  return (
    <Stack gap={8} data-testid="model-panel">
      <TextInput
        size="xs"
        placeholder="Ask, e.g. How far is the chair from the table?"
        leftSection={<IconSparkles size={14} />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKey}
        disabled={busy}
        data-testid="model-input"
        aria-label="Question for the spatial model"
      />
      <Group gap={6}>
        <Button size="compact-xs" onClick={() => void ask()} loading={busy} data-testid="model-ask">
          Ask
        </Button>
        {shown && (
          <Button size="compact-xs" variant="subtle" onClick={() => show(null)}>
            Clear (Esc)
          </Button>
        )}
      </Group>
      {message && (
        <Text size="xs" c="red" data-testid="model-message">
          {message}
        </Text>
      )}
      {result && (
        <Stack gap={6} data-testid="model-answer">
          <Text size="xs" c="dimmed">
            read as <b data-testid="model-task">{result.task}</b>
          </Text>
          {result.distance !== null && (
            <Text size="sm" fw={600} data-testid="model-distance">
              {m(result.distance)} m
            </Text>
          )}
          {result.answer !== null && (
            <Text size="sm" fw={600} data-testid="model-text-answer">
              {result.answer}
            </Text>
          )}
          <Stack gap={2}>
            {result.referents.map((r) => (
              <Group key={`${r.role}-${r.id}`} gap={6} data-testid="model-referent" data-role={r.role}>
                <Badge size="xs" variant="light" color={r.role === 'target' ? 'blue' : 'grape'}>
                  {r.role}
                </Badge>
                <Text size="xs">
                  {labelOf(r.id)} {r.id}
                </Text>
                <Text size="xs" c="dimmed">
                  {Math.round(r.score * 100)}%
                </Text>
              </Group>
            ))}
          </Stack>
          {result.task === 'layout_edit' && !result.edit && (
            <Text size="xs" c="orange" data-testid="model-no-edit">
              The placement solver found no free spot for this edit (collisions or the room&apos;s walls).
            </Text>
          )}
          {result.edit && (
            <Stack gap={4} p={6} className="proposal" data-testid="model-edit">
              <Text size="xs" fw={600}>
                {result.edit.partner
                  ? `Swap ${labelOf(result.edit.object)} ${result.edit.object} and ${labelOf(result.edit.partner.id)} ${result.edit.partner.id}`
                  : `Place ${labelOf(result.edit.object)} ${result.edit.object} at (${result.edit.box.center.map(m).join(', ')})`}
              </Text>
              {shown.accepted ? (
                <Text size="xs" c="dimmed" data-testid="model-edit-accepted">
                  Accepted into the history.
                </Text>
              ) : (
                <Button size="compact-xs" onClick={() => void accept()} disabled={busy} data-testid="model-accept">
                  Accept edit
                </Button>
              )}
            </Stack>
          )}
        </Stack>
      )}
    </Stack>
  );
}
