/**
 * The desktop shell's main process: one window, hardened, with the API contract wired over IPC.
 * Everything the studio does lives in `electron/services`; this file only connects it to Electron.
 */
import { BrowserWindow, Menu, app, dialog, ipcMain, screen } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuCommand } from '../../common/api/events';
import { EVENT_CHANNEL } from '../../common/api/ipc-channels';
import { createStudio, type Studio } from '../services/studio';
import { applySessionHardening, denyNavigationAndPopups, makeSenderCheck, secureWebPreferences } from './hardening';
import { forwardEvents, registerContract } from './ipc';
import { buildApplicationMenu } from './menu';
import { showPickDialog } from './pick-dialog';
import { loadWindowState, saveWindowState } from './window-state';

const rendererUrl = MAIN_WINDOW_VITE_DEV_SERVER_URL
  ? MAIN_WINDOW_VITE_DEV_SERVER_URL
  : pathToFileURL(join(__dirname, `../renderer/${MAIN_WINDOW_VITE_NAME}/index.html`)).href;

let mainWindow: BrowserWindow | null = null;
let studio: Studio | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => studio?.close());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  applySessionHardening();
  denyNavigationAndPopups(rendererUrl);

  studio = await createStudio({
    dataDir: app.getPath('userData'),
    platform: { pickPaths: (request) => showPickDialog(dialog, mainWindow, request) },
  });
  registerContract(ipcMain, {
    dispatch: studio.dispatch,
    events: studio.events,
    isTrustedSender: makeSenderCheck(rendererUrl),
  });
  forwardEvents(studio.events, () => BrowserWindow.getAllWindows().map((w) => w.webContents));

  const sendMenuCommand = (command: MenuCommand) =>
    mainWindow?.webContents.send(EVENT_CHANNEL, { name: 'menu', payload: { command } });
  Menu.setApplicationMenu(buildApplicationMenu(sendMenuCommand));

  createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
}

function createMainWindow(): void {
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...state,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Spatial Studio',
    webPreferences: secureWebPreferences(join(__dirname, 'preload.cjs')),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowState(stateFile, window.getNormalBounds(), window.isMaximized()));
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(rendererUrl);
  mainWindow = window;
}
