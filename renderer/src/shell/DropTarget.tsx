/** The whole window accepts dropped scan folders and files; an overlay says so while dragging. */
import { Overlay, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { DesktopFiles } from '../../../common/api/desktop-files';
import { collectDroppedFiles } from './dropped-files';
import type { Dropped } from './ImportModal';

declare global {
  interface Window {
    /** Exposed by the Electron preload beside `window.studio`. */
    studioDesktop?: DesktopFiles;
  }
}

export function DropTarget({ onDrop }: { onDrop: (dropped: Dropped) => void }) {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      setDragging(false);
      const desktop = window.studioDesktop;
      if (desktop) {
        onDrop({ paths: [...event.dataTransfer.files].map((file) => desktop.pathForFile(file)).filter(Boolean) });
      } else {
        void collectDroppedFiles(event.dataTransfer.items).then((files) => files.length > 0 && onDrop({ files }));
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);

  if (!dragging) return null;
  return (
    <Overlay fixed center backgroundOpacity={0.55} blur={2} zIndex={500}>
      <Text size="xl" fw={600} c="white">
        Drop scan folders, PLY or .npy files to import them
      </Text>
    </Overlay>
  );
}
