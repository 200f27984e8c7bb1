import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createStudioClient, StudioApiError, type StudioClient } from '../../common/api/client';
import { requestNames } from '../../common/api/contract';
import type { ServerMessage } from '../../common/api/messages';
import type { CallOutcome } from '../../common/api/outcome';
import { decodeFrame, encodeFrame } from '../../common/api/wire';
import { createFakeStudio } from '../testing/fake-handlers';
import { startWebShell, type WebShell } from './server';
import { nodeWebSocketTransport } from './node-transport';

const rendererDir = mkdtempSync(join(tmpdir(), 'renderer-'));
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Spatial Studio</title>');

let shell: WebShell;
let studio: ReturnType<typeof createFakeStudio>;

beforeEach(async () => {
  studio = createFakeStudio({
    'scene.points': () => ({
      positions: new Float32Array([1.5, -2, 3]),
      colors: new Uint8Array([255, 128, 0]),
      instances: new Uint16Array([7]),
    }),
    'scenes.import': async (_input, { signal, progress }) => {
      progress(0.5, 'half way');
      await new Promise((_, reject) =>
        signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))),
      );
      throw new Error('unreachable');
    },
  });
  shell = await startWebShell({ dispatch: studio.dispatch, events: studio.events, rendererDir });
});

afterEach(async () => {
  await shell.close();
});

function attempt(url: string, origin: string | undefined): Promise<'open' | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, origin === undefined ? {} : { origin });
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    ws.once('error', () => resolve(0));
  });
}

async function connect(): Promise<{ client: StudioClient; socket: WebSocket }> {
  const socket = new WebSocket(`ws://127.0.0.1:${shell.port}/api?token=${shell.token}`, { origin: shell.origin });
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { client: createStudioClient(nodeWebSocketTransport(socket)), socket };
}

describe('web shell', () => {
  it('listens on loopback only and prints a URL with the run token', () => {
    expect(shell.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(shell.url).toBe(`${shell.origin}/?token=${shell.token}`);
    expect(shell.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the renderer with a strict content security policy', async () => {
    const response = await fetch(shell.origin + '/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Spatial Studio');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${shell.port}`);
    expect((await fetch(shell.origin + '/../../etc/passwd')).status).toBe(404);
  });

  it('refuses a WebSocket from another origin, without the token, or with a wrong one', async () => {
    const api = `ws://127.0.0.1:${shell.port}/api`;
    expect(await attempt(`${api}?token=${shell.token}`, 'http://evil.example')).toBe(403);
    expect(await attempt(`${api}?token=${shell.token}`, 'http://localhost:' + shell.port)).toBe(403);
    expect(await attempt(`${api}?token=${shell.token}`, undefined)).toBe(403);
    expect(await attempt(api, shell.origin)).toBe(403);
    // One character off (a token that already ends in x must change to something else).
    const wrong = shell.token.slice(0, -1) + (shell.token.endsWith('x') ? 'y' : 'x');
    expect(await attempt(`${api}?token=${wrong}`, shell.origin)).toBe(403);
    expect(await attempt(`${api}?token=${shell.token}`, shell.origin)).toBe('open');
  });

  it('carries every contract request, and answers invalid input with a typed validation error', async () => {
    const { socket } = await connect();
    const replies = new Map<string, CallOutcome>();
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      const message = decodeFrame(isBinary ? new Uint8Array(data) : data.toString()) as ServerMessage;
      if (message.type === 'result') replies.set(message.callId, message.outcome);
    });
    for (const name of requestNames) socket.send(encodeFrame({ type: 'call', callId: name, method: name, input: 42 }));
    await expect.poll(() => replies.size).toBe(requestNames.length);
    for (const name of requestNames) {
      const outcome = replies.get(name)!;
      expect(outcome.ok, name).toBe(false);
      if (!outcome.ok) expect(outcome.error.code, name).toBe('invalid_input');
    }
    // Handlers never saw the invalid input.
    expect(studio.calls).toEqual([]);
    socket.close();
  });

  it('reaches the handler of every request with valid input', async () => {
    const { client, socket } = await connect();
    expect(await client.call('app.info', {})).toEqual({ handled: 'app.info' });
    expect(await client.call('scene.objects', { sceneId: 'scene0000_00' })).toEqual({ handled: 'scene.objects' });
    await expect(client.call('scene.objects', { sceneId: '' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(studio.calls.map((c) => c.name)).toEqual(['app.info', 'scene.objects']);
    socket.close();
  });

  it('sends typed arrays as binary frames that arrive as typed arrays', async () => {
    const { client, socket } = await connect();
    const frames: boolean[] = [];
    socket.on('message', (_data, isBinary: boolean) => frames.push(isBinary));
    const cloud = await client.call('scene.points', { sceneId: 's', lod: 0 });
    expect(cloud.positions).toBeInstanceOf(Float32Array);
    expect([...cloud.positions]).toEqual([1.5, -2, 3]);
    expect([...cloud.colors]).toEqual([255, 128, 0]);
    expect([...cloud.instances]).toEqual([7]);
    expect(frames).toEqual([true]);
    socket.close();
  });

  it('routes progress to the caller and cancels a long call', async () => {
    const { client, socket } = await connect();
    const controller = new AbortController();
    const progress: string[] = [];
    const call = client.call(
      'scenes.import',
      { paths: ['/nowhere'] },
      {
        signal: controller.signal,
        onProgress: (p) => {
          progress.push(p.message);
          controller.abort();
        },
      },
    );
    await expect(call).rejects.toBeInstanceOf(StudioApiError);
    await expect(call).rejects.toMatchObject({ code: 'cancelled' });
    expect(progress).toEqual(['half way']);
    socket.close();
  });

  it('forwards change events to every connected page', async () => {
    const a = await connect();
    const b = await connect();
    const seen: string[] = [];
    a.client.on('changed', (c) => seen.push(`a:${c.topic}`));
    b.client.on('changed', (c) => seen.push(`b:${c.topic}`));
    studio.events.publish({ name: 'changed', payload: { topic: 'scenes' } });
    await expect.poll(() => seen.sort()).toEqual(['a:scenes', 'b:scenes']);
    a.socket.close();
    b.socket.close();
  });
});
