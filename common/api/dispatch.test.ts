import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors';
import { createDispatch, type CallContext, type Handlers } from './dispatch';
import { StudioError } from './outcome';

const context = (): CallContext => ({ signal: new AbortController().signal, progress: () => {} });

function dispatchWith(handler: (input: unknown) => unknown) {
  const unexpected: unknown[] = [];
  const handlers = new Proxy({} as Handlers, { get: () => handler });
  return { dispatch: createDispatch(handlers, (e) => unexpected.push(e)), unexpected };
}

describe('dispatch', () => {
  it('validates input with the request schema, applying defaults, before the handler runs', async () => {
    const seen: unknown[] = [];
    const { dispatch } = dispatchWith((input) => (seen.push(input), 'ok'));
    expect(await dispatch('scene.points', { sceneId: 'a' }, context())).toEqual({ ok: true, value: 'ok' });
    expect(seen).toEqual([{ sceneId: 'a', lod: 1 }]);
    const bad = await dispatch('scene.points', { sceneId: 'a', lod: 7 }, context());
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'lod' }] } });
    expect(seen).toHaveLength(1);
  });

  it('names unknown requests', async () => {
    const { dispatch } = dispatchWith(() => 'never');
    expect(await dispatch('scenes.drop', {}, context())).toMatchObject({
      ok: false,
      error: { code: 'unknown_request' },
    });
    expect(await dispatch({ toString: null }, {}, context())).toMatchObject({
      ok: false,
      error: { code: 'unknown_request' },
    });
  });

  it('turns thrown errors into error data: studio errors keep their code, bad files their message', async () => {
    const notFound = dispatchWith(() => {
      throw new StudioError('not_found', 'No scene x');
    });
    expect(await notFound.dispatch('app.info', {}, context())).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No scene x' },
    });
    const badFile = dispatchWith(() => {
      throw new InputError('a.ply', { byteOffset: 12 }, 'x', 'is NaN');
    });
    expect(await badFile.dispatch('app.info', {}, context())).toEqual({
      ok: false,
      error: { code: 'bad_file', message: 'a.ply (byte 12): x: is NaN' },
    });
    const crash = dispatchWith(() => {
      throw new TypeError('boom');
    });
    expect(await crash.dispatch('app.info', {}, context())).toEqual({
      ok: false,
      error: { code: 'failed', message: 'boom' },
    });
    expect(crash.unexpected).toHaveLength(1);
  });
});
