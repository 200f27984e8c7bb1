import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addRecentProject,
  defaultProjectPath,
  MAX_RECENT_PROJECTS,
  readRecentProjects,
  RECENT_PROJECTS_FILE,
  removeRecentProject,
} from './recent-projects';

let appData: string;
let projects: string;
const project = (name: string): string => {
  const path = join(projects, name);
  writeFileSync(path, '');
  return path;
};

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'recent-projects-'));
  appData = join(root, 'app-data');
  projects = root;
});
afterEach(() => rmSync(projects, { recursive: true, force: true }));

describe('recent projects', () => {
  it('starts empty and creates its file (and folder) on the first add', () => {
    expect(readRecentProjects(appData)).toEqual([]);
    const a = project('a.studio');
    expect(addRecentProject(appData, a)).toEqual([a]);
    expect(existsSync(join(appData, RECENT_PROJECTS_FILE))).toBe(true);
    expect(readRecentProjects(appData)).toEqual([a]);
  });

  it('keeps the most recent first, each path once', () => {
    const [a, b, c] = ['a.studio', 'b.studio', 'c.studio'].map(project) as [string, string, string];
    addRecentProject(appData, a);
    addRecentProject(appData, b);
    addRecentProject(appData, c);
    expect(addRecentProject(appData, join(projects, '.', 'a.studio'))).toEqual([a, c, b]);
    expect(readRecentProjects(appData)).toEqual([a, c, b]);
  });

  it('holds at most ten', () => {
    const paths = Array.from({ length: 12 }, (_, i) => project(`p${i}.studio`));
    for (const path of paths) addRecentProject(appData, path);
    const list = readRecentProjects(appData);
    expect(list).toHaveLength(MAX_RECENT_PROJECTS);
    expect(list[0]).toBe(paths[11]);
    expect(list).not.toContain(paths[0]);
    expect(list).not.toContain(paths[1]);
  });

  it('drops files that have gone, and removes on request', () => {
    const a = project('a.studio');
    const b = project('b.studio');
    addRecentProject(appData, a);
    addRecentProject(appData, b);
    rmSync(a);
    expect(readRecentProjects(appData)).toEqual([b]);
    expect(removeRecentProject(appData, b)).toEqual([]);
    expect(JSON.parse(readFileSync(join(appData, RECENT_PROJECTS_FILE), 'utf8')).paths).toEqual([]);
  });

  it('reads a malformed list as empty and rewrites it on the next add', () => {
    addRecentProject(appData, project('a.studio'));
    writeFileSync(join(appData, RECENT_PROJECTS_FILE), '{not json');
    expect(readRecentProjects(appData)).toEqual([]);
    const b = project('b.studio');
    expect(addRecentProject(appData, b)).toEqual([b]);
  });

  it('puts the default project under the app data folder', () => {
    expect(defaultProjectPath(appData)).toBe(join(appData, 'projects', 'default.studio'));
  });
});
