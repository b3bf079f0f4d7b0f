import { describe, expect, it } from 'vitest';
import { coverageLlr, logGamma, memberLlr, sideRates, type Counts, type SideRates } from '../core/align/verdict/member-gap';

const counts = (words: number, uncovered: number): Counts => ({ words, uncovered });

describe('memberLlr: a member of an n:1 bead judged beside its bead-mates', () => {
  // zh→ru-like rates: 55 % of a translated sentence's words unmatched, 10 % found by chance.
  const rates: SideRates = { miss: 0.55, chance: 0.1, dispersion: 1.3, rho: 0.04 };

  it('a member with none of 8 words found is a gap when its mate is well covered', () => {
    const wellCovered = memberLlr(rates, counts(8, 8), counts(12, 2));
    expect(wellCovered).toBeGreaterThan(3);
  });

  it('the same member is excused when the mate is rendered just as freely', () => {
    const free = memberLlr(rates, counts(8, 8), counts(12, 12));
    const wellCovered = memberLlr(rates, counts(8, 8), counts(12, 2));
    expect(free).toBeLessThan(wellCovered - 2);
  });

  it('a member whose words are found at the mate’s rate reads as translated', () => {
    expect(memberLlr(rates, counts(8, 3), counts(12, 4))).toBeLessThan(-2);
  });

  it('a member without evidence words says nothing', () => {
    expect(memberLlr(rates, counts(0, 0), counts(12, 2))).toBe(0);
  });

  it('rates without ρ (built by hand) fall back to the member’s own coverage', () => {
    const { rho: _rho, ...plain } = rates;
    expect(memberLlr(plain, counts(6, 5), counts(10, 1))).toBeCloseTo(coverageLlr(plain, counts(6, 5)), 10);
  });

  it('more text on the other side (a 2:2 bead) makes chance hits likelier, so found words weigh less', () => {
    expect(memberLlr(rates, counts(8, 6), counts(12, 3), 2)).toBeGreaterThan(memberLlr(rates, counts(8, 6), counts(12, 3), 1));
  });
});

describe('sideRates: ρ, how much one sentence’s recall varies around the document’s', () => {
  const pair = (words: number, uncovered: number) => ({ own: counts(words, uncovered), other: counts(words, words - 1) });

  it('is near 0 when every sentence misses the same share, and clearly positive when misses cluster', () => {
    const even = sideRates(Array.from({ length: 20 }, () => pair(10, 5)))!;
    const clustered = sideRates(Array.from({ length: 20 }, (_, k) => pair(10, k % 2 === 0 ? 1 : 9)))!;
    expect(even.rho).toBe(0);
    expect(clustered.rho!).toBeGreaterThan(0.3);
  });
});

describe('logGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 10);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 9);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 10);
    expect(logGamma(0.1)).toBeCloseTo(Math.log(9.513507698668732), 9);
  });
});

describe('dates written as digits in the translation', () => {
  it('"18.12" and "12/18/2021" render 12 月 18 日; "3.50" stays a decimal', async () => {
    const { isCovered, sourceWords, targetKeys } = await import('../core/align/verdict/source-words');
    const words = sourceWords('这个商品应该是 12 月 18 日就发货了', 'en', undefined).filter((w) => /\d/.test(w.text));
    expect(words.map((w) => w.text)).toEqual(['12', '18']);
    for (const t of ['The item was due to dispatch 18.12', 'It left on 12/18/2021']) {
      const keys = targetKeys([t], 'en');
      expect(words.every((w) => isCovered(w, keys))).toBe(true);
    }
    const decimal = targetKeys(['It cost 3.50 dollars'], 'en');
    const fifty = sourceWords('花了 50 元', 'en', undefined).filter((w) => w.text === '50');
    expect(fifty).toHaveLength(1);
    expect(isCovered(fifty[0]!, decimal)).toBe(false);
  });
});
