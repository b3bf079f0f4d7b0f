import { describe, expect, it } from 'vitest';
import { coverageLlr, sideRates } from '../core/align/verdict/member-gap';
import { consonantKey, isCovered, sourceWords, targetKeys, targetWords } from '../core/align/verdict/source-words';

describe('strong evidence: numbers and Latin tokens weighed at their own rates', () => {
  // Twelve translated sentences: 10 plain words (6 unmatched, as thin zh→ru dictionaries leave
  // them) and 2 numbers (both carried over); an unrelated sentence shows 1 plain word, no number.
  const pairs = Array.from({ length: 12 }, () => ({
    own: { words: 12, uncovered: 6, strong: { words: 2, uncovered: 0 } },
    other: { words: 12, uncovered: 11, strong: { words: 2, uncovered: 2 } },
  }));

  it('measures the strong words apart when the document has enough of them', () => {
    const r = sideRates(pairs)!;
    expect(r.split).toBeDefined();
    expect(r.split!.strong.miss).toBeCloseTo(1 / 26, 6);
    expect(r.split!.plain.miss).toBeCloseTo(73 / 122, 6);
    // Three of the twelve beads holding numbers are enough: Laplace rates, moderate but apart.
    const plainOnly = { own: { words: 10, uncovered: 6 }, other: { words: 10, uncovered: 9 } };
    const few = sideRates(pairs.map((p, k) => (k < 3 ? p : plainOnly)))!;
    expect(few.split!.strong.miss).toBeCloseTo(1 / 8, 6);
    expect(few.split!.strong.chance).toBeCloseTo(1 / 8, 6);
    // Only one: no over-dispersion can be measured from it, so the rates stay pooled.
    expect(sideRates(pairs.map((p, k) => (k < 1 ? p : plainOnly)))!.split).toBeUndefined();
  });

  it('makes a sentence whose numbers are all missing a loud gap, louder than the same count of plain words', () => {
    const r = sideRates(pairs)!;
    const withNumbers = coverageLlr(r, { words: 6, uncovered: 6, strong: { words: 3, uncovered: 3 } });
    const plainOnly = coverageLlr(r, { words: 6, uncovered: 6, strong: { words: 0, uncovered: 0 } });
    expect(withNumbers).toBeGreaterThan(plainOnly + 3);
    // Found numbers say "translated" even when every plain word is missing.
    expect(coverageLlr(r, { words: 6, uncovered: 3, strong: { words: 3, uncovered: 0 } })).toBeLessThan(-3);
    // Counts without a split are judged at the pooled rates, as before.
    expect(coverageLlr(r, { words: 6, uncovered: 6 })).toBeCloseTo(coverageLlr({ miss: r.miss, chance: r.chance, dispersion: r.dispersion }, { words: 6, uncovered: 6 }), 9);
  });

  it('marks Arabic numbers and Latin names strong, Russian acronyms and dictionary words not', () => {
    const words = sourceWords('2011 年 Carpanedo 与 NHC', 'ru', undefined);
    const strong = (t: string) => words.find((w) => w.text === t)?.strong;
    expect(strong('2011')).toBe(true);
    expect(strong('Carpanedo')).toBe(true);
    expect(strong('NHC')).toBe(false);
    expect(targetWords('В 2011 году Samsung выпустил часы.', 'ru').filter((w) => w.strong)).toHaveLength(2);
  });
});

describe('renderings a translation writes', () => {
  it('matches 20 世纪 60 年代 with the 1960s and 16 世纪 with XVI / 16th', () => {
    const [decade] = sourceWords('20 世纪 60 年代', 'ru', undefined);
    expect(decade!.text).toBe('20 世纪 60 年代');
    expect(isCovered(decade!, targetKeys(['В 1960-х годах он работал советником.'], 'ru'))).toBe(true);
    expect(isCovered(decade!, targetKeys(['In the 1960s he was an adviser.'], 'en'))).toBe(true);
    const [century] = sourceWords('16 世纪', 'ru', undefined);
    expect(isCovered(century!, targetKeys(['В XVI веке Парагвай возник.'], 'ru'))).toBe(true);
    expect(isCovered(century!, targetKeys(['In the 16th century Paraguay emerged.'], 'en'))).toBe(true);
    expect(isCovered(century!, targetKeys(['В XV веке.'], 'ru'))).toBe(false);
  });

  it('hears an h or the ж of дж as the transliterator may: John/Джон, Jerry/Джерри, Uthappa/Утхаппа', () => {
    expect(consonantKey('John')).toBe(consonantKey('Джон'));
    expect(consonantKey('Jerry')).toBe(consonantKey('Джерри'));
    expect(consonantKey('Uthappa')).toBe(consonantKey('Утхаппа'));
    expect(consonantKey('Johndroe')).toBe(consonantKey('Джондро'));
    expect(consonantKey('John')).not.toBe(consonantKey('Джек'));
  });
});
