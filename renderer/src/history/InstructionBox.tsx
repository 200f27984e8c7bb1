/**
 * The instruction box: type "Move the chair next to the table.", Enter shows what it would do (a ghost in
 * the viewport, before/after here, collisions and leaving the room in red); Enter again accepts it
 * as one history entry (origin `instruction`, with the text), Esc rejects it. A proposal with
 * problems is accepted only after "place anyway" is ticked.
 */
import { Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconWand } from '@tabler/icons-react';
import { useState, type KeyboardEvent } from 'react';
import type { Box } from '../../../common/domain/box';
import { useStudio } from '../api/StudioContext';
import { useBusyAction } from '../api/useBusyAction';
import { useLayoutEditing } from './layout-editing-store';

const m = (v: number) => v.toFixed(2);
const boxText = (box: Box) => `(${box.center.map(m).join(', ')}) · ${Math.round((box.yaw * 180) / Math.PI)}°`;

export function InstructionBox({ sceneId }: { sceneId: string }) {
  const studio = useStudio();
  const { proposal, setProposal, noteDiff } = useLayoutEditing();
  const [text, setText] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const { busy, message, setMessage, run } = useBusyAction();
  const shown = proposal && proposal.sceneId === sceneId ? proposal : null;

  const reject = () => {
    setProposal(null);
    setConfirmed(false);
  };
  const propose = async () => {
    if (!text.trim()) return;
    await run(async () => {
      const result = await studio.call('layout.propose', { sceneId, text });
      if (result.ok) {
        setProposal({ ...result, sceneId, text: text.trim() });
        setMessage(null);
      } else {
        setProposal(null);
        setMessage(result.message);
      }
      setConfirmed(false);
    });
  };
  const accept = async () => {
    if (!shown || (shown.issues.length > 0 && !confirmed)) return;
    await run(async () => {
      const result = await studio.call('layout.apply', {
        sceneId,
        edit: shown.edit,
        origin: 'instruction',
        text: shown.text,
      });
      noteDiff(result.diff);
      setProposal(null);
      setText('');
      setMessage(null);
    });
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      // The text was edited since the proposal: read it again instead of accepting the old one.
      void (shown && shown.text === text.trim() ? accept() : propose());
    } else if (event.key === 'Escape' && shown) {
      event.preventDefault();
      event.stopPropagation();
      reject();
    }
  };

  return (
    <Stack gap={6}>
      <TextInput
        size="xs"
        placeholder="Instruction, e.g. Move the chair next to the table."
        leftSection={<IconWand size={14} />}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKey}
        disabled={busy}
        data-testid="instruction-input"
        aria-label="Layout instruction"
      />
      {message && (
        <Text size="xs" c="red" data-testid="instruction-message">
          {message}
        </Text>
      )}
      {shown && (
        <Stack gap={4} p={6} className="proposal" data-testid="instruction-proposal">
          <Text size="xs" fw={600}>
            {shown.summary}
          </Text>
          <Text size="xs" c="dimmed">
            before {boxText(shown.before)}
            <br />
            after {boxText(shown.after)}
          </Text>
          <Text size="xs" c="dimmed">
            {shown.source === 'spatial-model'
              ? `read by the spatial model (${shown.rule})`
              : `read by the template grammar fallback (${shown.rule})`}
          </Text>
          {shown.issues.length > 0 && (
            <Alert color="red" p={6} icon={<IconAlertTriangle size={14} />} data-testid="instruction-issues">
              <Stack gap={2}>
                {shown.issues.map((issue) => (
                  <Text key={issue.kind} size="xs">
                    {issue.message}
                  </Text>
                ))}
                <Checkbox
                  size="xs"
                  label="Place it anyway"
                  checked={confirmed}
                  onChange={(event) => setConfirmed(event.currentTarget.checked)}
                  data-testid="instruction-confirm"
                />
              </Stack>
            </Alert>
          )}
          <Group gap={6}>
            <Button
              size="compact-xs"
              onClick={() => void accept()}
              disabled={busy || (shown.issues.length > 0 && !confirmed)}
              data-testid="instruction-accept"
            >
              Accept (Enter)
            </Button>
            <Button size="compact-xs" variant="subtle" onClick={reject} data-testid="instruction-reject">
              Reject (Esc)
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
