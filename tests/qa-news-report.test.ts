import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../core/qa';
import { makeProject } from './fixtures/qa/make-project';

// Another genre than the official statements: an economic news report (money in 万亿/亿/万, per cent
// and percentage points in one sentence, ranges 3至5 and 4.5%至5%, 三成, 两倍, 40多个), with an
// English and a Russian rendering as a news agency would write them ("94.97 trillion yuan", «30 млн
// юаней», «3–5 лет», «0,2 процентного пункта»). tests/fixtures/qa/news-report.{zh,en,ru}.txt, one
// sentence a line.
const lines = (lang: string): string[] =>
  readFileSync(join(__dirname, 'fixtures', 'qa', `news-report.${lang}.txt`), 'utf8').trimEnd().split('\n');
const zh = lines('zh');
const translations = { en: lines('en'), ru: lines('ru') } as const;

function findings(lang: 'en' | 'ru', target: readonly string[]): string[] {
  const project = makeProject({ [lang]: zh.map((s, i) => [s, target[i] ?? null]) });
  return runChecks(project).map((f) => `${f.check} #${f.bead}: ${f.message}`);
}

/** The report with line `line`'s `from` replaced by `to`. */
function planted(lang: 'en' | 'ru', line: number, from: string, to: string): string[] {
  const target = [...translations[lang]];
  expect(target[line]).toContain(from);
  target[line] = target[line]!.replace(from, to);
  return target;
}

describe('QA on a news report (en, ru)', () => {
  it('the fixture is line-aligned', () => {
    expect(translations.en).toHaveLength(zh.length);
    expect(translations.ru).toHaveLength(zh.length);
  });

  it.each(['en', 'ru'] as const)('%s: a correct rendering raises no finding', (lang) => {
    expect(findings(lang, translations[lang])).toEqual([]);
  });

  it.each([
    ['en', 1, 'down 0.2 percentage points', 'down 0.2 percent', 'The source has percentage points (“个百分点”), the translation per cent (“percent”).'],
    ['ru', 1, 'на 0,2 процентного пункта', 'на 0,2 %', 'The source has percentage points (“个百分点”), the translation per cent (“%”).'],
    ['en', 10, '0.1 percentage point higher', '0.1 percent higher', 'The source has percentage points (“个百分点”), the translation per cent (“percent”).'],
    ['en', 10, 'rose 0.4 percent', 'rose 0.4 percentage points', 'The source has per cent (“%”), the translation percentage points (“percentage points”).'],
    ['ru', 4, 'в течение 3–5 лет', 'в течение 3–6 лет', 'Number “5” in the source is not in the translation (which has “6”).'],
    ['ru', 4, '30 млн юаней', '300 млн юаней', 'Number “3000万” in the source is not in the translation (which has “300 млн”).'],
    ['en', 4, 'three to five years', 'three to six years', 'Number “5” in the source is not in the translation (which has “six”).'],
    ['en', 3, 'between 4.5 and 5 percent', 'between 4.5 and 6 percent', 'Number “5” in the source is not in the translation (which has “6”).'],
    ['ru', 7, '120 млн юаней', '12 млн юаней', 'Number “1.2亿” in the source is not in the translation (which has “12 млн”).'],
    ['en', 11, '200 billion', '20 billion', 'Number “2000亿” in the source is not in the translation (which has “20 billion”).'],
    ['en', 11, 'twice the level', 'three times the level', 'Number “两” in the source is not in the translation (which has “three”).'],
    ['ru', 8, 'на 30 %', 'на 20 %', 'Number “20” in the translation is not in the source.'],
    ['ru', 9, '3–5 ноября', '3–6 ноября', 'Number “5” in the source is not in the translation (which has “6”).'],
    ['en', 2, '10.22 million', '1.022 million', 'Number “1022万” in the source is not in the translation (which has “1.022 million”).'],
    ['ru', 6, '15 705 юаней', '15 750 юаней', 'Number “15705” in the source is not in the translation (which has “15 750”).'],
  ] as const)('%s line %i: "%s" → "%s" is one numbers finding', (lang, line, from, to, message) => {
    expect(findings(lang, planted(lang, line, from, to))).toEqual([`numbers.mismatch #${line}: ${message}`]);
  });
});
