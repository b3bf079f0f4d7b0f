/**
 * Implausible inputs are refused before anything is aligned: a source that is not Chinese, a source
 * and target given the wrong way round, a translation whose letters contradict its stated language
 * (core check and the built CLI, exit 2, one line), unless --force-langs; a mistyped flag gets one
 * line and a suggestion, not the whole help.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInputLangs, checkStatedLang, describeInputLangProblem } from '../core/formats/input-langs';
import { buildCli, CLI } from './fixtures/qa/build-cli';

const ZH = '中华人民共和国和俄罗斯联邦(以下称“双方”)声明如下。双方重申，维护全球战略稳定。';
const EN = 'The People’s Republic of China and the Russian Federation state as follows. The Parties reaffirm global strategic stability.';
const RU = 'Китайская Народная Республика и Российская Федерация заявляют следующее. Стороны подтверждают стратегическую стабильность.';

describe('checkInputLangs', () => {
  it('accepts a Chinese source quoting Latin names', () => {
    expect(checkInputLangs({ name: 's', text: `${ZH} NATO AUKUS` }, [{ name: 't', text: EN }])).toBeUndefined();
  });

  it('refuses an English or Russian source, naming what it looks like', () => {
    const en = checkInputLangs({ name: 'a.txt', text: EN }, [{ name: 'b.txt', text: RU }]);
    expect(en).toEqual({ kind: 'source-not-chinese', source: 'a.txt', looksLike: 'en' });
    expect(describeInputLangProblem(en!)).toBe('a.txt looks English, not Chinese: the source must be the Chinese text');
    expect(checkInputLangs({ name: 'a', text: RU }, [])).toMatchObject({ kind: 'source-not-chinese', looksLike: 'ru' });
    expect(checkInputLangs({ name: 'a', text: '2025 — 10' }, [])).toMatchObject({ kind: 'source-not-chinese', looksLike: undefined });
  });

  it('calls a Chinese target with a translated source a swap', () => {
    const p = checkInputLangs({ name: 'src.txt', text: EN }, [{ name: 'ru.txt', text: RU }, { name: 'zh.txt', text: ZH }]);
    expect(p).toEqual({ kind: 'swapped', source: 'src.txt', sourceLooksLike: 'en', target: 'zh.txt' });
    expect(describeInputLangProblem(p!)).toMatch(/^src\.txt looks English and zh\.txt Chinese — swapped\?/);
  });
});

describe('checkStatedLang', () => {
  it('refuses a translation whose letters are clearly another language, naming the file and both', () => {
    const p = checkStatedLang({ name: 't.txt', text: EN }, 'ru');
    expect(p).toEqual({ kind: 'not-stated-lang', target: 't.txt', stated: 'ru', looksLike: 'en' });
    expect(describeInputLangProblem(p!)).toBe('t.txt looks English, but was given as Russian');
    expect(checkStatedLang({ name: 't', text: RU }, 'en')).toMatchObject({ stated: 'en', looksLike: 'ru' });
    expect(checkStatedLang({ name: 't', text: ZH }, 'en')).toMatchObject({ looksLike: 'zh' });
  });

  it('accepts the stated language with quotations in another script, and a text without letters', () => {
    expect(checkStatedLang({ name: 't', text: RU }, 'ru')).toBeUndefined();
    expect(checkStatedLang({ name: 't', text: `${RU} (Strategic Stability, NATO, AUKUS, New START)` }, 'ru')).toBeUndefined();
    expect(checkStatedLang({ name: 't', text: `${EN} «Сила Сибири», ДСНВ` }, 'en')).toBeUndefined();
    expect(checkStatedLang({ name: 't', text: '2025 — 10' }, 'ru')).toBeUndefined();
  });
});

describe('duizhao refuses implausible inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-langs-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return name;
  };
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  beforeAll(() => {
    buildCli();
    file('s.zh.txt', ZH);
    file('s.en.txt', EN);
    file('s.ru.txt', RU);
    file('README.md', `# Duizhao 对照\n\n${EN}\n`);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['align', 's.en.txt', 's.ru.txt'],
    ['check', 's.en.txt', 's.ru.txt'],
    ['check', 'README.md', 's.en.txt'],
    ['export', 's.en.txt', 's.ru.txt', '--to', 'tmx'],
  ])('%s %s %s: exit 2, one line saying the source is not Chinese', (...args) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/looks (English|Russian), not Chinese.*--force-langs/);
  });

  it('swapped arguments: exit 2 and the question', () => {
    for (const args of [['align', 's.en.txt', 's.zh.txt', '--target-lang', 'en'], ['export', 's.en.txt', 's.zh.txt', '--to', 'tmx']]) {
      const r = run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^duizhao: s\.en\.txt looks English and s\.zh\.txt Chinese — swapped\?/);
    }
  });

  it.each([
    ['align', 's.zh.txt', 's.en.txt', '--target-lang', 'ru'],
    ['check', 's.zh.txt', 's.en.txt', 's.ru.txt', '--target-lang', 'ru,en'],
    ['export', 's.zh.txt', 's.en.txt', '--to', 'tmx', '--target-lang', 'ru'],
    ['draft', 's.zh.txt', 's.en.txt', '--to', 'ru', '--dry-run'],
  ])('%s %s %s: a stated language the letters contradict is exit 2, one line naming the file and both languages', (...args) => {
    const r = run(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('duizhao: s.en.txt looks English, but was given as Russian (--force-langs to go on anyway)\n');
  });

  it('--force-langs takes the stated language anyway: tagged as the user said', () => {
    const r = run('export', 's.zh.txt', 's.en.txt', '--to', 'tmx', '--target-lang', 'ru', '--force-langs', '--no-qa');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('xml:lang="ru-RU"');
    expect(run('align', 's.zh.txt', 's.ru.txt', '--target-lang', 'ru').code).toBe(0);
  });

  it('--force-langs goes on, and a Chinese source needs nothing', () => {
    expect(run('align', 's.en.txt', 's.ru.txt', '--force-langs').code).toBe(0);
    expect(run('align', 's.zh.txt', 's.en.txt').code).toBe(0);
  });

  it('a draft of a different document is aligned with a warning with the share of source evidence found; real drafts get none', () => {
    const sample = (name: string) => join(__dirname, '..', 'samples', name);
    const wrong = run('align', sample('strategic-stability-2025-05-08.zh.txt'), sample('joint-statement-2025-05-08.en.txt'));
    expect(wrong.code).toBe(0);
    expect(wrong.stderr).toMatch(/^duizhao: warning: .*joint-statement-2025-05-08\.en\.txt: \d+ % of the source's words, numbers and names are found in the aligned English, \d+ % by chance: \d+ % above chance, where translations show 45 % or more/);
    const wrongRu = run('check', sample('joint-statement-2025-05-08.zh.txt'), sample('strategic-stability-2025-05-08.ru.txt'));
    expect(wrongRu.stderr).toMatch(/strategic-stability-2025-05-08\.ru\.txt: .* is it a translation of this source\?/);
    for (const lang of ['en', 'ru']) {
      for (const doc of ['strategic-stability', 'joint-statement']) {
        const real = run('align', sample(`${doc}-2025-05-08.zh.txt`), sample(`${doc}-2025-05-08.${lang}.txt`));
        expect(real.stderr).toBe('');
      }
    }
  }, 60_000);

  it('a mistyped flag: the error and "Did you mean --format?", without the help', () => {
    const r = run('align', 's.zh.txt', 's.en.txt', '--fromat', 'json');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(["error: unknown option '--fromat'", '(Did you mean --format?)']);
  });
});
