/** Public face of the importers: what the API handlers and the CLI call. */
export { importScenes, type ImportOptions } from './import-scenes';
export { readPlyFile } from './read-ply-file';
export { NYU40_CLASSES } from './nyu40-labels';
