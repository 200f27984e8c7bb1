/**
 * Picks the transport: the desktop shell's preload exposes `window.studio`; anywhere else we are
 * the web shell's page. Nothing past this file knows which one it got.
 */
import { createStudioClient, type StudioClient, type StudioTransport } from '../../../common/api/client';
import { connectWebSocket } from './websocket-transport';

declare global {
  interface Window {
    /** Exposed by the Electron preload (electron/preload/preload.ts). */
    studio?: StudioTransport;
  }
}

export function connectStudio(): StudioClient {
  return createStudioClient(window.studio ?? connectWebSocket(window.location));
}
