/**
 * The studio's window: navigator on the left, the 3D viewport in the centre, the inspector on the
 * right, a status bar below. Menu commands (desktop) and shortcuts (both shells) land here.
 */
import {
  ActionIcon,
  AppShell,
  Button,
  Group,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconFileImport, IconKeyboard, IconMoon, IconSun } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useRequest, useStudio } from '../api/StudioContext';
import { HistoryPanel } from '../history/HistoryPanel';
import { ModelPanel } from '../model/ModelPanel';
import { modelFocus, useModelAnswer } from '../model/model-store';
import { useLayoutKeys } from '../history/useLayoutKeys';
import { Inspector } from '../inspector/Inspector';
import { SceneList } from '../navigator/SceneList';
import { useSelection } from '../state/selection';
import { Viewport } from '../viewport/Viewport';
import { AnnotationsPanel } from '../annotations/AnnotationsPanel';
import { useAnnotationView } from '../annotations/annotation-view-store';
import { useAnnotationViewport } from '../annotations/useAnnotationViewport';
import { AnnotationInspector } from '../review/AnnotationInspector';
import { IdentityModal } from '../review/IdentityModal';
import { ReviewQueue } from '../review/ReviewQueue';
import { useReview } from '../review/review-store';
import { DropTarget } from './DropTarget';
import { ImportModal, type Dropped } from './ImportModal';
import { ProjectMenu, type ProjectAction } from './ProjectMenu';
import { ProjectModal } from './ProjectModal';
import { ShortcutsModal } from './ShortcutsModal';
import { StatusBar } from './StatusBar';

/** An aside panel that scrolls within the aside (a long inspector ran on under the status bar). */
const SCROLLING_PANEL = { flex: 1, minHeight: 0, overflowY: 'auto' } as const;

export function App() {
  const studio = useStudio();
  const { colorScheme, toggleColorScheme } = useMantineColorScheme();
  const [importOpen, importModal] = useDisclosure(false);
  const [shortcutsOpen, shortcutsModal] = useDisclosure(false);
  const [projectAction, setProjectAction] = useState<ProjectAction | null>(null);
  const [dropped, setDropped] = useState<Dropped | null>(null);
  const importDropped = useCallback(
    (next: Dropped) => {
      setDropped(next);
      importModal.open();
    },
    [importModal],
  );
  const { sceneId, objectIds, navigatorTab, selectScene, selectObject, setNavigatorTab } = useSelection();

  const info = useRequest('app.info', {}, 'info', ['project', 'scenes', 'model']);
  const scenes = useRequest('scenes.list', {}, 'scenes', ['project', 'scenes']);
  const objects = useRequest('scene.objects', sceneId ? { sceneId } : null, `objects:${sceneId}`, [
    'objects',
    'layout',
  ]);
  const scene = scenes.data?.find((s) => s.id === sceneId);
  // Layout editing: undo/redo/nudge/turn keys, gizmo drags as history entries, ghost boxes.
  const layoutKeys = useLayoutKeys(sceneId, objects.data ?? [], objectIds);
  const modelAnswer = useModelAnswer((s) => s.answer);
  const [asideTab, setAsideTab] = useState<string | null>('inspector');
  // Review: the annotation in focus drives the viewport; the queue and the inspector take the aside.
  const annotationView = useAnnotationViewport(sceneId, objects.data ?? [], selectObject, layoutKeys.onTransformCommit);
  const reviewOpen = useReview((s) => s.open);
  const activeAnnotation = useAnnotationView((s) => s.active?.id);
  useEffect(() => {
    if (reviewOpen) setAsideTab('review');
  }, [reviewOpen]);
  useEffect(() => {
    if (activeAnnotation && !useReview.getState().open) setAsideTab('inspector');
  }, [activeAnnotation]);

  // A new user lands on the first scene instead of an empty viewport.
  useEffect(() => {
    const first = scenes.data?.[0];
    if (first && (sceneId === null || !scenes.data?.some((s) => s.id === sceneId))) selectScene(first.id);
  }, [scenes.data, sceneId, selectScene]);

  useEffect(
    () =>
      studio.on('menu', ({ command }) => {
        if (command === 'import-scans') importModal.open();
        if (command === 'toggle-theme') toggleColorScheme();
        if (command === 'show-shortcuts') shortcutsModal.open();
        if (command === 'open-project' || command === 'new-project') setProjectAction(command);
      }),
    [studio, importModal, shortcutsModal, toggleColorScheme],
  );

  useHotkeys([
    ['shift+?', shortcutsModal.open],
    ['mod+I', importModal.open],
    ['mod+O', () => setProjectAction('open-project')],
    ['mod+shift+N', () => setProjectAction('new-project')],
    ['mod+shift+L', toggleColorScheme],
    ['Escape', () => selectObject(null)],
  ]);

  return (
    <AppShell
      header={{ height: 48 }}
      navbar={{ width: 280, breakpoint: 0 }}
      aside={{ width: 340, breakpoint: 0 }}
      footer={{ height: 28 }}
      padding={0}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Title order={4}>Spatial Studio</Title>
            <ProjectMenu currentPath={info.data?.project.path} onAction={setProjectAction} />
          </Group>
          <Group gap="xs">
            <Button size="xs" variant="light" leftSection={<IconFileImport size={16} />} onClick={importModal.open}>
              Import
            </Button>
            <Tooltip label="Keyboard shortcuts (?)">
              <ActionIcon variant="subtle" onClick={shortcutsModal.open} aria-label="Keyboard shortcuts">
                <IconKeyboard size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label="Toggle theme (Ctrl+Shift+L)">
              <ActionIcon
                variant="subtle"
                onClick={toggleColorScheme}
                aria-label="Toggle theme"
                data-testid="theme-toggle"
              >
                {colorScheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs">
        <Tabs value={navigatorTab} onChange={(tab) => tab && setNavigatorTab(tab as typeof navigatorTab)}>
          <Tabs.List grow>
            <Tabs.Tab value="scenes">Scenes</Tabs.Tab>
            <Tabs.Tab value="annotations">Annotations</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="scenes" pt="xs">
            <SceneList
              scenes={scenes.data}
              loading={scenes.loading}
              error={scenes.error}
              selectedId={sceneId}
              onSelect={selectScene}
            />
          </Tabs.Panel>
          <Tabs.Panel value="annotations" pt="xs">
            <AnnotationsPanel />
          </Tabs.Panel>
        </Tabs>
      </AppShell.Navbar>

      <AppShell.Main style={{ height: '100dvh', display: 'flex' }}>
        <div className="viewport" data-testid="viewport">
          {scenes.data && scenes.data.length === 0 ? (
            <EmptyState onImport={importModal.open} />
          ) : (
            <Viewport
              sceneId={sceneId}
              objects={annotationView.objects}
              selected={objectIds}
              onSelect={annotationView.onSelect}
              onTransformCommit={annotationView.onTransformCommit}
              ghosts={layoutKeys.ghosts}
              focus={
                (reviewOpen || navigatorTab === 'annotations') && annotationView.focus
                  ? annotationView.focus
                  : modelFocus(modelAnswer, sceneId)
              }
            />
          )}
        </div>
      </AppShell.Main>

      <AppShell.Aside p="sm">
        <Tabs
          value={asideTab}
          onChange={setAsideTab}
          h="100%"
          className="aside-tabs"
          style={{ display: 'flex', flexDirection: 'column' }}
        >
          <Tabs.List grow>
            <Tabs.Tab value="inspector">Inspector</Tabs.Tab>
            <Tabs.Tab value="review" data-testid="review-tab">
              Review
            </Tabs.Tab>
            <Tabs.Tab value="history" data-testid="history-tab">
              History
            </Tabs.Tab>
            <Tabs.Tab value="model" data-testid="model-tab">
              Model
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="inspector" pt="xs" style={SCROLLING_PANEL}>
            {activeAnnotation && <AnnotationInspector id={activeAnnotation} />}
            <Inspector scene={scene} objects={objects.data ?? []} selected={objectIds} />
          </Tabs.Panel>
          <Tabs.Panel value="review" pt="xs" style={SCROLLING_PANEL}>
            {reviewOpen ? (
              <ReviewQueue />
            ) : (
              <Text size="sm" c="dimmed">
                Open the Annotations tab, choose filters and press Review to go through them one at a time from the
                keyboard.
              </Text>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="history" pt="xs" style={{ flex: 1, minHeight: 0 }}>
            <HistoryPanel sceneId={sceneId} />
          </Tabs.Panel>
          <Tabs.Panel value="model" pt="xs" style={SCROLLING_PANEL}>
            <ModelPanel sceneId={sceneId} objects={objects.data ?? []} />
          </Tabs.Panel>
        </Tabs>
      </AppShell.Aside>

      <AppShell.Footer>
        <StatusBar info={info.data} error={info.error} />
      </AppShell.Footer>

      <ImportModal
        opened={importOpen}
        dropped={dropped}
        onClose={() => {
          importModal.close();
          setDropped(null);
        }}
      />
      <DropTarget onDrop={importDropped} />
      <ShortcutsModal opened={shortcutsOpen} onClose={shortcutsModal.close} />
      <IdentityModal />
      <ProjectModal action={projectAction} onClose={() => setProjectAction(null)} />
    </AppShell>
  );
}

function EmptyState({ onImport }: { onImport: () => void }) {
  return (
    <Stack align="center" justify="center" h="100%" gap="sm" data-testid="empty-state">
      <Title order={3}>This project has no scenes yet</Title>
      <Text c="dimmed" maw={460} ta="center">
        Import a ScanNet scan folder (or a folder of many scans), a PLY point cloud or NumPy arrays. Synthetic rooms can
        be made with <code>npm run -s studio -- synth --count 5 --seed 1 --out rooms</code> and imported from there.
      </Text>
      <Button leftSection={<IconFileImport size={16} />} onClick={onImport}>
        Import scans
      </Button>
    </Stack>
  );
}
