/**
 * The coverage measure behind bench/lexicon-coverage.ts (core/align/lexicon-coverage.ts) and the
 * Russian key normalisation it showed was missing: ё and е are one letter to the aligner.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFromPairs } from '../core/align';
import { contentWords, coverageOf } from '../core/align/lexicon-coverage';
import { targetTokens } from '../core/align/target-tokens';

const entry = (stems: string[]) => ({ stems, pinyin: [] });
const lexicon = lexiconFromPairs([
  ['老鼠', entry(['крыс', 'мыш'])],
  ['糖尿病', entry(['диабет'])],
  ['现在', entry(['сейчас', 'тепер'])],
  ['月', entry(['месяц'])],
  ['我们', entry(['мы'])],
  ['的', entry([])],
  ['鼠', entry(['мыш'])],
  ['已', entry([])],
  ['四', entry(['четыр'])],
]);

describe('lexicon coverage', () => {
  it('splits a sentence into dictionary words, longest first, leaving out function words and numerals', () => {
    const words = contentWords('我们现在有四个月大的老鼠，已没有糖尿病。', lexicon).map((w) => w.text);
    // 我们, 有, 个, 的, 没有 are function words, 四 a numeral; 已 (a headword with no stems) and 大 (no
    // headword at all) still count: words the lexicon cannot show are what coverage measures.
    expect(words).toEqual(['现在', '月', '大', '老鼠', '已', '糖尿病']);
  });

  it('counts words with stems, found exactly, and found on the five-letter key', () => {
    const words = contentWords('现在老鼠没有糖尿病了已', lexicon);
    const c = coverageOf(words, 'Сейчас у мышей больше нет диабетических осложнений.', 'ru');
    // 现在 → сейчас, 老鼠 → мыш exactly; диабет matches диабетическ on its first five letters only.
    expect(c).toMatchObject({ has: 3, exact: 2, loose: 3 });
    expect(c.words).toBe(words.length);
    expect(coverageOf(words, 'Совсем другая фраза.', 'ru')).toMatchObject({ exact: 0, loose: 0 });
  });

  it('reads ё as е in Russian text, as the lexicon writes it', () => {
    const key = (text: string) => targetTokens(text, 'ru').filter((t) => t.kind === 'word').map((t) => t.key);
    expect(key('четырёхмесячные')).toEqual(key('четырехмесячные'));
    expect(key('твёрдо')).toEqual(['тверд']);
    // English is untouched.
    expect(targetTokens('Zoë', 'en').map((t) => t.key)).toContain('zoë');
  });
});
