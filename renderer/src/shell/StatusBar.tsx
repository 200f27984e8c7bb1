/** The status bar: which project file is open and the state of the spatial model. */
import { Group, Text } from '@mantine/core';
import type { AppInfo, ModelStatus } from '../../../common/api/results';

export function describeModel(model: ModelStatus): string {
  switch (model.state) {
    case 'not-loaded':
      return 'Model: not loaded';
    case 'loading':
      return 'Model: loading…';
    case 'ready':
      return `Model: ${model.model} (${model.provider})`;
    case 'error':
      return `Model: error — ${model.message}`;
  }
}

export function StatusBar({ info, error }: { info: AppInfo | undefined; error: Error | undefined }) {
  return (
    <Group h="100%" px="sm" justify="space-between" wrap="nowrap" data-testid="status-bar">
      <Text size="xs" c={error ? 'red' : 'dimmed'} truncate="start">
        {error ? `Not connected: ${error.message}` : info ? `Project: ${info.project.path}` : 'Connecting…'}
      </Text>
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {info ? `${describeModel(info.model)} · v${info.version}` : ''}
      </Text>
    </Group>
  );
}
