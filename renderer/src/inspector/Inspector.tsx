/** The right-hand inspector: details of the selected object(s), or of the scene when none is selected. */
import { Badge, Code, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { Box } from '../../../common/domain/box';
import type { SceneObject, SceneSummary } from '../../../common/domain/scene';

const metres = (v: number) => v.toFixed(2);
const vec = (v: readonly number[]) => v.map(metres).join(', ');

export function Inspector({
  scene,
  objects,
  selected,
}: {
  scene: SceneSummary | undefined;
  objects: SceneObject[];
  selected: number[];
}) {
  if (!scene) {
    return (
      <Text size="sm" c="dimmed" data-testid="inspector-empty">
        Select a scene in the navigator to inspect it.
      </Text>
    );
  }
  const chosen = objects.filter((o) => selected.includes(o.id));
  if (chosen.length === 0) {
    const labels = new Map<string, number>();
    for (const o of objects) labels.set(o.label, (labels.get(o.label) ?? 0) + 1);
    return (
      <Stack gap="xs" data-testid="inspector-scene">
        <Title order={5}>{scene.id}</Title>
        <Text size="sm">
          {scene.points.toLocaleString()} points · {scene.objects} objects
        </Text>
        <Text size="xs" c="dimmed">
          Click an object in the viewport to inspect it (Shift adds to the selection).
        </Text>
        <Group gap={4}>
          {[...labels]
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([label, count]) => (
              <Badge key={label} size="xs" variant="outline">
                {label}
                {count > 1 ? ` ×${count}` : ''}
              </Badge>
            ))}
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="md" data-testid="inspector-objects">
      {chosen.map((object) => (
        <Stack key={object.id} gap={4} data-testid="inspector-object">
          <Group justify="space-between">
            <Title order={5}>{object.label}</Title>
            <Code>id {object.id}</Code>
          </Group>
          {object.nyu40 && (
            <Text size="xs" c="dimmed">
              NYU40: {object.nyu40.name} ({object.nyu40.id})
            </Text>
          )}
          <BoxTable title="Box" box={object.box} />
          <BoxTable title="Oriented box" box={object.obb} />
          <Text size="xs">
            {object.points.toLocaleString()} points · mean colour{' '}
            <span className="swatch" style={{ background: `rgb(${object.color.join(',')})` }} /> rgb(
            {object.color.join(', ')})
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

function BoxTable({ title, box }: { title: string; box: Box }) {
  return (
    <Table withRowBorders={false} verticalSpacing={1} fz="xs">
      <Table.Tbody>
        <Table.Tr>
          <Table.Td c="dimmed">{title} centre</Table.Td>
          <Table.Td data-testid="box-center">{vec(box.center)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Td c="dimmed">size</Table.Td>
          <Table.Td>{vec(box.size)}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Td c="dimmed">yaw</Table.Td>
          <Table.Td>{((box.yaw * 180) / Math.PI).toFixed(1)}°</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
