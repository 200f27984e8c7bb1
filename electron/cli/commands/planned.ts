/**
 * Commands of the SPEC §6 contract that are listed in `--help` but not built yet. Each says which
 * issue brings it and exits non-zero, so scripts fail loudly instead of getting nothing.
 */
import { CliError, type Command } from '../command';

const planned: { name: string; usage: string; summary: string; issue: string }[] = [];

export const plannedCommands: Command[] = planned.map(({ name, usage, summary, issue }) => ({
  name,
  usage,
  summary: `${summary} (not built yet: ${issue})`,
  positionals: true,
  looseOptions: true,
  run: () => Promise.reject(new CliError(`'${name}' is not built yet; it arrives with ${issue}`)),
}));
