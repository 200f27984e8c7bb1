/** The navigator's scene list: every scene in the project with its point and object counts. */
import { Alert, Badge, Group, Loader, NavLink, Stack, Text } from '@mantine/core';
import { IconCube } from '@tabler/icons-react';
import type { SceneSummary } from '../../../common/domain/scene';

export function SceneList({
  scenes,
  loading,
  error,
  selectedId,
  onSelect,
}: {
  scenes: SceneSummary[] | undefined;
  loading: boolean;
  error: Error | undefined;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  if (error)
    return (
      <Alert color="red" title="Could not list scenes">
        {error.message}
      </Alert>
    );
  if (loading && !scenes) return <Loader size="sm" m="md" />;
  if (!scenes || scenes.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="sm" data-testid="scenes-empty">
        No scenes in this project yet. Import ScanNet scan folders or point clouds with <b>Import</b> (Ctrl+I).
      </Text>
    );
  }
  return (
    <Stack gap={2} data-testid="scene-list">
      {scenes.map((scene) => (
        <NavLink
          key={scene.id}
          active={scene.id === selectedId}
          label={scene.id}
          leftSection={<IconCube size={16} />}
          onClick={() => onSelect(scene.id)}
          description={
            <Group gap={6} mt={2}>
              <Badge size="xs" variant="light">
                {formatCount(scene.points)} points
              </Badge>
              <Badge size="xs" variant="light" color="grape">
                {scene.objects} objects
              </Badge>
            </Group>
          }
          data-testid="scene-item"
        />
      ))}
    </Stack>
  );
}

export function formatCount(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)}M`;
  if (n >= 1_000) return `${(n / 1_000).toFixed(n >= 10_000 ? 0 : 1)}k`;
  return String(n);
}
