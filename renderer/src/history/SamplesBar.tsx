/**
 * Turns layout edits into training samples: the chosen timeline entries (Ctrl/Cmd+click picks
 * them), or all of them, are added to the project's annotations as MODLE `layout_edit` records.
 * Stored there they are reviewed, filtered and exported with every other annotation (MODLE,
 * JSONL...), so a designer's work reaches a dataset without a separate file to keep track of.
 */
import { Button, Group, Text } from '@mantine/core';
import { IconDatabasePlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { LayoutSamplesAdded } from '../../../common/api/layout';
import { useStudio } from '../api/StudioContext';

export function SamplesBar({
  sceneId,
  picked,
  all,
  onDone,
}: {
  sceneId: string;
  picked: readonly number[];
  all: readonly number[];
  onDone: () => void;
}) {
  const studio = useStudio();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);

  const add = (entryIds: readonly number[]) => () => {
    setBusy(true);
    studio.call('layout.addSamples', { sceneId, entryIds: [...entryIds] }).then(
      (result) => {
        setNote({ text: describe(result), error: false });
        setBusy(false);
        onDone();
      },
      (failure: Error) => {
        setNote({ text: failure.message, error: true });
        setBusy(false);
      },
    );
  };

  return (
    <>
      <Group gap={4} wrap="nowrap">
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconDatabasePlus size={14} />}
          disabled={busy || picked.length === 0}
          onClick={add(picked)}
          title="Ctrl/Cmd+click timeline entries to pick them"
          data-testid="samples-add-picked"
        >
          Add {picked.length} picked to annotations
        </Button>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={busy || all.length === 0}
          onClick={add(all)}
          data-testid="samples-add-all"
        >
          Add all
        </Button>
      </Group>
      {note && (
        <Text size="xs" c={note.error ? 'red' : 'dimmed'} data-testid="samples-note">
          {note.text}
        </Text>
      )}
    </>
  );
}

function describe({ added, existing, skipped }: LayoutSamplesAdded): string {
  const parts = [`Added ${added} layout_edit record${added === 1 ? '' : 's'} to the annotations`];
  if (existing > 0) parts.push(`${existing} already there`);
  if (skipped.length > 0) parts.push(`${skipped.length} entr${skipped.length === 1 ? 'y' : 'ies'} moved no box`);
  return `${parts.join('; ')}.`;
}
