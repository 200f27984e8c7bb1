#!/usr/bin/env node
// The package's `spatial-studio` command: the CLI runs from its TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/entry.ts');
