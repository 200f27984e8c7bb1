/**
 * The navigator's Annotations tab: generate, review, export and progress commands, this scene's
 * progress per task, the filters and the windowed table. A row click focuses the annotation in the
 * viewport and the inspector; Review opens the keyboard queue on what the filters select.
 */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconChartBar, IconDownload, IconPlayerPlay, IconSparkles } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../common/annotations/annotation';
import { MAX_PAGE } from '../../../common/annotations/query';
import { useRequest, useStudio } from '../api/StudioContext';
import { useReview } from '../review/review-store';
import { useSelection } from '../state/selection';
import { useAnnotationView } from './annotation-view-store';
import { AnnotationFilters } from './AnnotationFilters';
import { AnnotationTable } from './AnnotationTable';
import { ExportModal } from './ExportModal';
import { queryFilter } from './focus';
import { GenerateModal } from './GenerateModal';
import { ProgressDashboard } from './ProgressDashboard';
import { byTask, SceneProgress } from './SceneProgress';
import './annotations.css';

export function AnnotationsPanel() {
  const studio = useStudio();
  const { sceneId, navigatorTab, selectScene } = useSelection();
  const filters = useAnnotationView((s) => s.filters);
  const filter = useMemo(() => queryFilter(filters, sceneId), [filters, sceneId]);
  const counts = useRequest('annotations.counts', sceneId ? { scene: sceneId } : null, `counts:${sceneId}`, [
    'annotations',
  ]);
  const [dialog, setDialog] = useState<'generate' | 'export' | 'progress' | null>(null);
  const [starting, setStarting] = useState(false);

  // Ask who is reviewing the first time the annotations are opened without a name.
  const asked = useRef(false);
  const { settingsLoaded, annotator, askIdentity } = useReview();
  useEffect(() => {
    if (navigatorTab === 'annotations' && settingsLoaded && annotator === null && !asked.current) {
      asked.current = true;
      askIdentity(true);
    }
  }, [navigatorTab, settingsLoaded, annotator, askIdentity]);

  const open = useCallback(
    (a: Annotation) => {
      useAnnotationView.getState().setActive(a);
      if (a.scene_id !== useSelection.getState().sceneId) selectScene(a.scene_id);
    },
    [selectScene],
  );

  const startReview = async () => {
    setStarting(true);
    try {
      const page = await studio.call('annotations.query', { ...filter, limit: MAX_PAGE });
      useReview.getState().start(page.rows.map((r) => r.id));
      (document.activeElement as HTMLElement | null)?.blur?.();
    } finally {
      setStarting(false);
    }
  };

  return (
    <Stack gap={6} style={{ height: 'calc(100dvh - 120px)' }} data-testid="annotations-panel">
      <Group gap={4} grow>
        <Button
          size="compact-xs"
          leftSection={<IconSparkles size={14} />}
          onClick={() => setDialog('generate')}
          data-testid="open-generate"
        >
          Generate
        </Button>
        <Button
          size="compact-xs"
          variant="filled"
          color="teal"
          leftSection={<IconPlayerPlay size={14} />}
          onClick={() => void startReview()}
          loading={starting}
          data-testid="start-review"
        >
          Review
        </Button>
      </Group>
      <Group gap={4} grow>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconDownload size={14} />}
          onClick={() => setDialog('export')}
          data-testid="open-export"
        >
          Export
        </Button>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconChartBar size={14} />}
          onClick={() => setDialog('progress')}
          data-testid="open-progress"
        >
          Progress
        </Button>
      </Group>
      {counts.data && counts.data.length === 0 && (
        <Text size="xs" c="dimmed">
          No annotations for this scene yet: Generate makes them from templates; Import reads ScanRefer, ScanQA, Nr3D
          and more.
        </Text>
      )}
      {counts.data && <SceneProgress counts={byTask(counts.data)} />}
      <AnnotationFilters />
      <AnnotationTable filter={filter} onOpen={open} />
      <GenerateModal opened={dialog === 'generate'} onClose={() => setDialog(null)} sceneId={sceneId} />
      <ExportModal opened={dialog === 'export'} onClose={() => setDialog(null)} sceneId={sceneId} />
      <ProgressDashboard opened={dialog === 'progress'} onClose={() => setDialog(null)} />
    </Stack>
  );
}
