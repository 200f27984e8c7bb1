import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../../common/api/dispatch';
import { EventHub } from '../../../common/api/event-hub';
import type { ChangedEvent } from '../../../common/api/events';
import { TASKS } from '../../../common/annotations/annotation';
import { ModelLoader } from '../model/model-loader';
import { openProject } from '../project/project-store';
import { sampleScene } from '../project/sample-scene';
import { createStudio, type Studio } from '../studio';
import { createModelHandlers } from './model-handlers';
import { ProjectSession } from './project-session';

const context = { signal: new AbortController().signal, progress: () => {} } as CallContext;
let dir: string;
let path: string;
let studio: Studio;
const changes: ChangedEvent[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'model-handlers-'));
  path = join(dir, 'p.studio');
  const store = openProject(path, { create: true });
  store.addScenes([sampleScene('room', 4000, 3, 6), { ...sampleScene('empty', 10, 1, 0), objects: [] }]);
  store.close();
  studio = await createStudio({ dataDir: dir, projectPath: path, samples: false, log: () => {} });
  studio.events.subscribe((event) => event.name === 'changed' && changes.push(event.payload));
});
afterAll(() => {
  studio.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('model requests', () => {
  it('reports the model not loaded until the first question, then ready on a provider', async () => {
    const h = studio.handlers;
    expect(await h['model.status']({}, context)).toEqual({ state: 'not-loaded' });
    expect((await h['app.info']({}, context)).model).toEqual({ state: 'not-loaded' });

    const result = await h['model.ask']({ sceneId: 'room', text: 'How far is the chair from the table?' }, context);
    expect(TASKS).toContain(result.task);
    const ids = (await h['scene.objects']({ sceneId: 'room' }, context)).map((o) => o.id);
    expect(result.referents.length).toBeGreaterThan(0);
    for (const r of result.referents) {
      expect(ids).toContain(r.id);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    const info = await h['app.info']({}, context);
    expect(info.model).toMatchObject({ state: 'ready', model: 'spatial-model' });
    expect(['cpu', 'cuda']).toContain(info.model.state === 'ready' ? info.model.provider : '');
    // Clients hear about loading and ready, so the status bar follows.
    expect(changes.filter((c) => c.topic === 'model')).toHaveLength(2);
  });

  it('names the scene when it is unknown or has no objects', async () => {
    const h = studio.handlers;
    await expect(h['model.ask']({ sceneId: 'nope', text: 'where is the bed?' }, context)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(h['model.ask']({ sceneId: 'empty', text: 'where is the bed?' }, context)).rejects.toThrow(
      /scene empty has no objects/,
    );
  });

  it('turns a model that cannot load into an unavailable error and the error state, and retries', async () => {
    const session = await ProjectSession.start({
      dataDir: dir,
      projectPath: path,
      samples: false,
      events: new EventHub(),
      log: () => {},
    });
    let attempts = 0;
    const loader = new ModelLoader({
      open: () => {
        attempts++;
        return Promise.reject(new Error('spatial-model.onnx: file missing'));
      },
    });
    const h = createModelHandlers(session, loader);
    try {
      await expect(h['model.ask']({ sceneId: 'room', text: 'where is the chair?' }, context)).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringContaining('file missing'),
      });
      expect(await h['model.status']({}, context)).toEqual({
        state: 'error',
        message: 'spatial-model.onnx: file missing',
      });
      await expect(h['model.ask']({ sceneId: 'room', text: 'where is the chair?' }, context)).rejects.toThrow();
      expect(attempts).toBe(2);
    } finally {
      session.close();
    }
  });
});
