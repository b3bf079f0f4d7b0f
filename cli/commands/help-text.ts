import { EXIT_CRASH, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../errors';

/** An exit code and what it means for this command. */
export type ExitCode = readonly [code: number, meaning: string];

/** The two ways any command can fail, worded once (cli/index.ts turns them into these codes). */
export const EXIT_USAGE_LINE: ExitCode = [EXIT_USAGE, 'usage or input error (a bad flag, an unreadable file, a source not in Chinese): one line naming the file'];
export const EXIT_CRASH_LINE: ExitCode = [EXIT_CRASH, 'a crash, i.e. a bug: one line (DUIZHAO_DEBUG=1 prints the stack)'];

/**
 * The text after a command's options: examples (runnable from the repository, on the built-in
 * sample where they can be) and the exit codes the command really returns (tests/cli-help.test.ts
 * reads them from the code).
 */
export function helpAfter(examples: readonly string[], exitCodes: readonly ExitCode[]): string {
  const codes = exitCodes.map(([code, meaning]) => `  ${code}  ${meaning}`);
  return ['', 'Examples:', ...examples.map((e) => `  ${e}`), '', 'Exit codes:', ...codes].join('\n');
}

/** The program's own help: every code, and where the examples are. */
export const PROGRAM_HELP_AFTER = [
  '',
  'Exit codes:',
  `  ${EXIT_OK}  success`,
  `  ${EXIT_FINDINGS}  check: a finding at or above --fail-on; draft: DeepL stopped part way (what was drafted is saved)`,
  `  ${EXIT_USAGE_LINE[0]}  ${EXIT_USAGE_LINE[1]}`,
  `  ${EXIT_CRASH_LINE[0]}  ${EXIT_CRASH_LINE[1]}`,
  '',
  'Examples: duizhao COMMAND --help (e.g. duizhao check --help).',
].join('\n');

/** The built-in sample's files, as the examples name them (run from the repository). */
export const SAMPLE = 'samples/strategic-stability-2025-05-08';
