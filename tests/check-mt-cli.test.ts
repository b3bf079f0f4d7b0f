/**
 * `check --mt` and `check --deepl-mt`: machine translation of the source is alignment evidence for the
 * target in its language only (an English MT says nothing about a Russian draft), and DeepL's comes
 * through deepl-node against the fake DeepL server, cached. The MT reaching the verdicts shows in
 * the partial-omission finding, which quotes the MT's rendering of the lost tail.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureLines } from './align-helpers';
import { buildCli, CLI } from './fixtures/qa/build-cli';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

const zh = fixtureLines('strategic-stability/zh.txt');
const ru = fixtureLines('strategic-stability/ru.txt');
/** A stand-in for DeepL's Russian: the published translation with every fourth word left out. */
const mtRu = ru.map((s) => s.split(' ').filter((_, k) => k % 4 !== 3).join(' '));
/** The draft drops sentence 5 and stops sentence 3 at its first comma. */
const draftRu = ru.flatMap((s, j) => (j === 5 ? [] : j === 3 ? [s.slice(0, s.indexOf(',')) + '.'] : [s]));
/** The English draft stops its fourth sentence at the first comma. */
const en = fixtureLines('strategic-stability/en.txt').map((s, j) => (j === 3 ? s.slice(0, s.indexOf(',')) + '.' : s));

let fake: FakeDeepL;
let dir: string;

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DEEPL_AUTH_KEY: FAKE_KEYS.free, DEEPL_SERVER_URL: fake.url, DUIZHAO_CACHE_DIR: join(dir, 'cache') };
    execFile('node', [CLI, ...args], { cwd: dir, env }, (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

function write(name: string, lines: string[]): string {
  writeFileSync(join(dir, name), lines.join('\n') + '\n');
  return name;
}

type Finding = { check: string; message: string; target?: string; lang?: string };
const completeness = (stdout: string): Finding[] => (JSON.parse(stdout) as { findings: Finding[] }).findings.filter((f) => f.check.startsWith('completeness.'));
const quotesMt = (f: Finding) => f.message.includes('the machine translation renders it as');

beforeAll(() => buildCli(), 60_000);
beforeEach(async () => {
  fake = await startFakeDeepL({ translations: new Map(zh.map((z, k) => [z, mtRu[k]!])) });
  dir = mkdtempSync(join(tmpdir(), 'duizhao-check-mt-'));
  write('zh.txt', zh);
  write('ru.txt', draftRu);
  write('en.txt', en);
  write('mt-ru.txt', mtRu);
});
afterEach(() => fake.close());

describe('check with machine translation of the source', () => {
  it('--mt in Russian is evidence for the Russian draft only: its findings quote the MT, the English ones never do', async () => {
    const r = await cli(['check', 'zh.txt', 'en.txt', 'ru.txt', '--presegmented', '--mt', 'mt-ru.txt', '--format', 'json']);
    expect(r.stderr).toBe('');
    const findings = completeness(r.stdout);
    const ruQuoting = findings.filter((f) => f.lang === 'ru' && quotesMt(f));
    expect(ruQuoting.length).toBeGreaterThan(0);
    for (const f of ruQuoting) expect(f.message).toMatch(/renders it as “[^”]*[а-я]/);
    // The English draft's cut sentence is found from the dictionary alone: before, the English
    // verdicts read the Russian MT too and quoted it ("the machine translation renders it as «устранять…»").
    const english = findings.filter((f) => f.lang === 'en');
    expect(english.map((f) => f.check)).toContain('completeness.partial-omission');
    for (const f of english) expect(f.message).not.toMatch(/[а-яё]/i);
    const plain = completeness((await cli(['check', 'zh.txt', 'en.txt', 'ru.txt', '--presegmented', '--format', 'json'])).stdout);
    expect(english).toEqual(plain.filter((f) => f.lang === 'en'));
    expect(fake.translateRequests()).toEqual([]);
  });

  it('refuses an --mt file in a language no target has, or two in one language, naming the file', async () => {
    const wrongLang = await cli(['check', 'zh.txt', 'en.txt', '--presegmented', '--mt', 'mt-ru.txt']);
    expect(wrongLang.code).toBe(2);
    expect(wrongLang.stderr).toMatch(/--mt mt-ru\.txt is Russian machine translation, but no Russian translation was given/);
    const twice = await cli(['check', 'zh.txt', 'en.txt', 'ru.txt', '--presegmented', '--mt', 'mt-ru.txt', '--mt', 'ru.txt']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/--mt ru\.txt: mt-ru\.txt is already the Russian machine translation/);
    const align = await cli(['align', 'zh.txt', 'en.txt', '--presegmented', '--mt', 'mt-ru.txt']);
    expect(align.code).toBe(2);
    expect(align.stderr).toMatch(/--mt mt-ru\.txt is Russian machine translation, but no Russian translation was given/);
  });

  it('--deepl-mt translates the source into the target language through deepl-node, once: a re-check reads the cache', async () => {
    const without = completeness((await cli(['check', 'zh.txt', 'ru.txt', '--presegmented', '--format', 'json'])).stdout);
    expect(without.filter(quotesMt)).toEqual([]);
    const first = await cli(['check', 'zh.txt', 'ru.txt', '--presegmented', '--deepl-mt', '--format', 'json']);
    expect(first.stderr).toMatch(/machine translation for alignment \(zh→ru\): 0 sentences from the cache, [1-9]\d* characters sent/);
    const requests = fake.translateRequests();
    expect(requests.length).toBeGreaterThan(0);
    for (const q of requests) expect(q.params.target_lang?.map((l) => l.toUpperCase())).toEqual(['RU']);
    expect(requests.flatMap((q) => q.params.text!)).toEqual(zh);
    const withMt = completeness(first.stdout);
    expect(withMt.filter(quotesMt).length).toBeGreaterThan(0);
    const second = await cli(['check', 'zh.txt', 'ru.txt', '--presegmented', '--deepl-mt', '--format', 'json']);
    expect(second.stderr).toMatch(/\(zh→ru\): 16 sentences from the cache, 0 characters sent/);
    expect(fake.translateRequests()).toHaveLength(requests.length);
    expect(completeness(second.stdout)).toEqual(withMt);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['mt-cache.json']);
  });

  it('--deepl-mt without a key says how to give one, and sends nothing', async () => {
    const r = await new Promise<{ code: number; stderr: string }>((resolve) => {
      const env: NodeJS.ProcessEnv = { ...process.env, DEEPL_SERVER_URL: fake.url, DUIZHAO_CACHE_DIR: join(dir, 'cache') };
      delete env.DEEPL_AUTH_KEY;
      execFile('node', [CLI, 'check', 'zh.txt', 'ru.txt', '--presegmented', '--deepl-mt'], { cwd: dir, env }, (err, _out, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }));
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no DeepL key: set DEEPL_AUTH_KEY/);
    expect(fake.translateRequests()).toEqual([]);
  });
});
