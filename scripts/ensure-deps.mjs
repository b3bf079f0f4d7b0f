#!/usr/bin/env node
// Runs before `npm start`, `npm test` and `npm run web`, so each works on a fresh clone and none
// reinstalls on every launch. Plain Node, no dependencies (node_modules may not exist yet).
//   node scripts/ensure-deps.mjs             install only when node_modules is missing or older than package-lock.json
//   node scripts/ensure-deps.mjs --electron  and make sure Electron's binary is there (its first download)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const say = (line) => process.stderr.write(`${line}\n`);

/** The Node the dependencies need (package.json "engines"); an older one gets a warning, not a refusal. */
function checkNodeVersion() {
  const wanted = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines?.node ?? '';
  const min = /(\d+)\.(\d+)/.exec(wanted);
  if (!min) return;
  const [major, minor] = process.versions.node.split('.').map(Number);
  const [wantMajor, wantMinor] = [Number(min[1]), Number(min[2])];
  if (major < wantMajor || (major === wantMajor && minor < wantMinor)) {
    say(`duizhao: Node ${process.versions.node} is older than the ${wanted} the dependencies need (see .node-version); carrying on, but npm will warn`);
  }
}

/**
 * npm writes node_modules/.package-lock.json at the end of every install: missing means never
 * installed (or interrupted), older than package-lock.json means the lock changed since (a pull).
 */
function needsInstall() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return 'node_modules is missing';
  if (statSync(marker).mtimeMs < statSync(join(root, 'package-lock.json')).mtimeMs) return 'package-lock.json is newer than node_modules';
  return undefined;
}

function install(reason) {
  say(`duizhao: ${reason}; running npm ci (once)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) {
    say(`duizhao: npm ci failed (exit ${r.status ?? r.signal}); see the lines above`);
    process.exit(r.status || 1);
  }
}

/** Electron ≥ 42 downloads its binary on first use: do it here, and say plainly when it cannot. */
function ensureElectronBinary() {
  const pkg = join(root, 'node_modules', 'electron');
  const installed = () => {
    const pathFile = join(pkg, 'path.txt');
    return existsSync(pathFile) && existsSync(join(pkg, 'dist', readFileSync(pathFile, 'utf8')));
  };
  if (installed()) return;
  const r = spawnSync(process.execPath, [join(pkg, 'install.js')], { cwd: root, encoding: 'utf8' });
  if (r.status === 0 && installed()) return;
  const why = (r.stderr || r.error?.message || '').trim().split('\n')[0] || `exit ${r.status}`;
  say(`Electron is not installed (its binary could not be downloaded: ${why}); \`npm run web\` runs the same app in your browser`);
  process.exit(1);
}

checkNodeVersion();
const reason = needsInstall();
if (reason) install(reason);
if (process.argv.includes('--electron')) ensureElectronBinary();
