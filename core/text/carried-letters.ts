/**
 * A Chinese sentence's length in the units translation scales, and the letters it carries over.
 *
 * Han characters are translated: their count times the document's ratio predicts the translation's
 * length. Latin (or other alphabetic) words in a Chinese source — product names, "iPhone 12 Pro",
 * "DHL" — are carried into the translation about letter for letter (copied, or transliterated), so
 * they add their own letter count to the translation, not the ratio's three letters per character.
 * Counted as Han characters they made a sentence with a long Latin name look badly under-translated.
 *
 * A parenthesised Latin gloss right after Han text ("海地正义与民主研究所 (Haitian Institute for
 * Justice and Democracy)") repeats the name before it: the translation renders the name once, so the
 * gloss adds nothing to the expected length and is not counted at all.
 */

const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const OPEN = new Set(['(', '（']);
const CLOSE = new Set([')', '）']);

export interface SourceLength {
  /** Han characters (and other non-alphabetic letters such as kana): what the ratio scales. */
  translated: number;
  /** Alphabetic letters outside glosses: carried into the translation one for one. */
  carried: number;
}

/** Splits a Chinese sentence's letters into translated and carried ones, glosses left out. */
export function sourceLength(text: string): SourceLength {
  let translated = 0;
  let carried = 0;
  let lastLetterHan = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.has(ch) && lastLetterHan) {
      const end = glossEnd(text, i);
      if (end !== undefined) {
        i = end;
        continue;
      }
    }
    if (!LETTER.test(ch)) continue;
    if (HAN.test(ch) || !isAlphabetic(ch)) {
      translated++;
      lastLetterHan = true;
    } else {
      carried++;
      lastLetterHan = false;
    }
  }
  return { translated, carried };
}

/** Alphabetic scripts whose words a translation carries over (Latin, Cyrillic, Greek). */
function isAlphabetic(ch: string): boolean {
  return /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(ch);
}

/**
 * Where the parenthesis opened at `open` closes, if what it holds is a gloss: alphabetic letters
 * and no Han character (nested parentheses allowed). Undefined otherwise (a Chinese aside, a date).
 */
function glossEnd(text: string, open: number): number | undefined {
  let depth = 0;
  let letters = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) {
      depth--;
      if (depth === 0) return letters > 0 ? i : undefined;
    } else if (HAN.test(ch)) return undefined;
    else if (LETTER.test(ch)) letters++;
  }
  return undefined;
}

/**
 * Letters and Han characters, the part of a text whose length translation scales. Digits are left
 * out: "2025年5月8日" ↔ "8 May 2025" keeps its digits, so they would skew a date line's ratio.
 */
export function contentLength(text: string): number {
  return text.replace(NON_LETTERS, '').length;
}

const NON_LETTERS = /[^\p{L}]+/gu;
