import type { ForgeConfig } from '@electron-forge/shared-types';
import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { VitePlugin } from '@electron-forge/plugin-vite';

// Electron Forge builds and runs the desktop shell in development (`npm run desktop`) and packages
// it; electron-builder (electron-builder.yml) turns the packaged app into installers.
const config: ForgeConfig = {
  packagerConfig: {
    name: 'Spatial Studio',
    executableName: 'spatial-studio',
    asar: { unpack: '**/*.{node,so,dll,dylib}' },
    extraResource: ['resources'],
  },
  rebuildConfig: { onlyModules: ['better-sqlite3'] },
  makers: [new MakerZIP({}, ['darwin', 'linux', 'win32']), new MakerSquirrel({}), new MakerDeb({})],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.ts' }],
    }),
  ],
};

export default config;
