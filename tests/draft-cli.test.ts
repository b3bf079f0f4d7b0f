import { execFile } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allSentences } from '../core/model';
import { parseProject } from '../core/project';
import { buildCli, CLI } from './fixtures/qa/build-cli';
import { FAKE_KEYS, startFakeDeepL } from './helpers/fake-deepl-server';
import type { FakeDeepL } from './helpers/fake-deepl-server';

const ROOT = join(__dirname, '..');
const ZH = join(ROOT, 'samples', 'strategic-stability-2025-05-08.zh.txt');
const EN = join(ROOT, 'samples', 'strategic-stability-2025-05-08.en.txt');

let fake: FakeDeepL;
let dir: string;

/** Run the built CLI asynchronously (the fake server lives in this process and must keep answering). */
function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, DEEPL_AUTH_KEY: FAKE_KEYS.free, DEEPL_SERVER_URL: fake.url, DUIZHAO_CACHE_DIR: join(dir, 'cache'), ...env };
    for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
    execFile('node', [CLI, ...args], { cwd: dir, env: childEnv }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Every file the CLI wrote under the test folder, as text. */
function writtenFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out.push(readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir);
  return out;
}

beforeAll(() => buildCli(), 60_000);
beforeEach(async () => {
  fake = await startFakeDeepL();
  dir = mkdtempSync(join(tmpdir(), 'duizhao-draft-'));
});
afterEach(async () => {
  for (const text of writtenFiles()) for (const key of Object.values(FAKE_KEYS)) expect(text).not.toContain(key);
  await fake.close();
});

describe('duizhao draft', () => {
  it('--dry-run prints the cost and sends nothing, even with a key set', async () => {
    const r = await cli(['draft', ZH, '--to', 'ru', '--dry-run']);
    expect(r.code).toBe(0);
    const [, segments, characters] = /(\d+) segments without translation, (\d+) characters/.exec(r.stdout)!;
    expect(Number(segments)).toBeGreaterThan(40);
    expect(fake.requests).toEqual([]);
    // The estimate is what a real run then sends.
    const real = await cli(['draft', ZH, '--to', 'ru', '--no-glossary', '-o', 'out.duizhao.json']);
    expect(real.code).toBe(0);
    const sent = fake.translateRequests().flatMap((q) => q.params.text!);
    expect(sent).toHaveLength(Number(segments));
    expect(sent.reduce((n, t) => n + Array.from(t).length, 0)).toBe(Number(characters));
  });

  it('fills only the gap of an aligned translation, glossary applied, and writes a project without the key', async () => {
    const r = await cli(['draft', ZH, EN, '--to', 'en-US', '-o', 'p.duizhao.json']);
    expect(r.stderr).toMatch(/1 of 1 segments drafted/);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain(FAKE_KEYS.free);
    const project = parseProject(readFileSync(join(dir, 'p.duizhao.json'), 'utf8'), 'p.duizhao.json');
    const mt = allSentences(project.targets.en!).filter((s) => s.status === 'mt');
    expect(mt).toHaveLength(1);
    expect(mt[0]!.text).toMatch(/^\[EN-US\] /);
    expect(project.settings.englishVariant).toBe('en-US');
    const [request] = fake.translateRequests();
    expect(request!.params.glossary_id).toEqual([[...fake.glossaries.keys()][0]]);
    expect(fake.glossaries.size).toBe(1);
    expect([...fake.glossaries.values()][0]!.dictionaries.map((d) => d.target_lang)).toEqual(['en', 'ru']);

    // Run again on the written project: nothing left to draft, nothing sent.
    const again = await cli(['draft', 'p.duizhao.json', '--to', 'en-US']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/nothing to draft/);
    expect(fake.translateRequests()).toHaveLength(1);
  });

  it('an unchanged term base is uploaded once and reused', async () => {
    await cli(['draft', ZH, EN, '--to', 'en-GB', '-o', 'a.duizhao.json']);
    const second = await cli(['draft', ZH, EN, '--to', 'en-GB', '-o', 'b.duizhao.json']);
    expect(second.stderr).toMatch(/unchanged, reused/);
    expect(fake.requests.filter((q) => q.method === 'POST' && q.path === '/v3/glossaries')).toHaveLength(1);
  });

  it('an edited term base replaces its DeepL glossary: the superseded one is deleted, nothing else', async () => {
    copyFileSync(join(ROOT, 'glossary', 'set-phrases.csv'), join(dir, 'team.csv'));
    const first = await cli(['draft', ZH, EN, '--to', 'en-GB', '--glossary', 'team.csv', '-o', 'a.duizhao.json']);
    expect(first.code).toBe(0);
    const [oldId] = [...fake.glossaries.keys()];
    appendFileSync(join(dir, 'team.csv'), '战略稳定,strategic stability,стратегическая стабильность,,,,\n');
    const second = await cli(['draft', ZH, EN, '--to', 'en-GB', '--glossary', 'team.csv', '-o', 'b.duizhao.json']);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/glossary duizhao-[0-9a-f]{16} \(\d+ zh→en, \d+ zh→ru entries; uploaded\)/);
    expect(second.stderr).toMatch(/deleted the superseded glossary duizhao-[0-9a-f]{16} from the DeepL account/);
    expect(fake.requests.filter((q) => q.method === 'DELETE').map((q) => q.path)).toEqual([`/v3/glossaries/${oldId}`]);
    expect(fake.glossaries.size).toBe(1);
    expect(fake.translateRequests().at(-1)!.params.glossary_id).toEqual([...fake.glossaries.keys()]);
  });

  it('without a key: exit 2 and a message naming DEEPL_AUTH_KEY', async () => {
    const r = await cli(['draft', ZH, '--to', 'ru'], { DEEPL_AUTH_KEY: undefined });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/DEEPL_AUTH_KEY/);
    expect(fake.requests).toEqual([]);
  });

  it('a refused key: exit 2 (configuration), a message about the key, no file written', async () => {
    const r = await cli(['draft', ZH, '--to', 'ru', '-o', 'x.duizhao.json'], { DEEPL_AUTH_KEY: 'wrong-key-123' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refused the authentication key/);
    expect(r.stderr).not.toContain('wrong-key-123');
    expect(existsSync(join(dir, 'x.duizhao.json'))).toBe(false);
  });

  it('quota exceeded halfway: exit 1, the drafts already received are saved', async () => {
    fake.faults.push({ path: '/v2/translate', skip: 1, status: 456, times: 99 });
    const r = await cli(['draft', ZH, '--to', 'ru', '--no-glossary', '-o', 'half.duizhao.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/quota .* used up.* (\d+) of (\d+) segments drafted .*saved to half\.duizhao\.json/);
    const project = parseProject(readFileSync(join(dir, 'half.duizhao.json'), 'utf8'), 'half');
    expect(allSentences(project.targets.ru!).map((s) => s.text)).toEqual(fake.translateRequests()[0]!.params.text!.map((t) => `[RU] ${t}`));
  });

  it('a reply that is not valid JSON is asked again, and the characters billed are what DeepL counted', async () => {
    fake.faults.push({ path: '/v2/translate', status: 'malformed' });
    const r = await cli(['draft', ZH, '--to', 'ru', '--no-glossary', '-o', 'retried.duizhao.json']);
    expect(r.code).toBe(0);
    const billed = Number(/\((\d+) characters billed\)/.exec(r.stderr)?.[1]);
    // The unreadable reply was billed too: the total is the server's count, more than the text once.
    expect(billed).toBe(fake.usage.count);
    const sentOnce = fake.translateRequests().slice(1).reduce((n, q) => n + q.params.text!.reduce((m, t) => m + Array.from(t).length, 0), 0);
    expect(billed).toBeGreaterThan(sentOnce);
    const project = parseProject(readFileSync(join(dir, 'retried.duizhao.json'), 'utf8'), 'retried');
    expect(allSentences(project.targets.ru!).every((x) => x.text.startsWith('[RU] '))).toBe(true);
  });

  it('replies that stay unreadable end the run with a clear error after three attempts, billed as counted', async () => {
    fake.faults.push({ path: '/v2/translate', status: 'malformed', times: 99 });
    const r = await cli(['draft', ZH, '--to', 'ru', '--no-glossary', '-o', 'broken.duizhao.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/reply could not be read \(not valid JSON\) 3 times in a row/);
    expect(r.stderr).not.toMatch(/Error parsing|SyntaxError|at .*\.js/);
    expect(fake.translateRequests()).toHaveLength(3);
    expect(Number(/\((\d+) characters billed\)/.exec(r.stderr)?.[1])).toBe(fake.usage.count);
  });

  it('a short reply (texts and billed_characters left out) reports what DeepL counted and drafts only what came back', async () => {
    fake.faults.push({ path: '/v2/translate', status: 'short' });
    const r = await cli(['draft', ZH, '--to', 'ru', '--no-glossary', '-o', 'short.duizhao.json']);
    expect(Number(/\((\d+) characters billed\)/.exec(r.stderr)?.[1])).toBe(fake.usage.count);
    const first = fake.translateRequests()[0]!.params.text!;
    const drafted = allSentences(parseProject(readFileSync(join(dir, 'short.duizhao.json'), 'utf8'), 'short').targets.ru!).map((x) => x.text);
    const kept = Math.ceil(first.length / 2);
    for (const t of first.slice(0, kept)) expect(drafted).toContain(`[RU] ${t}`);
    for (const t of first.slice(kept)) expect(drafted).not.toContain(`[RU] ${t}`);
  });

  it('without -o: an existing NAME.duizhao.json beside the source is not overwritten unless --force', async () => {
    copyFileSync(ZH, join(dir, 'talk.zh.txt'));
    const existing = join(dir, 'talk.duizhao.json');
    writeFileSync(existing, 'the translator\'s work');
    const refused = await cli(['draft', 'talk.zh.txt', '--to', 'ru', '--no-glossary']);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/talk\.duizhao\.json exists .*--force/);
    expect(readFileSync(existing, 'utf8')).toBe('the translator\'s work');
    expect(fake.translateRequests()).toEqual([]);
    const forced = await cli(['draft', 'talk.zh.txt', '--to', 'ru', '--no-glossary', '--force']);
    expect(forced.code).toBe(0);
    expect(parseProject(readFileSync(existing, 'utf8'), existing).targets.ru).toBeDefined();
  });

  it('--align-with-mt pays for the source translation once: the second run reads it from the cache', async () => {
    const first = await cli(['draft', ZH, EN, '--to', 'en-GB', '--no-glossary', '--align-with-mt', '-o', 'm1.duizhao.json']);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/machine translation for alignment \(zh→en-GB\): 0 sentences from the cache, [1-9]\d* characters sent/);
    const second = await cli(['draft', ZH, EN, '--to', 'en-GB', '--no-glossary', '--align-with-mt', '-o', 'm2.duizhao.json']);
    expect(second.stderr).toMatch(/machine translation for alignment \(zh→en-GB\): \d+ sentences from the cache, 0 characters sent/);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['mt-cache.json']);
  });
});
