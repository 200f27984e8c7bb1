/**
 * Electron transport of the API contract: one `ipcMain.handle` channel per request, generated
 * from the contract, each call checked for a trusted sender before it reaches the dispatcher.
 * Kept free of `electron` run-time imports so tests can drive it with a stand-in `ipcMain`.
 */
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { CallRouter } from '../../common/api/call-router';
import { requestNames } from '../../common/api/contract';
import type { Dispatch } from '../../common/api/dispatch';
import type { EventHub } from '../../common/api/event-hub';
import { CANCEL_CHANNEL, EVENT_CHANNEL, callChannel } from '../../common/api/ipc-channels';
import type { CallOutcome } from '../../common/api/outcome';

export type SenderCheck = (event: IpcMainEvent | IpcMainInvokeEvent) => boolean;

type IpcMainLike = Pick<IpcMain, 'handle' | 'on' | 'removeHandler' | 'removeListener'>;

export function registerContract(
  ipcMain: IpcMainLike,
  options: { dispatch: Dispatch; events: EventHub; isTrustedSender: SenderCheck },
): () => void {
  const routers = new Map<number, CallRouter>();
  const routerFor = (sender: WebContents): CallRouter => {
    let router = routers.get(sender.id);
    if (!router) {
      router = new CallRouter(options.dispatch, (progress) => {
        if (!sender.isDestroyed()) sender.send(EVENT_CHANNEL, { name: 'progress', payload: progress });
      });
      routers.set(sender.id, router);
      sender.once('destroyed', () => {
        router?.cancelAll();
        routers.delete(sender.id);
      });
    }
    return router;
  };

  for (const name of requestNames) {
    ipcMain.handle(callChannel(name), (event, callId: unknown, input: unknown): Promise<CallOutcome> => {
      if (!options.isTrustedSender(event)) {
        return Promise.resolve({ ok: false, error: { code: 'unavailable', message: 'Untrusted sender' } });
      }
      if (typeof callId !== 'string' || callId.length === 0 || callId.length > 100) {
        return Promise.resolve({
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'Invalid call id',
            issues: [{ path: '', message: 'callId must be a short string' }],
          },
        });
      }
      return routerFor(event.sender).call(callId, name, input);
    });
  }

  const onCancel = (event: IpcMainEvent, callId: unknown) => {
    if (options.isTrustedSender(event) && typeof callId === 'string') routers.get(event.sender.id)?.cancel(callId);
  };
  ipcMain.on(CANCEL_CHANNEL, onCancel);

  return () => {
    for (const name of requestNames) ipcMain.removeHandler(callChannel(name));
    ipcMain.removeListener(CANCEL_CHANNEL, onCancel);
    for (const router of routers.values()) router.cancelAll();
  };
}

/** Sends every non-progress event to every window (progress goes to its caller only, above). */
export function forwardEvents(events: EventHub, windows: () => WebContents[]): () => void {
  return events.subscribe((event) => {
    if (event.name === 'progress') return;
    for (const contents of windows()) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
