/**
 * Electron's security checklist, applied in one place: every window is sandboxed and isolated,
 * navigation and new windows are denied, permission requests are refused, webviews can't attach,
 * and every response carries our CSP. `isTrustedSender` is what IPC handlers use to check who asks.
 */
import { app, session, type IpcMainEvent, type IpcMainInvokeEvent, type WebPreferences } from 'electron';
import { isAppUrl } from './app-url';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export function makeSenderCheck(appUrl: string) {
  return (event: IpcMainEvent | IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    // Only the top frame of our own page may call the API; iframes and other pages may not.
    return frame !== null && frame.parent === null && isAppUrl(frame.url, appUrl);
  };
}

export function applySessionHardening(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  // No remote content: only our file:// page (or the local dev server) and devtools may load.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const { protocol, hostname } = new URL(details.url);
    const local =
      protocol === 'file:' ||
      protocol === 'devtools:' ||
      protocol === 'data:' ||
      protocol === 'blob:' ||
      ((protocol === 'http:' || protocol === 'ws:') && (hostname === 'localhost' || hostname === '127.0.0.1'));
    callback({ cancel: !local });
  });
}

export function denyNavigationAndPopups(appUrl: string): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}
