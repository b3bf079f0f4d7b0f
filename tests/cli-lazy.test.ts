/**
 * The built CLI loads only what a command needs: `--help` and `align`/`check` on plain text do not
 * load DeepL, zod or the DOCX/ZIP/HTML/Markdown readers (they cost ≈ 0.4 s CPU per run), and the
 * constants the CLI copies to avoid loading them stay equal to the engine's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from './fixtures/qa/build-cli';

const root = join(__dirname, '..');
const sample = join(root, 'samples', 'strategic-stability-2025-05-08');
const dir = mkdtempSync(join(tmpdir(), 'duizhao-lazy-'));
const tracer = join(dir, 'trace.cjs');
const HEAVY = ['deepl-node', 'zod', 'docx', 'jszip', 'htmlparser2', 'mdast-util-from-markdown', 'jsonc-parser'];

beforeAll(() => {
  buildCli(); // atomically: other test files run the CLI meanwhile
  // Preloaded into the CLI's process: prints every package it requires when it exits.
  writeFileSync(
    tracer,
    `const Module = require('node:module');
const load = Module._load;
const seen = new Set();
Module._load = function (request, ...rest) {
  if (!/^(node:|\\.|\\/)/.test(request)) seen.add(request);
  return load.call(this, request, ...rest);
};
process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify([...seen]) + '\\n'));
`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function loadedBy(...args: string[]): { code: number | null; stdout: string; packages: string[] } {
  const r = spawnSync(process.execPath, ['--require', tracer, join(root, 'out', 'cli', 'index.js'), ...args], { cwd: dir, encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED '));
  if (!line) throw new Error(`no trace from duizhao ${args.join(' ')}: ${r.stderr}`);
  return { code: r.status, stdout: r.stdout, packages: JSON.parse(line.slice('LOADED '.length)) as string[] };
}

describe('duizhao loads modules lazily', () => {
  it.each(['align', 'check', 'export', 'draft'])('%s --help loads only commander', (command) => {
    const r = loadedBy(command, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: duizhao ${command}`);
    for (const name of HEAVY) expect(r.packages).not.toContain(name);
  });

  it('align and check on plain text load none of the heavy packages', () => {
    const align = loadedBy('align', `${sample}.zh.txt`, `${sample}.en.txt`);
    expect(align.code).toBe(0);
    expect(align.stdout.split('\n').length).toBeGreaterThan(50);
    const check = loadedBy('check', `${sample}.zh.txt`, `${sample}.en.txt`, '--format', 'json');
    expect(check.code === 0 || check.code === 1).toBe(true);
    expect(JSON.parse(check.stdout)).toHaveProperty('findings');
    for (const r of [align, check]) for (const name of HEAVY) expect(r.packages).not.toContain(name);
    // The trace does see packages: the text decoder is loaded for every run that reads a file.
    expect(align.packages).toContain('chardet');
  });

  it('export to DOCX still loads the DOCX writer when it runs', () => {
    const out = join(dir, 'out.docx');
    const r = loadedBy('export', `${sample}.zh.txt`, `${sample}.en.txt`, '--to', 'docx', '-o', out);
    expect(r.code).toBe(0);
    expect(r.packages).toContain('docx');
  });
});
