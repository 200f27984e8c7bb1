/**
 * One connection's calls in flight (a window over IPC, a socket over the web shell): starts each
 * call with its own AbortController so it can be cancelled by id, and cancels everything when the
 * connection goes away.
 */
import type { Dispatch } from './dispatch';
import type { CallOutcome } from './outcome';
import type { ProgressEvent } from './events';

export class CallRouter {
  private readonly inFlight = new Map<string, AbortController>();

  constructor(
    private readonly dispatch: Dispatch,
    private readonly sendProgress: (event: ProgressEvent) => void,
  ) {}

  async call(callId: string, method: unknown, input: unknown): Promise<CallOutcome> {
    const controller = new AbortController();
    this.inFlight.get(callId)?.abort();
    this.inFlight.set(callId, controller);
    try {
      return await this.dispatch(method, input, {
        signal: controller.signal,
        progress: (fraction, message) => {
          if (!controller.signal.aborted) this.sendProgress({ callId, fraction, message });
        },
      });
    } finally {
      if (this.inFlight.get(callId) === controller) this.inFlight.delete(callId);
    }
  }

  cancel(callId: string): void {
    this.inFlight.get(callId)?.abort();
  }

  cancelAll(): void {
    for (const controller of this.inFlight.values()) controller.abort();
    this.inFlight.clear();
  }

  get pending(): number {
    return this.inFlight.size;
  }
}
