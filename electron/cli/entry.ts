/** Process entry of the CLI: run the command line and exit with its code. */
import { runCli } from './main';

process.exitCode = await runCli(process.argv.slice(2));
