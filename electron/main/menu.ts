/**
 * The application menu. Items that act on studio data don't do the work here: they send a menu
 * command to the focused window, which handles it exactly like its own keyboard shortcut.
 */
import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../common/api/events';

export function buildApplicationMenu(sendCommand: (command: MenuCommand) => void): Menu {
  const isMac = process.platform === 'darwin';
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => sendCommand(name),
    ...(accelerator ? { accelerator } : {}),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        command('New Project…', 'new-project', 'CmdOrCtrl+Shift+N'),
        command('Open Project…', 'open-project', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command('Import Scans…', 'import-scans', 'CmdOrCtrl+I'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    // Layout undo/redo live in the renderer (they are studio data); these roles serve text fields.
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        command('Toggle Light/Dark Theme', 'toggle-theme', 'CmdOrCtrl+Shift+L'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: '&Help',
      submenu: [command('Keyboard Shortcuts', 'show-shortcuts'), command('About Spatial Studio', 'about')],
    },
  ];
  return Menu.buildFromTemplate(template);
}
