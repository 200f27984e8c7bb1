/**
 * The web shell: a loopback-only HTTP server that serves the built renderer and carries the API
 * contract over one WebSocket per page. It is the same studio as the desktop app, reachable from a
 * browser, for machines where Electron can't start and for end-to-end tests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { CallRouter } from '../../common/api/call-router';
import type { Dispatch } from '../../common/api/dispatch';
import type { EventHub } from '../../common/api/event-hub';
import { clientMessage, type ServerMessage } from '../../common/api/messages';
import { decodeFrame, encodeFrame } from '../../common/api/wire';
import { checkUpgrade, contentSecurityPolicy, createRunToken } from './security';
import { serveStatic } from './static-files';

export interface WebShellOptions {
  dispatch: Dispatch;
  events: EventHub;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 or undefined picks a free port. */
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

export interface WebShell {
  /** The address to open, token included. */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Large enough for an import request listing many paths, small enough that a client can't exhaust memory. */
const MAX_CLIENT_MESSAGE_BYTES = 4 * 1024 * 1024;

export async function startWebShell(options: WebShellOptions): Promise<WebShell> {
  const token = options.token ?? createRunToken();
  const rendererDir = resolve(options.rendererDir);
  const log = options.log ?? (() => {});
  let origin = '';

  const server: Server = createServer((request, response) => {
    serveStatic(rendererDir, request, response, {
      'Content-Security-Policy': contentSecurityPolicy(origin),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    }).catch((error: unknown) => {
      log(`web shell: failed to serve ${request.url}: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_MESSAGE_BYTES });
  server.on('upgrade', (request, socket, head) => {
    const check = checkUpgrade(request, origin, token);
    if (!check.ok) {
      log(`web shell: refused a WebSocket: ${check.reason}`);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => serveConnection(ws, options, log));
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${HOST}:${port}`;

  return {
    url: `${origin}/?token=${encodeURIComponent(token)}`,
    origin,
    token,
    port,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}

function serveConnection(ws: WebSocket, options: WebShellOptions, log: (line: string) => void): void {
  const send = (message: ServerMessage) => {
    if (ws.readyState === ws.OPEN) ws.send(encodeFrame(message));
  };
  const router = new CallRouter(options.dispatch, (progress) =>
    send({ type: 'event', event: { name: 'progress', payload: progress } }),
  );
  // Progress belongs to the caller alone; every other event goes to every page.
  const unsubscribe = options.events.subscribe((event) => {
    if (event.name !== 'progress') send({ type: 'event', event });
  });

  ws.on('message', (data: RawData, isBinary: boolean) => {
    const parsed = clientMessage.safeParse(parseClientFrame(data, isBinary));
    if (!parsed.success) {
      log('web shell: dropped a malformed client message');
      return;
    }
    const message = parsed.data;
    if (message.type === 'cancel') {
      router.cancel(message.callId);
      return;
    }
    void router
      .call(message.callId, message.method, message.input)
      .then((outcome) => send({ type: 'result', callId: message.callId, outcome }));
  });
  ws.on('close', () => {
    unsubscribe();
    router.cancelAll();
  });
}

function parseClientFrame(data: RawData, isBinary: boolean): unknown {
  try {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    return decodeFrame(isBinary ? new Uint8Array(bytes) : bytes.toString('utf8'));
  } catch {
    return null;
  }
}
