/**
 * The words of a sentence that spelling looks at, with offsets. URLs, e-mail addresses, markup tags
 * and placeholders are cut out first (their letters are not words), and a word glued to a digit
 * (5G, COVID-19, 2025年) is a code or a number, never a spelling.
 */

/** Spans that are not prose: URL, e-mail, <tag>, {1} / %s placeholders, &entity;. */
const NOT_PROSE = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|<\/?[A-Za-z][^<>]*>|\{[^{}\s]{0,20}\}|%(?:\d+\$)?[sdif]|&[A-Za-z]+;|&#\d+;/gu;

/**
 * A word: letters (with combining marks) and digits, joined by inner apostrophes or hyphens, so
 * "well-known", "по-новому" and "China's" are one word each.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’‑-][\p{L}\p{M}\p{N}]+)*/gu;
const DIGIT = /\p{N}/u;
/**
 * Every NOT_PROSE span contains one of these. Most sentences have none, and skipping the masking
 * then saves most of the tokenising time (the e-mail pattern retries at each letter of a word).
 */
const MAYBE_NOT_PROSE = /[@<{%&]|https?:|www\./u;

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
  for (const m of masked.matchAll(WORD)) {
    if (DIGIT.test(m[0])) continue;
    const word = m[0].includes('’') || m[0].includes('‑') ? m[0].replace(/[’‑]/gu, (c) => (c === '’' ? "'" : '-')) : m[0];
    out.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
