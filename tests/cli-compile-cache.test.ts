/**
 * The built CLI's launcher keeps Node's compile cache in a folder of the user's own (cli/compile-cache-dir.ts):
 * the OS cache folder, else a per-user folder in the temporary directory, never one another user can
 * write to; with no usable folder the CLI still runs, without the cache.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCacheDir } from '../cli/compile-cache-dir';
import { version } from '../package.json';
import { buildCli, CLI } from './fixtures/qa/build-cli';

const dir = mkdtempSync(join(tmpdir(), 'duizhao-cache-'));
const unix = process.platform !== 'win32';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete e.NODE_COMPILE_CACHE;
  delete e.NODE_DISABLE_COMPILE_CACHE;
  return e;
}

describe('compileCacheDir', () => {
  it('is under the user cache folder, created private', () => {
    const xdg = join(dir, 'xdg');
    const got = compileCacheDir(env({ XDG_CACHE_HOME: xdg }), 'linux');
    expect(got).toBe(join(xdg, 'duizhao', 'compile-cache'));
    if (unix) expect(statSync(got!).mode & 0o077).toBe(0);
  });

  it('falls back to a per-user folder in the temporary directory when the cache folder cannot be made', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const got = compileCacheDir(env({ XDG_CACHE_HOME: join(file, 'cache'), HOME: join(file, 'home') }), 'linux');
    expect(got).not.toBeNull();
    expect(got!.startsWith(tmpdir())).toBe(true);
    expect(got!.includes(join(file))).toBe(false);
  });

  it.runIf(unix)('refuses a folder others can write to', () => {
    const shared = join(dir, 'shared', 'duizhao', 'compile-cache');
    mkdirSync(shared, { recursive: true });
    chmodSync(shared, 0o777);
    const got = compileCacheDir(env({ XDG_CACHE_HOME: join(dir, 'shared') }), 'linux');
    expect(got).not.toBe(shared);
  });

  it('takes NODE_COMPILE_CACHE as the user set it', () => {
    expect(compileCacheDir({ NODE_COMPILE_CACHE: '/some/where' }, 'linux')).toBe('/some/where');
  });
});

describe('the built CLI with the compile cache', () => {
  beforeAll(() => buildCli());

  it('fills the cache folder and gives the same output on the next run', () => {
    const xdg = join(dir, 'cli-xdg');
    const run = () => spawnSync(process.execPath, [CLI, '--version'], { env: env({ XDG_CACHE_HOME: xdg }), encoding: 'utf8' });
    const first = run();
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe(version);
    const cache = join(xdg, 'duizhao', 'compile-cache');
    const entries = readdirSync(cache).flatMap((v) => readdirSync(join(cache, v)));
    expect(entries.length).toBeGreaterThan(0);
    expect(run().stdout).toBe(first.stdout);
  });

  it('runs without the cache when no folder is usable', () => {
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    const bad = { XDG_CACHE_HOME: join(file, 'x'), HOME: join(file, 'home'), TMPDIR: join(file, 'tmp'), TMP: join(file, 'tmp'), TEMP: join(file, 'tmp'), LOCALAPPDATA: join(file, 'app') };
    const r = spawnSync(process.execPath, [CLI, '--version'], { env: env(bad), encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(version);
    expect(existsSync(join(CLI, '..', 'compile-cache'))).toBe(false);
  });
});
