import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingTools, skipLine } from '../helpers/tools';

/**
 * Once per `vitest run`, before any test file:
 * - one loud SKIP line per missing outside tool (under CI=true a missing tool fails the run);
 * - every temp directory the tests (and the programs they start: the CLI, Chromium) make goes under
 *   one run directory, removed at the end, whether or not each test cleaned up after itself.
 */
export default function setup(): () => void {
  const missing = missingTools();
  for (const { tool, reason } of missing) process.stderr.write(`\n${skipLine(tool, reason)}\n`);
  if (missing.length > 0 && process.env.CI === 'true') {
    throw new Error(`CI=true and ${missing.map((m) => m.tool).join(', ')} missing: the suite must not pass by skipping`);
  }
  const previous = process.env.TMPDIR;
  const runDir = mkdtempSync(join(tmpdir(), 'duizhao-tests-'));
  process.env.TMPDIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDir, { recursive: true, force: true });
  };
}
