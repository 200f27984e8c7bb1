/**
 * Reads what was dropped on the window: every file with its path relative to the drop, folders
 * walked recursively (the browser hands folders out as entries, in batches).
 */
export interface DroppedFile {
  path: string;
  file: File;
}

export async function collectDroppedFiles(items: DataTransferItemList): Promise<DroppedFile[]> {
  const files: DroppedFile[] = [];
  // Read every item before awaiting: a DataTransfer's items are only valid during the drop event.
  const pending = [...items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  for (const { entry, file } of pending) {
    if (entry) await walk(entry, '', files);
    // Drops that carry no file-system entry (some platforms, synthetic drops) still carry the file.
    else if (file) files.push({ path: file.name, file });
  }
  return files;
}

async function walk(entry: FileSystemEntry, prefix: string, into: DroppedFile[]): Promise<void> {
  const path = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    into.push({ path, file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) await walk(child, path, into);
  }
}
