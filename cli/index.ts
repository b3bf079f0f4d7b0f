// First, before the engine's code runs and is optimised: V8 settings for a short process.
import './compiler-flags';
import { Command, CommanderError } from 'commander';
import { CliError, crashReport, EXIT_CRASH, EXIT_OK, EXIT_USAGE } from './errors';
import { describeWriteError } from './output-file';
import { PROGRAM_HELP_AFTER } from './commands/help-text';
import { registerAlign } from './commands/align';
import { registerCheck } from './commands/check';
import { registerExport } from './commands/export';
import { registerDraft } from './commands/draft';
import { version } from '../package.json';

/** The CLI only parses flags and calls the engine; each command lives in cli/commands/<name>.ts. */
const commands: Array<(program: Command) => void> = [registerAlign, registerCheck, registerExport, registerDraft];

export function buildProgram(): Command {
  const program = new Command('duizhao')
    .description('Align, check, export and draft Chinese → English / Russian translations.')
    .version(version)
    // A mistyped flag gets one line and commander's "Did you mean --format?", not the whole help.
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText('after', PROGRAM_HELP_AFTER);
  for (const register of commands) register(program);
  return program;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (err instanceof CliError) {
      process.stderr.write(`duizhao: ${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    crash(err);
  }
}

function crash(err: unknown): void {
  process.stderr.write(crashReport(err, process.env.DUIZHAO_DEBUG === '1'));
  process.exit(EXIT_CRASH);
}

// Standard output that goes away is not a bug: a reader that stopped early (`| head`, EPIPE) ends the
// run quietly; a full disk or a closed device is one line and exit 2, like a failing -o.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
  process.stderr.write(`duizhao: cannot write the output: ${describeWriteError(err)}\n`);
  process.exit(EXIT_USAGE);
});

// A failure outside the awaited chain (a stream callback, a stack overflow in a timer) too.
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);
void main(process.argv);
