/** The desktop shell's answer to `dialog.pickPaths`: the native open/save dialogs. */
import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { ParsedInput } from '../../common/api/contract';

type PickRequest = ParsedInput<'dialog.pickPaths'>;

export async function showPickDialog(
  dialog: Dialog,
  window: BrowserWindow | null,
  request: PickRequest,
): Promise<string[] | null> {
  if (request.purpose === 'new-project') {
    const options = {
      title: request.title ?? 'New project',
      filters: [{ name: 'Spatial Studio project', extensions: ['studio'] }],
    };
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : [result.filePath];
  }
  const options: OpenDialogOptions = openOptions(request);
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : result.filePaths;
}

function openOptions(request: PickRequest): OpenDialogOptions {
  switch (request.purpose) {
    case 'import-scans':
      return { title: request.title ?? 'Import scans', properties: ['openDirectory', 'openFile', 'multiSelections'] };
    case 'import-label-map':
      return {
        title: request.title ?? 'Label map',
        properties: ['openFile'],
        filters: [{ name: 'TSV', extensions: ['tsv'] }],
      };
    case 'open-project':
    default:
      return {
        title: request.title ?? 'Open project',
        properties: ['openFile'],
        filters: [{ name: 'Spatial Studio project', extensions: ['studio'] }],
      };
  }
}
