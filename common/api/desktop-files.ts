/**
 * What the desktop preload adds beside the contract: the file-system path of a file dropped on the
 * window (a sandboxed page can't see it). The web shell has no such thing and uploads instead.
 */
export interface DesktopFiles {
  /** `file` is a DOM File; typed loosely so common/ needs no DOM types. */
  pathForFile(file: unknown): string;
}
