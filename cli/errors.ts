/** Exit codes shared by every command: 0 success, 1 findings at or above --fail-on, 2 usage or input error, 3 a crash (a bug). */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** Not the user's fault: a bug or the machine (out of memory). Its own code so scripts can tell it from findings. */
export const EXIT_CRASH = 3;

/** A problem with the user's input: printed as one clear line and exit code 2, never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/**
 * The one line a crash prints: no stack unless DUIZHAO_DEBUG=1 (a stack is for developers, and a
 * message may be long: it is cut to one line).
 */
export function crashReport(err: unknown, debug: boolean): string {
  if (debug && err instanceof Error && err.stack) return `duizhao: internal error: ${err.stack}\n`;
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 300);
  return `duizhao: internal error (a bug, please report it): ${message}; set DUIZHAO_DEBUG=1 for details\n`;
}
