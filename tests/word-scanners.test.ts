/**
 * The word scanners that walk a text instead of matching a Unicode property regex find exactly the
 * regex's words: each is compared here with the pattern it replaced, on fixed cases and on random
 * strings over the characters that decide a word's edges (letters, marks, digits of several
 * scripts, astral letters, lone surrogates, apostrophes, hyphens).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellTokens } from '../core/spelling/tokenize';
import { wordKeys, wordTokens } from '../core/glossary/term-tokens';
import type { TargetLang } from '../core/model';
import { hasRepeat } from '../core/qa/checks/words-doubled';

/** The spelling tokenizer as it was written with regexes (round 12). */
function spellTokensByRegex(text: string): Array<{ word: string; start: number; end: number }> {
  const MAYBE_NOT_PROSE = /[@<{%&]|https?:|www\./u;
  const NOT_PROSE = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|<\/?[A-Za-z][^<>]*>|\{[^{}\s]{0,20}\}|%(?:\d+\$)?[sdif]|&[A-Za-z]+;|&#\d+;/gu;
  const masked = MAYBE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : text;
  const out = [];
  for (const m of masked.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’‑-][\p{L}\p{M}\p{N}]+)*/gu)) {
    if (/\p{N}/u.test(m[0])) continue;
    const word = m[0].includes('’') || m[0].includes('‑') ? m[0].replace(/[’‑]/gu, (c) => (c === '’' ? "'" : '-')) : m[0];
    out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Characters at a word's edges: letters, marks, numbers, joiners, spaces, astral and broken surrogates. */
const pieces = [
  'a', 'Z', 'é', 'ж', 'Ё', '中', '文', '\u0301', '\u0903', '1', '٣', '²', 'Ⅻ', "'", '’', '‑', '-', '—', ' ', '\u00a0',
  '.', ',', '@', '<b>', 'http://x.org', '{1}', '%s', '&amp;', '\ud835\udc00', '\ud800', '\udc00', '\ud83d\ude00', '𝟙', "n't", 'по-новому',
  'U.', 'N.', 'С.', 'U.N.',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(''));

describe('spellTokens walks the text and finds the regex words', () => {
  it('on fixed cases', () => {
    for (const s of ["China's well-known по‑новому 5G COVID-19 rock’n’roll", "end' -start", 'a--b', "x''y", '\ud835\udc00\ud835\udc01 x\u0301y', 'mail a@b.cd <i>x</i> ok']) {
      expect(spellTokens(s)).toEqual(spellTokensByRegex(s));
    }
    expect(spellTokens("rock’n’roll COVID-19 5G well-known").map((t) => t.word)).toEqual(["rock'n'roll", 'well-known']);
  });
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), (s) => {
        expect(spellTokens(s)).toEqual(spellTokensByRegex(s));
      }),
      { numRuns: 3000 },
    );
  });
});

/** The glossary's word tokens as the WORD pattern finds them (round 12, dotted acronyms since round 14). */
function wordTokensByRegex(text: string, lang: TargetLang): ReturnType<typeof wordTokens> {
  const out = [];
  for (const m of text.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu)) {
    const keys = wordKeys(m[0], lang);
    if (keys) out.push({ start: m.index, end: m.index + m[0].length, ...keys });
  }
  return out;
}

describe('the glossary word scan walks the text and finds the WORD pattern words', () => {
  it('on fixed cases', () => {
    for (const s of ["the States' Organisation's ‘Iron Dome’ ab'1 ab'cd1 x''", 'Устав ООН, 5G-сети, n\u0303o', '\ud835\udc00b\ud800c', 'U.N. U.S.A.x AU.N. U.N U.NO. \ud835\udc00.\ud835\udc01. С.Ш.А.']) {
      expect(wordTokens(s, 'en')).toEqual(wordTokensByRegex(s, 'en'));
      expect(wordTokens(s, 'ru')).toEqual(wordTokensByRegex(s, 'ru'));
    }
    expect(wordTokens("the States' Organisation's ab'1", 'en').map((t) => text(t))).toEqual(["States'", "Organisation's", "ab'", '1']);
    function text(t: { start: number; end: number }): string {
      return "the States' Organisation's ab'1".slice(t.start, t.end);
    }
  });
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), fc.constantFrom<TargetLang>('en', 'ru'), (s, lang) => {
        expect(wordTokens(s, lang)).toEqual(wordTokensByRegex(s, lang));
      }),
      { numRuns: 3000 },
    );
  });
});

/** words.doubled's pre-test as it was in round 11: each piece sliced and compared with the previous one. */
function hasRepeatBySlices(text: string): boolean {
  const s = text.toLowerCase();
  const isLetterOrDigit = (at: number): boolean => {
    const unit = s.charCodeAt(at);
    const pairStart = unit >= 0xdc00 && unit <= 0xdfff && at > 0 && s.charCodeAt(at - 1) >= 0xd800 && s.charCodeAt(at - 1) <= 0xdbff ? at - 1 : at;
    return /[\p{L}\p{N}]/u.test(String.fromCodePoint(s.codePointAt(pairStart)!));
  };
  let previous = '';
  for (let i = 0; i < s.length; ) {
    if (/\s/u.test(s[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < s.length && !/\s/u.test(s[end]!)) end++;
    let a = i;
    let b = end;
    while (a < b && !isLetterOrDigit(a)) a++;
    while (b > a && !isLetterOrDigit(b - 1)) b--;
    const piece = s.slice(a, b);
    if (piece !== '' && piece === previous) return true;
    previous = piece;
    i = end;
  }
  return false;
}

describe('words.doubled pre-test compares pieces in place', () => {
  it('on fixed cases', () => {
    expect(hasRepeat('supplies supplies, and (or or')).toBe(true);
    expect(hasRepeat('The the end')).toBe(true);
    expect(hasRepeat('a ab b')).toBe(false);
    expect(hasRepeat('и, и')).toBe(true);
  });
  it('on random strings', () => {
    const words = fc.array(fc.constantFrom('the', 'The', 'a', 'ab', 'и', 'И', ',', '(', '\ud835\udc00', '1', ' ', '  ', '\u00a0', '-', 'İ'), { maxLength: 20 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.oneof(words, fc.string({ unit: 'binary', maxLength: 30 })), (s) => {
        expect(hasRepeat(s)).toBe(hasRepeatBySlices(s));
      }),
      { numRuns: 3000 },
    );
  });
});
