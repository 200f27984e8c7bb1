import { defineConfig } from 'vite';

// A sandboxed preload must be one CommonJS file with no imports besides `electron`.
export default defineConfig({
  build: {
    lib: { entry: 'electron/preload/preload.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external: ['electron'], output: { inlineDynamicImports: true } },
  },
});
