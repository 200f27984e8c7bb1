/**
 * The recently opened projects: a small JSON file in the app data folder, most recent first,
 * at most ten, each path once. Paths whose file has gone are dropped when the list is read.
 * The list is a convenience, so an unreadable or malformed file reads as an empty list (and is
 * rewritten on the next `addRecentProject`) instead of stopping the app from starting.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const RECENT_PROJECTS_FILE = 'recent-projects.json';
export const MAX_RECENT_PROJECTS = 10;
export const DEFAULT_PROJECT_FILE = 'default.studio';

interface RecentProjectsFile {
  version: 1;
  paths: string[];
}

/** Where a new user's project lives: `<appDataDir>/projects/default.studio`. */
export function defaultProjectPath(appDataDir: string): string {
  return join(resolve(appDataDir), 'projects', DEFAULT_PROJECT_FILE);
}

/** Recent project paths, most recent first, without files that no longer exist. */
export function readRecentProjects(appDataDir: string): string[] {
  return readStoredPaths(appDataDir).filter((path) => existsSync(path));
}

/** Puts `projectPath` first (once) and returns the new list. */
export function addRecentProject(appDataDir: string, projectPath: string): string[] {
  const path = resolve(projectPath);
  const paths = [path, ...readRecentProjects(appDataDir).filter((known) => known !== path)].slice(
    0,
    MAX_RECENT_PROJECTS,
  );
  writeStoredPaths(appDataDir, paths);
  return paths;
}

/** Drops `projectPath` from the list (e.g. after it failed to open) and returns the new list. */
export function removeRecentProject(appDataDir: string, projectPath: string): string[] {
  const path = resolve(projectPath);
  const paths = readRecentProjects(appDataDir).filter((known) => known !== path);
  writeStoredPaths(appDataDir, paths);
  return paths;
}

function readStoredPaths(appDataDir: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(appDataDir, RECENT_PROJECTS_FILE), 'utf8'));
  } catch {
    return [];
  }
  const paths = (parsed as Partial<RecentProjectsFile> | null)?.paths;
  if (!Array.isArray(paths)) return [];
  const unique = new Set(
    paths.filter((path): path is string => typeof path === 'string' && path !== '').map((path) => resolve(path)),
  );
  return [...unique].slice(0, MAX_RECENT_PROJECTS);
}

function writeStoredPaths(appDataDir: string, paths: string[]): void {
  mkdirSync(appDataDir, { recursive: true });
  const target = join(appDataDir, RECENT_PROJECTS_FILE);
  const content: RecentProjectsFile = { version: 1, paths };
  // Write then rename: a crash mid-write never leaves a half-written list behind.
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(content, null, 2)}\n`);
  renameSync(temporary, target);
}
