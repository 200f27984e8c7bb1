/**
 * New / Open project: the native dialog where the shell has one (desktop), else a typed path.
 * Errors (a file that isn't a project, a newer format) are shown, and the open project stays open.
 */
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { StudioApiError } from '../../../common/api/client';
import { useStudio } from '../api/StudioContext';
import { useBusyAction } from '../api/useBusyAction';
import type { ProjectAction } from './ProjectMenu';

export function ProjectModal({ action, onClose }: { action: ProjectAction | null; onClose: () => void }) {
  const studio = useStudio();
  const [path, setPath] = useState('');
  const { busy, message: error, setMessage: setError, run } = useBusyAction();
  const creating = action === 'new-project';

  const open = (target: string) =>
    run(async () => {
      setError(null);
      await studio.call('project.open', { path: target, create: creating });
      onClose();
    });

  // The desktop shell answers with its native dialog; the web shell says it has none and we ask here.
  useEffect(() => {
    if (action === null) return;
    setPath('');
    setError(null);
    let current = true;
    studio.call('dialog.pickPaths', { purpose: action }).then(
      (picked) => {
        if (!current) return;
        if (picked === null) onClose();
        else if (picked[0]) void open(picked[0]);
      },
      (e: unknown) => {
        if (current && !(e instanceof StudioApiError && e.code === 'unavailable')) setError((e as Error).message);
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per request to open the modal
  }, [action]);

  return (
    <Modal opened={action !== null} onClose={onClose} title={creating ? 'New project' : 'Open project'} size="lg">
      <Stack>
        <TextInput
          label="Project file"
          description={creating ? 'A new SQLite project file is created here.' : 'An existing .studio project file.'}
          placeholder="/home/me/projects/rooms.studio"
          value={path}
          onChange={(e) => setPath(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && path.trim()) void open(path.trim());
          }}
          data-autofocus
          data-testid="project-path"
        />
        {error && (
          <Alert color="red" data-testid="project-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            onClick={() => void open(path.trim())}
            disabled={!path.trim()}
            loading={busy}
            data-testid="project-submit"
          >
            {creating ? 'Create' : 'Open'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
