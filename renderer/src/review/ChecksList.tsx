/** The pre-accept checks of one annotation against the scene as it is now (common/review/checks). */
import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { ReviewCheck } from '../../../common/review/checks';

const LABELS: Record<ReviewCheck['id'], string> = {
  referents: 'Referents',
  unique: 'Unique',
  distance: 'Distance',
  placement: 'Placement',
};

export function ChecksList({ checks }: { checks: readonly ReviewCheck[] }) {
  return (
    <Stack gap={2} data-testid="review-checks">
      {checks.map((check) => (
        <Group key={check.id} gap={6} wrap="nowrap" data-check={check.id} data-ok={check.ok}>
          <ThemeIcon size={16} radius="xl" color={check.ok ? 'teal' : 'orange'} variant="light">
            {check.ok ? <IconCheck size={12} /> : <IconAlertTriangle size={12} />}
          </ThemeIcon>
          <Text size="xs" fw={600} w={70}>
            {LABELS[check.id]}
          </Text>
          <Text size="xs" c={check.ok ? 'dimmed' : 'orange'} style={{ overflowWrap: 'anywhere' }}>
            {check.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
