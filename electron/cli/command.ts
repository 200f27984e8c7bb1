/**
 * What a CLI command is: a name, a usage line, the options it takes, and a `run` that returns the
 * document to print. `--json` prints it as one JSON document on stdout; otherwise `text` formats
 * it for people. Progress goes to stderr so stdout stays parseable.
 */
import type { ParseArgsConfig } from 'node:util';

export interface CommandIo {
  /** A progress line on stderr (suppressed with --quiet). */
  progress(message: string): void;
  signal: AbortSignal;
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type ParsedOptions = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options?: OptionSpec;
  /** Take positional arguments (e.g. paths); otherwise extra arguments are an error. */
  positionals?: boolean;
  /** Accept options not declared in `options` (commands listed before they are built). */
  looseOptions?: boolean;
  /** Commands with sub-commands (`layout move`) take the sub-command as the first positional. */
  run(options: ParsedOptions, positionals: string[], io: CommandIo): Promise<unknown>;
  /** People-readable rendering of the result; JSON when absent. */
  text?(result: unknown): string;
}

/** A failure the user caused or can fix: printed as one line, exit code 1 (usage errors exit 2). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** Printed on stdout like a result before the error line, e.g. every bad record of a refused import. */
    readonly document?: unknown,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function requireString(options: ParsedOptions, name: string): string {
  const value = options[name];
  if (typeof value !== 'string' || value.length === 0) throw new CliError(`--${name} is required`, 2);
  return value;
}

export function parseInteger(value: string | undefined, name: string, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) throw new CliError(`--${name} is required`, 2);
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n)) throw new CliError(`--${name} must be an integer, got ${JSON.stringify(value)}`, 2);
  return n;
}
