/**
 * scripts/ensure-deps.mjs, run as `npm start`/`npm test`/`npm run web` run it, in a scratch copy of
 * the repo layout with a stand-in `npm` on PATH that records its calls: it installs only when
 * node_modules is missing or older than package-lock.json, and without Electron's binary it says
 * so in one line and exits non-zero.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'duizhao-ensure-deps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bin = join(dir, 'bin');
const log = join(dir, 'npm-calls.log');
mkdirSync(join(dir, 'scripts'), { recursive: true });
mkdirSync(bin);
copyFileSync(join(root, 'scripts', 'ensure-deps.mjs'), join(dir, 'scripts', 'ensure-deps.mjs'));
writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', engines: { node: '>=1.0' } }));
writeFileSync(join(dir, 'package-lock.json'), '{}');
// The stand-in npm: logs its arguments and does what `npm ci` leaves behind.
writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "$@" >> "${log}"\nmkdir -p node_modules && echo '{}' > node_modules/.package-lock.json\n`);
chmodSync(join(bin, 'npm'), 0o755);

function ensureDeps(...args: string[]): { code: number | null; stderr: string; calls: string[] } {
  const r = spawnSync(process.execPath, [join(dir, 'scripts', 'ensure-deps.mjs'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
  });
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [];
  return { code: r.status, stderr: r.stderr, calls };
}

describe('scripts/ensure-deps.mjs', () => {
  it('installs on a fresh clone, not again, and again once package-lock.json changes', () => {
    const first = ensureDeps();
    expect(first.code, first.stderr).toBe(0);
    expect(first.calls).toEqual(['ci --no-audit --no-fund']);
    expect(first.stderr).toContain('node_modules is missing');

    expect(ensureDeps().calls).toHaveLength(1);

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'package-lock.json'), later, later);
    const pulled = ensureDeps();
    expect(pulled.calls).toHaveLength(2);
    expect(pulled.stderr).toContain('package-lock.json is newer than node_modules');
    // Back to an up-to-date install for the Electron cases.
    const earlier = new Date(Date.now() - 3_600_000);
    utimesSync(join(dir, 'package-lock.json'), earlier, earlier);
    expect(ensureDeps().calls).toHaveLength(2);
  });

  it('without Electron’s binary: one line that points to npm run web, and a non-zero exit', () => {
    const electron = join(dir, 'node_modules', 'electron');
    mkdirSync(electron, { recursive: true });
    // Electron's own installer, as it fails offline.
    writeFileSync(join(electron, 'install.js'), "console.error('TypeError: fetch failed\\n    at somewhere'); process.exit(1);\n");
    const r = ensureDeps('--electron');
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['Electron is not installed (its binary could not be downloaded: TypeError: fetch failed); `npm run web` runs the same app in your browser']);
  });

  it('with Electron’s binary in place it says nothing and succeeds', () => {
    const electron = join(dir, 'node_modules', 'electron');
    mkdirSync(join(electron, 'dist'), { recursive: true });
    writeFileSync(join(electron, 'path.txt'), 'electron');
    writeFileSync(join(electron, 'dist', 'electron'), '');
    const r = ensureDeps('--electron');
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});
