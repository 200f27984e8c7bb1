/**
 * The one client interface the renderer (and tests) use. A transport only moves calls, cancels
 * and events; this layer gives them types, call ids, progress routing and thrown errors, so the
 * caller cannot tell IPC from WebSocket.
 */
import type { RequestInput, RequestName, RequestResult } from './contract';
import type { ProgressEvent, StudioEvent, StudioEventName, StudioEvents } from './events';
import type { ApiErrorCode, ApiIssue, CallOutcome } from './outcome';

/** What a transport provides; also exactly what the Electron preload exposes as `window.studio`. */
export interface StudioTransport {
  call(method: RequestName, input: unknown, callId: string): Promise<CallOutcome>;
  cancel(callId: string): void;
  subscribe(listener: (event: StudioEvent) => void): () => void;
}

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Omit<ProgressEvent, 'callId'>) => void;
}

export interface StudioClient {
  call<N extends RequestName>(name: N, input: RequestInput<N>, options?: CallOptions): Promise<RequestResult<N>>;
  on<E extends StudioEventName>(name: E, listener: (payload: StudioEvents[E]) => void): () => void;
}

export class StudioApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: ApiIssue[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: ApiIssue[]) {
    super(message);
    this.name = 'StudioApiError';
    this.code = code;
    this.issues = issues;
  }
}

export function createStudioClient(transport: StudioTransport): StudioClient {
  const progressListeners = new Map<string, NonNullable<CallOptions['onProgress']>>();
  const session = Math.random().toString(36).slice(2, 10);
  let counter = 0;

  transport.subscribe((event) => {
    if (event.name !== 'progress') return;
    const { callId, ...progress } = event.payload;
    progressListeners.get(callId)?.(progress);
  });

  return {
    async call(name, input, options = {}) {
      const callId = `${session}-${++counter}`;
      const { signal, onProgress } = options;
      if (signal?.aborted) throw new StudioApiError('cancelled', 'Cancelled');
      const onAbort = () => transport.cancel(callId);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (onProgress) progressListeners.set(callId, onProgress);
      try {
        const outcome = await transport.call(name, input, callId);
        if (!outcome.ok) throw new StudioApiError(outcome.error.code, outcome.error.message, outcome.error.issues);
        return outcome.value as RequestResult<typeof name>;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        progressListeners.delete(callId);
      }
    },
    on(name, listener) {
      return transport.subscribe((event) => {
        if (event.name === name) (listener as (payload: unknown) => void)(event.payload);
      });
    },
  };
}
