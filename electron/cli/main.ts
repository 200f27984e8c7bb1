/**
 * `studio` / `spatial-studio`: the command line over the studio's services (SPEC §6).
 * One JSON document on stdout with --json, progress on stderr, one clear line and a non-zero exit
 * on failure.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../../common/domain/errors';
import { StudioError } from '../../common/api/outcome';
import { CliError, type Command, type CommandIo } from './command';
import { commands } from './commands';

const GLOBAL_OPTIONS = {
  json: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Spatial Studio command line',
    '',
    'Usage: npm run -s studio -- <command> [options] [--json]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command: --json (one JSON document on stdout), --quiet (no progress), --help',
    "Run 'npm run -s studio -- <command> --help' for a command's usage.",
  ].join('\n');
}

type Output = Pick<NodeJS.WritableStream, 'write'>;

export async function runCli(
  argv: string[],
  out: Output = process.stdout,
  err: Output = process.stderr,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    out.write(helpText() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    err.write(`studio: unknown command '${name}' (see 'studio --help')\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: command.looseOptions !== true,
    });
    if (values.help) {
      out.write(`Usage: npm run -s studio -- ${command.usage}\n\n${command.summary}\n`);
      return 0;
    }
    if (!command.positionals && positionals.length > 0) {
      throw new CliError(`unexpected argument '${positionals[0]}' (usage: ${command.usage})`, 2);
    }
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort());
    const io: CommandIo = {
      progress: (message) => {
        if (!values.quiet) err.write(`${message}\n`);
      },
      signal: controller.signal,
    };
    const result = await command.run(values, positionals, io);
    // Commands that stream their own output (bench) return nothing to print.
    if (result !== undefined) out.write(formatResult(command, result, values.json === true) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof CliError && error.document !== undefined) {
      out.write(formatResult(command, error.document, rest.includes('--json')) + '\n');
    }
    err.write(`studio ${name}: ${describeError(error)}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

function formatResult(command: Command, result: unknown, json: boolean): string {
  if (json || !command.text) return JSON.stringify(result, null, json ? undefined : 2);
  return command.text(result);
}

function describeError(error: unknown): string {
  if (error instanceof CliError || error instanceof InputError || error instanceof StudioError) return error.message;
  if (error instanceof Error && error.name === 'AbortError') return 'cancelled';
  // parseArgs errors (unknown option, missing value) are usage errors and already one line.
  if (error instanceof Error) return error.message.split('\n')[0]!;
  return String(error);
}
