/** Generate annotations from the bundled templates for this scene or all scenes, with progress. */
import { Button, Checkbox, Group, Modal, NumberInput, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { TASKS, type Task } from '../../../common/annotations/annotation';
import type { GenerateAnnotationsResult } from '../../../common/annotations/query';
import { useStudio } from '../api/StudioContext';

export function GenerateModal({
  opened,
  onClose,
  sceneId,
}: {
  opened: boolean;
  onClose: () => void;
  sceneId: string | null;
}) {
  const studio = useStudio();
  const [tasks, setTasks] = useState<Task[]>([...TASKS]);
  const [seed, setSeed] = useState(1);
  const [scope, setScope] = useState<'current' | 'all'>('current');
  const [progress, setProgress] = useState<{ fraction: number | null; message: string } | null>(null);
  const [result, setResult] = useState<GenerateAnnotationsResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setResult(null);
    setError(null);
    setProgress({ fraction: 0, message: 'Starting…' });
    try {
      const done = await studio.call(
        'annotations.generate',
        { tasks, seed, ...(scope === 'current' && sceneId ? { scene: sceneId } : {}) },
        { onProgress: setProgress },
      );
      setResult(done);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Generate annotations" data-testid="generate-modal">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Questions, descriptions, captions, distances and layout instructions from the bundled templates. The same seed
          gives the same records (already generated ones are left as they are).
        </Text>
        <SegmentedControl
          value={scope}
          onChange={(v) => setScope(v as 'current' | 'all')}
          data={[
            { value: 'current', label: sceneId ? `Scene ${sceneId}` : 'This scene' },
            { value: 'all', label: 'All scenes' },
          ]}
        />
        <Checkbox.Group value={tasks} onChange={(v) => setTasks(v as Task[])} label="Tasks">
          <Group gap="xs" mt={4}>
            {TASKS.map((t) => (
              <Checkbox key={t} value={t} label={t} size="xs" />
            ))}
          </Group>
        </Checkbox.Group>
        <NumberInput label="Seed" value={seed} onChange={(v) => setSeed(Number(v) || 0)} size="xs" w={120} />
        {progress && (
          <Stack gap={2}>
            <Progress value={(progress.fraction ?? 0) * 100} animated striped />
            <Text size="xs" c="dimmed">
              {progress.message}
            </Text>
          </Stack>
        )}
        {result && (
          <Text size="sm" data-testid="generate-result">
            Generated {result.generated} (
            {Object.entries(result.byTask)
              .map(([t, n]) => `${t} ${n}`)
              .join(', ')}
            ){result.skipped > 0 ? `; ${result.skipped} already there` : ''}.
          </Text>
        )}
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button
            onClick={() => void run()}
            loading={progress !== null}
            disabled={tasks.length === 0}
            data-testid="generate-run"
          >
            Generate
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
