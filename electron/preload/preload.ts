/**
 * The sandboxed preload: exposes exactly the API contract as `window.studio` and nothing else —
 * no generic `send`/`invoke`, no Node. Method names are checked here too, so a compromised page
 * can't reach channels outside the contract.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { DesktopFiles } from '../../common/api/desktop-files';
import type { StudioTransport } from '../../common/api/client';
import { isRequestName } from '../../common/api/contract';
import type { StudioEvent } from '../../common/api/events';
import { CANCEL_CHANNEL, EVENT_CHANNEL, callChannel } from '../../common/api/ipc-channels';
import type { CallOutcome } from '../../common/api/outcome';

const bridge: StudioTransport = {
  call(method, input, callId): Promise<CallOutcome> {
    if (!isRequestName(method)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_request', message: `Unknown request ${String(method)}` },
      });
    }
    return ipcRenderer.invoke(callChannel(method), callId, input) as Promise<CallOutcome>;
  },
  cancel(callId) {
    ipcRenderer.send(CANCEL_CHANNEL, callId);
  },
  subscribe(listener) {
    const onEvent = (_event: IpcRendererEvent, studioEvent: StudioEvent) => listener(studioEvent);
    ipcRenderer.on(EVENT_CHANNEL, onEvent);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, onEvent);
    };
  },
};

contextBridge.exposeInMainWorld('studio', bridge);

// Dropped files carry no path in a sandboxed page; Electron's webUtils gives it, for import by path.
const desktopFiles: DesktopFiles = {
  pathForFile: (file) => webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]),
};
contextBridge.exposeInMainWorld('studioDesktop', desktopFiles);
