/** Every CLI command, in the order `--help` lists them (SPEC §6). */
import type { Command } from '../command';
import { annotationsCommand } from './annotations';
import { exportCommand } from './annotations-export';
import { importAnnotationsCommand } from './annotations-import';
import { generateCommand } from './annotations-generate';
import { benchCommand } from './bench';
import { importCommand } from './import';
import { layoutCommand } from './layout';
import { askCommand, evalCommand } from './model';
import { plannedCommands } from './planned';
import { objectsCommand, scenesCommand } from './scenes';
import { synthCommand } from './synth';

export const commands: Command[] = [
  synthCommand,
  importCommand,
  scenesCommand,
  objectsCommand,
  generateCommand,
  importAnnotationsCommand,
  annotationsCommand,
  exportCommand,
  layoutCommand,
  askCommand,
  evalCommand,
  ...plannedCommands,
  benchCommand,
];
