/**
 * `-o -` is standard output (the Unix convention), for every command that takes -o: the output
 * arrives on stdout and no file named "-" appears. DOCX goes there as its bytes; draft writes its
 * project once, at the end of the run, never a project per batch (to /dev/stdout or a FIFO too).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { parseProject } from '../core/project';
import { buildCli, CLI } from './fixtures/qa/build-cli';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

const S = join(__dirname, '..', 'samples', 'strategic-stability-2025-05-08');
const dir = mkdtempSync(join(tmpdir(), 'duizhao-dash-'));

/** Run the built CLI in `dir`, stdout as bytes (the fake DeepL server lives in this process, so not spawnSync). */
function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: dir, env: { ...process.env, ...env }, encoding: 'buffer', maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr: stderr.toString('utf8') });
    });
  });
}

beforeAll(() => buildCli(), 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  expect(existsSync(join(dir, '-')), 'a file named "-" was written').toBe(false);
});

describe('-o - writes to standard output', () => {
  it('check: the report', async () => {
    const r = await cli(['check', `${S}.zh.txt`, `${S}.en.txt`, '--format', 'json', '-o', '-']);
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    expect(JSON.parse(r.stdout.toString('utf8'))).toHaveProperty('findings');
  }, 60_000);

  it('export: a text format, and DOCX as its bytes', async () => {
    const tmx = await cli(['export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'tmx', '-o', '-']);
    expect(tmx.code, tmx.stderr).toBe(0);
    expect(tmx.stdout.toString('utf8')).toMatch(/^<\?xml[^]*<tmx version="1\.4">[^]*双方/);
    const docx = await cli(['export', `${S}.zh.txt`, `${S}.en.txt`, '--to', 'docx', '--no-qa', '-o', '-']);
    expect(docx.code, docx.stderr).toBe(0);
    const zip = await JSZip.loadAsync(docx.stdout);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明');
  }, 60_000);

  describe('draft', () => {
    let fake: FakeDeepL;
    beforeEach(async () => {
      fake = await startFakeDeepL();
    });
    afterEach(() => fake.close());

    it.each([
      ['-', 'standard output'],
      ['/dev/stdout', '/dev/stdout'],
    ])('-o %s: one whole project on stdout, the notes on stderr', async (output, where) => {
      const env = { DEEPL_AUTH_KEY: FAKE_KEYS.free, DEEPL_SERVER_URL: fake.url, DUIZHAO_CACHE_DIR: join(dir, 'cache') };
      const r = await cli(['draft', `${S}.zh.txt`, '--to', 'ru', '--no-glossary', '-o', output], env);
      expect(r.code, r.stderr).toBe(0);
      // More than one batch: a project per batch would be several JSON documents in a row.
      expect(fake.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/translate')).length).toBeGreaterThan(1);
      expect(r.stderr).toContain(`segments drafted`);
      expect(r.stderr).toMatch(new RegExp(`→ ${where}\\n$`));
      const project = parseProject(r.stdout.toString('utf8'), 'stdout');
      expect(project.targets.ru?.paragraphs.length).toBeGreaterThan(0);
    }, 60_000);
  });
});
