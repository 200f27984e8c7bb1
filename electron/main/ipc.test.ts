import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { requestNames } from '../../common/api/contract';
import { CANCEL_CHANNEL, EVENT_CHANNEL, callChannel } from '../../common/api/ipc-channels';
import type { CallOutcome } from '../../common/api/outcome';
import { createFakeStudio } from '../testing/fake-handlers';
import { isAppUrl } from './app-url';
import { registerContract } from './ipc';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

/** Just enough of Electron's ipcMain and WebContents to drive the registration. */
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const listeners = new Map<string, Listener>();
  return {
    handlers,
    listeners,
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    on: (channel: string, listener: Listener) => listeners.set(channel, listener),
    removeHandler: (channel: string) => handlers.delete(channel),
    removeListener: (channel: string) => listeners.delete(channel),
  };
}

function fakeSender(url: string) {
  const contents = Object.assign(new EventEmitter(), {
    id: 1,
    sent: [] as unknown[][],
    isDestroyed: () => false,
    send: (...args: unknown[]) => contents.sent.push(args),
  });
  return { sender: contents, senderFrame: { url, parent: null } };
}

const APP_URL = 'file:///opt/spatial-studio/resources/app.asar/.vite/renderer/main_window/index.html';

function setUp(overrides = {}) {
  const ipcMain = fakeIpcMain();
  const studio = createFakeStudio(overrides);
  const dispose = registerContract(ipcMain as never, {
    dispatch: studio.dispatch,
    events: studio.events,
    isTrustedSender: (event) => isAppUrl((event as unknown as ReturnType<typeof fakeSender>).senderFrame.url, APP_URL),
  });
  const invoke = (name: string, event: ReturnType<typeof fakeSender>, callId: unknown, input: unknown) =>
    ipcMain.handlers.get(name)!(event, callId, input) as Promise<CallOutcome>;
  return { ipcMain, studio, dispose, invoke };
}

describe('Electron IPC transport', () => {
  it('registers one handler per contract request and a cancel listener', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(requestNames.map(callChannel).sort());
    expect(ipcMain.listeners.has(CANCEL_CHANNEL)).toBe(true);
  });

  it('answers invalid input to every request with a typed validation error, never reaching the service', async () => {
    const { invoke, studio } = setUp();
    for (const name of requestNames) {
      const outcome = await invoke(callChannel(name), fakeSender(APP_URL), 'call-1', 42);
      expect(outcome.ok, name).toBe(false);
      if (!outcome.ok) expect(outcome.error.code, name).toBe('invalid_input');
    }
    expect(studio.calls).toEqual([]);
  });

  it('passes valid input from the app page through to the handler', async () => {
    const { invoke, studio } = setUp();
    const outcome = await invoke(callChannel('scene.objects'), fakeSender(APP_URL), 'call-1', {
      sceneId: 'scene0000_00',
    });
    expect(outcome).toEqual({ ok: true, value: { handled: 'scene.objects' } });
    expect(studio.calls).toEqual([{ name: 'scene.objects', input: { sceneId: 'scene0000_00' } }]);
  });

  it('refuses calls from any page other than the app, and malformed call ids', async () => {
    const { invoke, studio } = setUp();
    const foreign = await invoke(callChannel('app.info'), fakeSender('https://evil.example/'), 'c', {});
    expect(foreign).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const otherFile = await invoke(callChannel('app.info'), fakeSender('file:///tmp/evil.html'), 'c', {});
    expect(otherFile).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const badId = await invoke(callChannel('app.info'), fakeSender(APP_URL), { not: 'a string' }, {});
    expect(badId).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(studio.calls).toEqual([]);
  });

  it('sends progress to the calling window only and cancels by call id', async () => {
    const { invoke, ipcMain } = setUp({
      'scenes.import': (
        _input: unknown,
        { signal, progress }: { signal: AbortSignal; progress: (f: number, m: string) => void },
      ) => {
        progress(0.25, 'reading');
        return new Promise((_, reject) =>
          signal.addEventListener('abort', () => reject(Object.assign(new Error(), { name: 'AbortError' }))),
        );
      },
    });
    const event = fakeSender(APP_URL);
    const pending = invoke(callChannel('scenes.import'), event, 'job-7', { paths: ['/scans'] });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(event.sender.sent).toEqual([
      [EVENT_CHANNEL, { name: 'progress', payload: { callId: 'job-7', fraction: 0.25, message: 'reading' } }],
    ]);
    ipcMain.listeners.get(CANCEL_CHANNEL)!(event, 'job-7');
    expect(await pending).toEqual({ ok: false, error: { code: 'cancelled', message: 'Cancelled' } });
  });

  it('unregisters everything it registered', () => {
    const { ipcMain, dispose } = setUp();
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(ipcMain.listeners.size).toBe(0);
  });
});

describe('isAppUrl', () => {
  it('accepts the packaged page with a query or hash, and the dev server origin', () => {
    expect(isAppUrl(APP_URL + '?x=1#top', APP_URL)).toBe(true);
    expect(isAppUrl('http://localhost:5173/some/route', 'http://localhost:5173/')).toBe(true);
  });
  it('rejects other files, other origins and garbage', () => {
    expect(isAppUrl('file:///etc/passwd', APP_URL)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', APP_URL)).toBe(false);
  });
});
