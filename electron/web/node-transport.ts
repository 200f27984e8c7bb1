/**
 * A `StudioTransport` over a Node `ws` socket: how tests and scripts talk to a running web shell
 * exactly as the page does.
 */
import type WebSocket from 'ws';
import type { StudioTransport } from '../../common/api/client';
import type { StudioEvent } from '../../common/api/events';
import type { ServerMessage } from '../../common/api/messages';
import type { CallOutcome } from '../../common/api/outcome';
import { decodeFrame, encodeFrame } from '../../common/api/wire';

export function nodeWebSocketTransport(socket: WebSocket): StudioTransport {
  const pending = new Map<string, (outcome: CallOutcome) => void>();
  const listeners = new Set<(event: StudioEvent) => void>();
  socket.on('message', (data: Buffer, isBinary: boolean) => {
    const message = decodeFrame(isBinary ? new Uint8Array(data) : data.toString('utf8')) as ServerMessage;
    if (message.type === 'result') {
      pending.get(message.callId)?.(message.outcome);
      pending.delete(message.callId);
    } else {
      for (const listener of listeners) listener(message.event);
    }
  });
  return {
    call: (method, input, callId) =>
      new Promise((resolve) => {
        pending.set(callId, resolve);
        socket.send(encodeFrame({ type: 'call', callId, method, input }));
      }),
    cancel: (callId) => socket.send(encodeFrame({ type: 'cancel', callId })),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
