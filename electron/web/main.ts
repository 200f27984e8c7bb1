/**
 * `npm run web`: starts the web shell on loopback and prints the address to open.
 *   --port N        listen on N instead of a free port
 *   --project FILE  open FILE (created when missing) instead of the default project
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { appDataDir } from '../services/app/data-dir';
import { createStudio } from '../services/studio';
import { startWebShell } from './server';

const RENDERER_DIR = resolve(import.meta.dirname, '../../.vite/renderer/main_window');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, project: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port must be a port number, got ${values.port}`);
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR}); run \`npm run build:renderer\` first.`);
  }

  const studio = await createStudio({ dataDir: appDataDir(), projectPath: values.project });
  const shell = await startWebShell({
    dispatch: studio.dispatch,
    events: studio.events,
    rendererDir: RENDERER_DIR,
    port,
    log: values.quiet ? () => {} : (line) => console.error(line),
  });
  // The address comes last: whoever waits for it (a person, a test) then has every line before it.
  console.log(`Project: ${studio.session.store.path}`);
  console.log(`Spatial Studio web shell: ${shell.url}`);

  const stop = () => {
    void shell.close().finally(() => {
      studio.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`spatial-studio web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
