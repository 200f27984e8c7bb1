/**
 * The spatial model's suggestion for the annotation in the inspector: it answers the record's own
 * text about its scene; "Use suggestion" writes the result as an edit (so accepting afterwards
 * makes it `corrected`) with a `model` note in the audit trail, marking it as model output.
 */
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Annotation } from '../../../common/annotations/annotation';
import type { SceneObject } from '../../../common/domain/scene';
import { modelSuggestion, type ModelSuggestion as Suggestion } from '../../../common/review/model-suggestion';
import { useStudio } from '../api/StudioContext';
import { useBusyAction } from '../api/useBusyAction';
import type { ReviewActions } from './useReviewActions';

export function ModelSuggestion({
  record,
  objects,
  actions,
}: {
  record: Annotation;
  objects: readonly SceneObject[] | undefined;
  actions: ReviewActions;
}) {
  const studio = useStudio();
  const { busy, message, setMessage, run } = useBusyAction();
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  useEffect(() => {
    setSuggestion(null);
    setMessage(null);
  }, [record.id, record.revision, setMessage]);

  const ask = () =>
    run(async () => {
      const result = await studio.call('model.ask', { sceneId: record.scene_id, text: record.text });
      const found = modelSuggestion(record, result, objects ?? []);
      setSuggestion(found);
      setMessage(found ? null : `The model read this as ${result.task.replace('_', ' ')} and has nothing to fill in.`);
    });
  const use = () =>
    suggestion &&
    run(async () => {
      await actions.edit(record, suggestion.patch, 'Model suggestion', { model: suggestion.summary });
    });

  return (
    <Stack gap={4} data-testid="model-suggestion">
      <Group gap={4}>
        <Button size="compact-xs" variant="light" loading={busy} onClick={() => void ask()} data-testid="model-suggest">
          Ask the model
        </Button>
        {suggestion && !suggestion.agrees && (
          <Button size="compact-xs" variant="light" color="grape" onClick={() => void use()} data-testid="model-use">
            Use suggestion
          </Button>
        )}
      </Group>
      {suggestion && (
        <Group gap={4} wrap="nowrap">
          <Badge size="xs" color="grape" variant="filled" style={{ flexShrink: 0 }}>
            model output
          </Badge>
          <Text size="xs" data-testid="model-suggestion-text" style={{ overflowWrap: 'anywhere' }}>
            {suggestion.summary.replace(/^spatial model: /, '')}
            {suggestion.agrees && ' — agrees with this annotation'}
          </Text>
        </Group>
      )}
      {message && (
        <Text size="xs" c="orange">
          {message}
        </Text>
      )}
    </Stack>
  );
}
