/**
 * Word characters by code point, for scanners that walk a text instead of matching a Unicode
 * property regex on every word (a match allocates an array and a string per word, and a property
 * class is a range search per character). Each BMP unit is classified once per process, by the same
 * property escapes the regexes used, so a scanner built on this finds exactly their words.
 */

/** Not a letter, mark or number (punctuation, space, a lone surrogate…). */
export const OTHER_CHAR = 1;
/** \p{L} or \p{M}. */
export const LETTER_CHAR = 2;
/** \p{N}. */
export const NUMBER_CHAR = 3;

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;

/** BMP unit → class, 0 until first asked. */
const bmp = new Uint8Array(65536);

function classify(char: string): number {
  return LETTER_OR_MARK.test(char) ? LETTER_CHAR : NUMBER.test(char) ? NUMBER_CHAR : OTHER_CHAR;
}

/** The class of a code point (as `codePointAt` gives it: a lone surrogate is one of its own). */
export function wordCharClass(codePoint: number): number {
  if (codePoint > 0xffff) return classify(String.fromCodePoint(codePoint));
  let c = bmp[codePoint]!;
  if (c === 0) {
    c = classify(String.fromCharCode(codePoint));
    bmp[codePoint] = c;
  }
  return c;
}
