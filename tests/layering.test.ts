import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, layeringViolations } from './layering';

const repo = resolve(import.meta.dirname, '..');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  for (const layer of [
    'common',
    'electron/services',
    'electron/main',
    'electron/preload',
    'electron/web',
    'electron/cli',
    'renderer',
  ]) {
    mkdirSync(join(root, layer), { recursive: true });
  }
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('SPEC §1 layering', () => {
  it('holds for the whole source tree', () => {
    expect(layeringViolations(repo)).toEqual([]);
  });

  it('catches common importing Node, Electron or another layer', () => {
    const root = tree({
      'common/a.ts': "import { readFileSync } from 'node:fs';\nimport type { X } from '../electron/services/x';\n",
      'electron/services/x.ts': "import { app } from 'electron';\nexport type X = 1;\n",
      'renderer/r.tsx': "import Database from 'better-sqlite3';\nimport { y } from '../electron/services/x';\n",
      'electron/main/ok.ts':
        "import { app } from 'electron';\nimport { z } from '../services/x';\nimport { c } from '../../common/a';\n",
    });
    expect(layeringViolations(root).sort()).toEqual(
      [
        "common/a.ts imports '../electron/services/x': common may not import electron/services",
        "common/a.ts imports 'node:fs': package not allowed in common",
        "electron/services/x.ts imports 'electron': package not allowed in electron/services",
        "renderer/r.tsx imports '../electron/services/x': renderer may not import electron/services",
        "renderer/r.tsx imports 'better-sqlite3': package not allowed in renderer",
      ].sort(),
    );
  });

  it('reads static, type-only, re-export and dynamic imports', () => {
    expect(
      importsOf(
        "import a from 'a';\nimport type { B } from \"b\";\nexport { c } from './c';\nconst d = await import('d');\nimport 'e';",
      ),
    ).toEqual(['a', 'b', './c', 'd', 'e']);
  });
});
