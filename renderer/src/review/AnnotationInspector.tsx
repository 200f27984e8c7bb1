/**
 * The inspector for the annotation in focus: edit its text and answer (written on blur or Enter,
 * no save button), pick referents by clicking objects in the viewport, compare a distance with the
 * geometry, adjust a layout item's target box with the gizmo, take the spatial model's suggestion,
 * see the checks and the audit trail.
 */
import { Badge, Button, Divider, Group, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Annotation } from '../../../common/annotations/annotation';
import { answerMetres, DISTANCE_TOLERANCE, failedChecks, geometryDistance } from '../../../common/review/checks';
import { metresText, roundMetres } from '../../../common/templates/words';
import { useShallow } from 'zustand/react/shallow';
import { useAnnotationView } from '../annotations/annotation-view-store';
import { useViewport } from '../viewport-state/viewport-store';
import { roleColor } from '../viewport/roles';
import { AuditTrail } from './AuditTrail';
import { ChecksList } from './ChecksList';
import { ModelSuggestion } from './ModelSuggestion';
import { useActiveRecord } from './useActiveRecord';
import { useReviewActions } from './useReviewActions';

export function AnnotationInspector({ id }: { id: string }) {
  const { record, objects, checks } = useActiveRecord(id);
  const view = useAnnotationView(
    useShallow((s) => ({
      picking: s.picking,
      adjustingTarget: s.adjustingTarget,
      setActive: s.setActive,
      setPicking: s.setPicking,
      setAdjustingTarget: s.setAdjustingTarget,
    })),
  );
  const actions = useReviewActions();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState('');
  // Accepting over failing checks takes a second click, as the queue takes a second A.
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    setText(record?.text ?? '');
    setAnswer(record?.answer ?? '');
  }, [record?.text, record?.answer]);
  useEffect(() => setArmed(false), [record?.id, record?.revision]);
  useEffect(() => {
    if (record) view.setActive(record);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- setActive is stable
  }, [record]);

  if (!record)
    return (
      <Text size="sm" c="dimmed">
        Loading annotation…
      </Text>
    );
  const save = (patch: Partial<Pick<Annotation, 'text' | 'answer'>>) => {
    const changed = Object.entries(patch).some(([k, v]) => record[k as 'text' | 'answer'] !== v);
    if (changed) void actions.edit(record, patch);
  };
  const geometry = objects ? geometryDistance(record, objects) : null;
  const said = answerMetres(record.answer);
  const mismatch = geometry !== null && (said === null || Math.abs(said - geometry.metres) > DISTANCE_TOLERANCE);
  const failing = failedChecks(checks);
  const label = (objectId: number) => objects?.find((o) => o.id === objectId)?.label ?? '?';

  return (
    <Stack gap="xs" data-testid="annotation-inspector" data-id={record.id}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={5} style={{ overflowWrap: 'anywhere' }}>
          {record.task}
        </Title>
        <Group gap={4}>
          <Badge size="sm" data-testid="inspector-status">
            {record.status}
          </Badge>
          {record.flagged && (
            <Badge size="sm" color="yellow">
              ambiguous
            </Badge>
          )}
        </Group>
      </Group>
      <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
        {record.id} · r{record.revision} · {record.annotator ?? 'not reviewed'}
      </Text>
      <Textarea
        label="Text"
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={() => save({ text })}
        data-testid="inspector-text"
      />
      <TextInput
        label="Answer"
        value={answer}
        onChange={(e) => setAnswer(e.currentTarget.value)}
        onBlur={() => save({ answer })}
        onKeyDown={(e) => e.key === 'Enter' && save({ answer })}
        data-testid="inspector-answer"
      />
      {geometry && (
        <Group gap="xs" wrap="nowrap" data-testid="inspector-distance">
          {/* The sentence wraps, the button keeps its width (it was cut off at the aside's edge). */}
          <Text size="xs" c={mismatch ? 'orange' : 'dimmed'} style={{ flex: 1, minWidth: 0 }}>
            Geometry: {geometry.metres.toFixed(2)} m ({geometry.metric})
            {mismatch ? ` — the answer says ${said === null ? 'no number' : `${said.toFixed(2)} m`}` : ' — agrees'}
          </Text>
          {mismatch && (
            <Button
              size="compact-xs"
              variant="light"
              style={{ flexShrink: 0 }}
              onClick={() =>
                void actions.edit(record, {
                  answer: metresText(roundMetres(geometry.metres)),
                  value: { kind: 'distance', metric: geometry.metric, metres: roundMetres(geometry.metres) },
                })
              }
            >
              Use geometry
            </Button>
          )}
        </Group>
      )}
      <Text size="sm" fw={600}>
        Referents
      </Text>
      <Group gap={4}>
        {record.referents.map((r) => (
          <Badge key={`${r.id}-${r.role}`} size="sm" variant="outline" color={roleColor(r.role)}>
            {r.role}: {label(r.id)} #{r.id}
          </Badge>
        ))}
      </Group>
      <Group gap={4}>
        {(['target', 'anchor'] as const).map((role) => (
          <Button
            key={role}
            size="compact-xs"
            variant={view.picking === role ? 'filled' : 'light'}
            onClick={() => view.setPicking(view.picking === role ? null : role)}
            data-testid={`pick-${role}`}
          >
            {view.picking === role ? `Click the ${role}…` : `Pick ${role}`}
          </Button>
        ))}
      </Group>
      {record.value.kind === 'layout' && (
        <Switch
          size="xs"
          label="Adjust the target box with the gizmo"
          checked={view.adjustingTarget}
          data-testid="adjust-target"
          onChange={(e) => {
            const on = e.currentTarget.checked;
            view.setAdjustingTarget(on);
            if (on) useViewport.getState().setTool('move');
          }}
        />
      )}
      <ModelSuggestion record={record} objects={objects} actions={actions} />
      <ChecksList checks={checks} />
      <Group gap={4}>
        <Button
          size="compact-xs"
          color={failing.length > 0 ? 'orange' : 'teal'}
          data-testid="inspector-accept"
          onClick={() => {
            if (failing.length > 0 && !armed) return setArmed(true);
            void actions.act(
              record,
              'accept',
              failing.length > 0 ? { override: failing.map((c) => `${c.id}: ${c.message}`) } : undefined,
            );
          }}
        >
          {failing.length === 0
            ? 'Accept'
            : armed
              ? `Click again to accept with ${failing.length} failing`
              : `Accept anyway (${failing.length} failing)`}
        </Button>
        <Button size="compact-xs" color="red" variant="light" onClick={() => void actions.act(record, 'reject')}>
          Reject
        </Button>
        <Button size="compact-xs" color="yellow" variant="light" onClick={() => void actions.act(record, 'flag')}>
          {record.flagged ? 'Unflag' : 'Flag'}
        </Button>
      </Group>
      <Divider label="Audit trail" labelPosition="left" />
      <AuditTrail id={record.id} />
      <Divider my="sm" label="Scene" labelPosition="left" />
    </Stack>
  );
}
