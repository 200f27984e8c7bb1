/**
 * Which project is open. Starts on the given project or the default one in the app's data folder;
 * a default project created on first start is filled with the bundled sample scenes, so a new user
 * lands on something real. Opening another project swaps the store and tells every client.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EventHub } from '../../../common/api/event-hub';
import type { ProjectInfo } from '../../../common/api/results';
import { openProject, type ProjectStore } from '../project/project-store';
import { addRecentProject, defaultProjectPath, readRecentProjects } from '../project/recent-projects';
import { loadSampleScenes } from './sample-scenes';

export interface ProjectSessionOptions {
  dataDir: string;
  projectPath?: string | undefined;
  samples: boolean;
  events: EventHub;
  log: (line: string) => void;
}

export class ProjectSession {
  private constructor(
    private readonly options: ProjectSessionOptions,
    private current: ProjectStore,
  ) {}

  static async start(options: ProjectSessionOptions): Promise<ProjectSession> {
    const path = resolve(options.projectPath ?? defaultProjectPath(options.dataDir));
    const isNew = !existsSync(path);
    const store = openProject(path, { create: true });
    if (isNew && options.samples && options.projectPath === undefined) {
      const scenes = await loadSampleScenes();
      store.addScenes(scenes);
      options.log(`Created ${path} with ${scenes.length} sample scenes`);
    }
    addRecentProject(options.dataDir, path);
    return new ProjectSession(options, store);
  }

  get store(): ProjectStore {
    return this.current;
  }

  info(): ProjectInfo {
    return { path: this.current.path, scenes: this.current.listScenes().length };
  }

  open(path: string, create: boolean): ProjectInfo {
    const next = openProject(resolve(path), { create });
    this.current.close();
    this.current = next;
    addRecentProject(this.options.dataDir, next.path);
    this.options.events.publish({ name: 'changed', payload: { topic: 'project' } });
    return this.info();
  }

  recent(): string[] {
    return readRecentProjects(this.options.dataDir);
  }

  close(): void {
    this.current.close();
  }
}
