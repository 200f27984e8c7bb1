import { defineConfig } from 'vite';

// The Electron main process, bundled as CommonJS (the package is ESM, so the file is .cjs).
// Native modules stay outside the bundle and load from node_modules.
export default defineConfig({
  build: {
    lib: { entry: 'electron/main/main.ts', formats: ['cjs'], fileName: () => 'main.cjs' },
    rollupOptions: { external: ['electron', 'better-sqlite3', 'onnxruntime-node', /^node:/] },
  },
});
