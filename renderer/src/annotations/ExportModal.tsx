/** Export reviewed data: a file path, a format and which review states (e.g. only accepted and corrected). */
import { Button, Checkbox, Group, Modal, NativeSelect, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { STATUSES, type AnnotationStatus } from '../../../common/annotations/annotation';
import { EXPORT_FORMATS, type ExportFormat } from '../../../common/annotations/query';
import { useRequest, useStudio } from '../api/StudioContext';

export function ExportModal({
  opened,
  onClose,
  sceneId,
}: {
  opened: boolean;
  onClose: () => void;
  sceneId: string | null;
}) {
  const studio = useStudio();
  const info = useRequest('project.current', opened ? {} : null, `export-project:${opened}`);
  const [path, setPath] = useState('');
  const [format, setFormat] = useState<ExportFormat>('modle-jsonl');
  const [statuses, setStatuses] = useState<AnnotationStatus[]>(['accepted', 'corrected']);
  const [scope, setScope] = useState<'current' | 'all'>('all');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    const project = info.data?.path;
    if (project && path === '') setPath(project.replace(/[^/\\]+$/, 'reviewed.jsonl'));
  }, [info.data, path]);

  const run = async () => {
    setRunning(true);
    setMessage(null);
    try {
      const result = await studio.call('annotations.export', {
        path,
        format,
        ...(statuses.length > 0 ? { status: statuses } : {}),
        ...(scope === 'current' && sceneId ? { scene: sceneId } : {}),
      });
      setMessage({ ok: true, text: `Exported ${result.exported} annotations to ${path}` });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Export annotations" data-testid="export-modal">
      <Stack gap="sm">
        <TextInput
          label="File"
          value={path}
          onChange={(e) => setPath(e.currentTarget.value)}
          data-testid="export-path"
        />
        <NativeSelect
          label="Format"
          data={[...EXPORT_FORMATS]}
          value={format}
          onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
          data-testid="export-format"
        />
        <Checkbox.Group
          value={statuses}
          onChange={(v) => setStatuses(v as AnnotationStatus[])}
          label="Review states (none: all)"
        >
          <Group gap="xs" mt={4}>
            {STATUSES.map((s) => (
              <Checkbox key={s} value={s} label={s} size="xs" data-testid={`export-status-${s}`} />
            ))}
          </Group>
        </Checkbox.Group>
        <SegmentedControl
          value={scope}
          onChange={(v) => setScope(v as 'current' | 'all')}
          data={[
            { value: 'all', label: 'All scenes' },
            { value: 'current', label: 'This scene' },
          ]}
        />
        {message && (
          <Text size="sm" c={message.ok ? undefined : 'red'} data-testid="export-result">
            {message.text}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button onClick={() => void run()} loading={running} disabled={path.trim() === ''} data-testid="export-run">
            Export
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
