import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as errors from '../cli/errors';
import { buildCli, CLI } from './fixtures/qa/build-cli';

// Each command's --help shows examples and the exit codes the code really returns (decision 0005,
// round 13): the codes are read from the source, so a command that starts returning another code
// fails here until its help says so.
const ROOT = join(__dirname, '..');
const COMMANDS = ['align', 'check', 'export', 'draft'] as const;
/** Every command can end with these: success, a usage or input error (cli/index.ts), a crash. */
const EVERY_COMMAND = [errors.EXIT_OK, errors.EXIT_USAGE, errors.EXIT_CRASH];
const CODE_OF = new Map(Object.entries(errors).filter(([name]) => name.startsWith('EXIT_')).map(([name, code]) => [name, code as number]));

function help(...args: string[]): string {
  const r = spawnSync(process.execPath, [CLI, ...args, '--help'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', COLUMNS: '100' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

/** The lines of a help section ("Examples:", "Exit codes:") up to the next blank line. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end).map((l) => l.trim());
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

/** The exit codes a command's action file sets or throws (EXIT_FINDINGS in cli/actions/check.ts), with every command's. */
function codesUsedBy(command: string): number[] {
  const text = readFileSync(join(ROOT, 'cli', 'actions', `${command}.ts`), 'utf8');
  const own = [...text.matchAll(/\bEXIT_[A-Z]+\b/g)].map((m) => CODE_OF.get(m[0])!);
  return [...new Set([...EVERY_COMMAND, ...own])].sort();
}

beforeAll(() => {
  buildCli();
}, 60_000);

describe('duizhao COMMAND --help', () => {
  it('only the action files choose a code beyond 0, 2 and 3 (the command files only describe them)', () => {
    // Were another module to pick a code, codesUsedBy would not see it: this keeps the reading true.
    const choosing = sourcesUnder(join(ROOT, 'cli'))
      .filter((file) => /\bEXIT_(?!OK\b|USAGE\b|CRASH\b)[A-Z]+\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file).replaceAll('\\', '/'));
    const allowed = new Set(['cli/errors.ts', ...COMMANDS.map((c) => `cli/actions/${c}.ts`)]);
    expect(choosing.filter((f) => !allowed.has(f) && !f.startsWith('cli/commands/'))).toEqual([]);
  });

  it.each(COMMANDS)('%s names the exit codes it really returns, each with its meaning', (command) => {
    const listed = section(help(command), 'Exit codes:').map((l) => /^(\d+)\s{2,}\S/.exec(l)?.[1]);
    expect(listed.every((c) => c !== undefined), listed.join('|')).toBe(true);
    expect(listed.map(Number).sort()).toEqual(codesUsedBy(command));
  });

  it.each(COMMANDS)('%s shows examples that use only its own options', (command) => {
    const text = help(command);
    const examples = section(text, 'Examples:').filter((l) => !l.startsWith('#'));
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      expect(example).toMatch(new RegExp(`^(\\w+=\\S+ )?duizhao ${command} `));
      for (const flag of example.match(/(?<=\s)--?[a-z][\w-]*/g) ?? []) expect(text, `${example}: ${flag}`).toMatch(new RegExp(`(^|[ ,])${flag}[ ,<]`, 'm'));
    }
  });

  it('duizhao --help lists every exit code and where the examples are', () => {
    const text = help();
    const listed = section(text, 'Exit codes:').map((l) => Number(/^(\d+)\s/.exec(l)?.[1]));
    expect(listed.sort()).toEqual([...CODE_OF.values()].sort());
    expect(text).toMatch(/duizhao COMMAND --help/);
  });
});
