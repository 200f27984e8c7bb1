/**
 * The project switcher in the header: the open project's name, recent projects, and New / Open,
 * which use the native dialog in the desktop shell and a typed path in the web shell.
 */
import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconFilePlus, IconFolderOpen, IconHistory } from '@tabler/icons-react';
import { useStudio, useRequest } from '../api/StudioContext';

export type ProjectAction = 'open-project' | 'new-project';

export function ProjectMenu({
  currentPath,
  onAction,
}: {
  currentPath: string | undefined;
  onAction: (action: ProjectAction) => void;
}) {
  const studio = useStudio();
  const recent = useRequest('project.recent', {}, 'recent', ['project']);
  const name = currentPath ? baseName(currentPath) : '…';
  const others = (recent.data ?? []).filter((p) => p !== currentPath);

  return (
    <Menu position="bottom-start" width={360} withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="xs" rightSection={<IconChevronDown size={14} />} data-testid="project-menu">
          {name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconFilePlus size={16} />} onClick={() => onAction('new-project')}>
          New project…
        </Menu.Item>
        <Menu.Item leftSection={<IconFolderOpen size={16} />} onClick={() => onAction('open-project')}>
          Open project…
        </Menu.Item>
        {others.length > 0 && <Menu.Label>Recent</Menu.Label>}
        {others.map((path) => (
          <Menu.Item
            key={path}
            leftSection={<IconHistory size={16} />}
            onClick={() => void studio.call('project.open', { path, create: false })}
          >
            <Text size="sm">{baseName(path)}</Text>
            <Text size="xs" c="dimmed" truncate="start">
              {path}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
