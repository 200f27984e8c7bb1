/**
 * The web shell's transport: one WebSocket to the page's own origin, authenticated with the run
 * token from the page's address. Calls made while connecting wait; a lost connection fails the
 * calls in flight instead of leaving them hanging.
 */
import type { StudioTransport } from '../../../common/api/client';
import type { StudioEvent } from '../../../common/api/events';
import type { ClientMessage, ServerMessage } from '../../../common/api/messages';
import type { CallOutcome } from '../../../common/api/outcome';
import { decodeFrame, encodeFrame } from '../../../common/api/wire';

export function connectWebSocket(location: Location): StudioTransport {
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const socketUrl = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api?token=${encodeURIComponent(token)}`;
  const socket = new WebSocket(socketUrl);
  socket.binaryType = 'arraybuffer';

  const pending = new Map<string, (outcome: CallOutcome) => void>();
  const listeners = new Set<(event: StudioEvent) => void>();
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('Could not connect to the studio')), { once: true });
  });
  opened.catch(() => {});

  socket.addEventListener('message', (message: MessageEvent<string | ArrayBuffer>) => {
    const data = decodeFrame(message.data) as ServerMessage;
    if (data.type === 'result') {
      pending.get(data.callId)?.(data.outcome);
      pending.delete(data.callId);
    } else {
      for (const listener of listeners) listener(data.event);
    }
  });
  socket.addEventListener('close', () => {
    const lost: CallOutcome = {
      ok: false,
      error: { code: 'unavailable', message: 'The connection to the studio was closed' },
    };
    for (const resolve of pending.values()) resolve(lost);
    pending.clear();
  });

  const send = (message: ClientMessage) => socket.send(encodeFrame(message));

  return {
    async call(method, input, callId) {
      try {
        await opened;
      } catch {
        return {
          ok: false,
          error: {
            code: 'unavailable',
            message:
              'Could not connect to the studio (is the web shell running, and was the page opened with its token?)',
          },
        };
      }
      if (socket.readyState !== WebSocket.OPEN) {
        return { ok: false, error: { code: 'unavailable', message: 'The connection to the studio was closed' } };
      }
      return new Promise<CallOutcome>((resolve) => {
        pending.set(callId, resolve);
        send({ type: 'call', callId, method, input });
      });
    },
    cancel(callId) {
      if (socket.readyState === WebSocket.OPEN) send({ type: 'cancel', callId });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
