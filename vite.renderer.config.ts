import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer, built once for both shells: Electron loads it from disk, the web shell serves it.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../.vite/renderer/main_window',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
  },
});
