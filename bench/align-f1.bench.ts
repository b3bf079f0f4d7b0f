/**
 * Alignment quality: strict and lax F1 on the gold dev sets in ../shared/bench/align (not shipped
 * with the product). mac-dev and mag are scored without MT (they have none), mac-mt with --mt.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const title = 'Sentence alignment: strict F1 on the dev sets';

const root = join(__dirname, '..');
const runner = join(root, '..', 'shared', 'bench', 'align', 'run.sh');
export const COMMAND = `node out/cli/index.js align "$SRC" "$TGT" --presegmented --format beads \${MT:+--mt "$MT"}`;

export default async function run(): Promise<string[]> {
  if (!existsSync(runner)) return [`skipped: ${runner} not found (the gold sets live outside the repository)`];
  const r = spawnSync(runner, ['all', 'sh', '-c', COMMAND], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`run.sh failed (${r.status}): ${r.stderr}`);
  return [`command: ${runner} all sh -c '${COMMAND}'`, ...r.stdout.trimEnd().split('\n')];
}
