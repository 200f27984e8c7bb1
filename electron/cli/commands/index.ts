/** Every CLI command, in the order `--help` lists them (SPEC §6). */
import type { Command } from '../command';
import { importCommand } from './import';
import { plannedCommands } from './planned';
import { objectsCommand, scenesCommand } from './scenes';
import { synthCommand } from './synth';

export const commands: Command[] = [synthCommand, importCommand, scenesCommand, objectsCommand, ...plannedCommands];
