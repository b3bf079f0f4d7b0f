/**
 * The words of a sentence that spelling looks at, with offsets. URLs, e-mail addresses, markup tags
 * and placeholders are cut out first (their letters are not words), and a word glued to a digit
 * (5G, COVID-19, 2025年) is a code or a number, never a spelling.
 */
import { OTHER_CHAR, NUMBER_CHAR, wordCharClass } from '../text/word-chars';

/** Spans that are not prose: URL, e-mail, <tag>, {1} / %s placeholders, &entity;. */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|<\/?[A-Za-z][^<>]*>|\{[^{}\s]{0,20}\}|%(?:\d+\$)?[sdif]|&[A-Za-z]+;|&#\d+;/gu;

/**
 * Every NOT_PROSE span contains one of these. Most sentences have none, and skipping the masking
 * then saves most of the tokenising time (the e-mail pattern retries at each letter of a word).
 */
const MAYBE_NOT_PROSE = /[@<{%&]|https?:|www\./u;

/**
 * A word: letters (with combining marks) and digits, joined by inner apostrophes or hyphens, so
 * "well-known", "по-новому" and "China's" are one word each: the pattern
 * [\p{L}\p{M}\p{N}]+(?:['’‑-][\p{L}\p{M}\p{N}]+)* with the u flag, found by walking the text, which
 * costs a fraction of matching it (a match is an array and a string per word).
 */
function isJoiner(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019 || unit === 0x2011 || unit === 0x2d;
}

/** A word token: its text (curly apostrophe made straight) and where it is. */
export interface SpellToken {
  word: string;
  start: number;
  end: number;
}

/** The prose words of `text`, in order; numbers and words containing digits left out. */
export function spellTokens(text: string): SpellToken[] {
  const masked = MAYBE_NOT_PROSE.test(text) ? text.replace(NOT_PROSE, (m) => ' '.repeat(m.length)) : text;
  const out: SpellToken[] = [];
  let at = 0;
  while (at < masked.length) {
    const first = masked.codePointAt(at)!;
    if (wordCharClass(first) === OTHER_CHAR) {
      at += first > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    let digit = false;
    // Curly apostrophe or non-breaking hyphen inside: written straight in the token.
    let curly = false;
    for (;;) {
      while (at < masked.length) {
        const code = masked.codePointAt(at)!;
        const c = wordCharClass(code);
        if (c === OTHER_CHAR) break;
        if (c === NUMBER_CHAR) digit = true;
        at += code > 0xffff ? 2 : 1;
      }
      // A joiner continues the word only when a word character follows it.
      const joiner = masked.charCodeAt(at);
      if (!isJoiner(joiner) || at + 1 >= masked.length || wordCharClass(masked.codePointAt(at + 1)!) === OTHER_CHAR) break;
      if (joiner === 0x2019 || joiner === 0x2011) curly = true;
      at++;
    }
    if (digit) continue;
    const raw = masked.slice(start, at);
    out.push({ word: curly ? raw.replace(/[’‑]/gu, (c) => (c === '’' ? "'" : '-')) : raw, start, end: at });
  }
  return out;
}
