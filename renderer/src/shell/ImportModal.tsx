/**
 * Import scans: paths typed or picked with the native dialog (desktop), a progress bar while the
 * import runs, Cancel that really stops it, and the importer's error (file, place, field) as shown.
 */
import { Alert, Button, Group, Modal, Progress, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { StudioApiError } from '../../../common/api/client';
import type { ImportResult } from '../../../common/api/results';
import { useStudio } from '../api/StudioContext';
import type { DroppedFile } from './dropped-files';
import { uploadAndImport } from './upload-import';

type Progress = { fraction: number | null; message: string };
type ImportJob = (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<ImportResult>;

/** What a drop on the window hands over: paths (desktop shell) or the files themselves (web shell). */
export type Dropped = { paths: string[] } | { files: DroppedFile[] };

export function ImportModal({
  opened,
  onClose,
  dropped,
}: {
  opened: boolean;
  onClose: () => void;
  dropped?: Dropped | null;
}) {
  const studio = useStudio();
  const [paths, setPaths] = useState('');
  const [labelMap, setLabelMap] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const running = progress !== null;

  const browse = async () => {
    try {
      const picked = await studio.call('dialog.pickPaths', { purpose: 'import-scans' });
      if (picked) setPaths(picked.join('\n'));
    } catch (error) {
      setResult({ kind: 'error', text: (error as Error).message });
    }
  };

  const run = async (job: ImportJob) => {
    abort.current = new AbortController();
    setResult(null);
    setProgress({ fraction: null, message: 'Starting…' });
    try {
      const imported = await job(abort.current.signal, setProgress);
      const notices = imported.notices.length ? ` (${imported.notices.length} notices)` : '';
      setResult({ kind: 'done', text: `Imported ${imported.scenes.map((s) => s.id).join(', ')}${notices}` });
    } catch (error) {
      const cancelled =
        (error instanceof StudioApiError && error.code === 'cancelled') ||
        (error instanceof Error && error.name === 'AbortError');
      setResult({
        kind: 'error',
        text: cancelled ? 'Import cancelled; the project is unchanged.' : (error as Error).message,
      });
    } finally {
      setProgress(null);
      abort.current = null;
    }
  };

  const importPaths = (list: string[]) =>
    run((signal, onProgress) =>
      studio.call(
        'scenes.import',
        { paths: list, ...(labelMap.trim() ? { labelMapPath: labelMap.trim() } : {}) },
        { signal, onProgress },
      ),
    );

  const start = () => {
    const list = paths
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    if (list.length > 0) void importPaths(list);
  };

  // A drop starts at once: by path where the shell knows paths, else by uploading the files.
  useEffect(() => {
    if (!dropped) return;
    if ('paths' in dropped) {
      setPaths(dropped.paths.join('\n'));
      void importPaths(dropped.paths);
    } else {
      setPaths(dropped.files.map((f) => f.path).join('\n'));
      void run((signal, onProgress) => uploadAndImport(studio, dropped.files, { signal, onProgress }));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per drop
  }, [dropped]);

  return (
    <Modal opened={opened} onClose={running ? () => {} : onClose} title="Import scans" size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          ScanNet scan folders (or a folder of many), PLY point clouds or NumPy .npy arrays — one path per line.
        </Text>
        <Textarea
          label="Paths"
          autosize
          minRows={3}
          value={paths}
          onChange={(e) => setPaths(e.currentTarget.value)}
          disabled={running}
          data-testid="import-paths"
        />
        <TextInput
          label="Label map (optional)"
          placeholder="scannetv2-labels.combined.tsv"
          value={labelMap}
          onChange={(e) => setLabelMap(e.currentTarget.value)}
          disabled={running}
        />
        {progress && (
          <Stack gap={4}>
            <Progress value={(progress.fraction ?? 0) * 100} animated={progress.fraction === null} striped />
            <Text size="xs" c="dimmed">
              {progress.message}
            </Text>
          </Stack>
        )}
        {result && (
          <Alert color={result.kind === 'error' ? 'red' : 'green'} data-testid="import-result">
            {result.text}
          </Alert>
        )}
        <Group justify="space-between">
          <Button variant="subtle" onClick={browse} disabled={running}>
            Browse…
          </Button>
          <Group>
            {running ? (
              <Button color="red" variant="light" onClick={() => abort.current?.abort()}>
                Cancel
              </Button>
            ) : (
              <Button variant="default" onClick={onClose}>
                Close
              </Button>
            )}
            <Button onClick={start} loading={running} disabled={!paths.trim()} data-testid="import-start">
              Import
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
