/**
 * SPEC §1's import rules as data, and a checker that reads every source file's imports and
 * reports each one that crosses a layer it may not. `layering.test.ts` runs it over the tree.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface Layer {
  folder: string;
  /** Folders this layer may import from (itself always allowed). */
  mayImport: string[];
  /** Packages forbidden here (names or prefixes ending in '*'). */
  forbiddenPackages: string[];
}

const NODE_BUILTINS = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'worker_threads',
  'url',
  'util',
  'stream',
];

export const LAYERS: Layer[] = [
  {
    folder: 'common',
    mayImport: [],
    forbiddenPackages: [
      ...NODE_BUILTINS,
      'electron',
      'better-sqlite3',
      'onnxruntime-node',
      'ws',
      'react',
      'react-dom',
      'three',
      '@react-three/*',
      '@mantine/*',
    ],
  },
  {
    folder: 'electron/services',
    mayImport: ['common'],
    forbiddenPackages: ['electron', 'react', 'react-dom', '@mantine/*', '@react-three/*'],
  },
  { folder: 'electron/main', mayImport: ['common', 'electron/services'], forbiddenPackages: ['react', 'react-dom'] },
  {
    folder: 'electron/preload',
    mayImport: ['common'],
    forbiddenPackages: [...NODE_BUILTINS, 'better-sqlite3', 'onnxruntime-node'],
  },
  {
    folder: 'electron/web',
    mayImport: ['common', 'electron/services'],
    forbiddenPackages: ['electron', 'react', 'react-dom'],
  },
  {
    folder: 'electron/cli',
    mayImport: ['common', 'electron/services'],
    forbiddenPackages: ['electron', 'react', 'react-dom'],
  },
  {
    folder: 'renderer',
    mayImport: ['common'],
    forbiddenPackages: [...NODE_BUILTINS, 'electron', 'better-sqlite3', 'onnxruntime-node', 'ws'],
  },
];

const IMPORT_PATTERN =
  /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(source: string): string[] {
  return [...source.matchAll(IMPORT_PATTERN)].map((m) => (m[1] ?? m[2])!);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

function matchesPackage(specifier: string, pattern: string): boolean {
  if (pattern.endsWith('*')) return specifier.startsWith(pattern.slice(0, -1));
  return specifier === pattern || specifier.startsWith(pattern + '/');
}

/** Test helpers that live beside a layer (`electron/testing`) count as the layer that uses them. */
function layerOf(root: string, file: string): Layer | undefined {
  const rel = relative(root, file).split(sep).join('/');
  return LAYERS.filter((l) => rel.startsWith(l.folder + '/')).sort((a, b) => b.folder.length - a.folder.length)[0];
}

export function layeringViolations(root: string): string[] {
  const violations: string[] = [];
  for (const layer of LAYERS) {
    for (const file of sourceFiles(join(root, layer.folder))) {
      const isTest = /\.test\.tsx?$/.test(file);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const where = `${relative(root, file)} imports '${specifier}'`;
        if (specifier.startsWith('.')) {
          const target = resolve(dirname(file), specifier);
          const targetLayer = layerOf(root, target);
          const targetRel = relative(root, target).split(sep).join('/');
          if (targetRel.startsWith('..')) violations.push(`${where}: outside the repository`);
          else if (targetLayer && targetLayer !== layer && !layer.mayImport.includes(targetLayer.folder)) {
            violations.push(`${where}: ${layer.folder} may not import ${targetLayer.folder}`);
          } else if (!targetLayer && !isTest && !targetRel.startsWith('resources/')) {
            violations.push(`${where}: ${layer.folder} may not import ${targetRel.split('/')[0]}`);
          }
        } else if (!isTest && layer.forbiddenPackages.some((p) => matchesPackage(specifier, p))) {
          violations.push(`${where}: package not allowed in ${layer.folder}`);
        }
      }
    }
  }
  return violations;
}
