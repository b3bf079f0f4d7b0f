import { snowballStem } from '../text/stem';
import { BoundedMemo } from '../text/bounded-memo';
import type { TargetLang } from '../model/types';
import { LETTER_CHAR, OTHER_CHAR, wordCharClass } from '../text/word-chars';
import { EN_POSSESSIVE, MIN_STEM_LENGTH, SAFE_STEM_LENGTH, SKIPPED_WORDS } from './data/target-words';

/** A word of an English or Russian text with its offsets and the keys it may match under. */
export interface WordToken {
  start: number;
  end: number;
  /** Inflection-free key: Snowball stem, or the whole lower-cased word when the stem is too short. */
  key: string;
  /** Set for all-capital words (UN, ООН, BRICS): matched case-sensitively before the stem is tried. */
  acronym?: string;
  /** An acronym written with full stops (U.N., U.S.A.): that spelling first, then its letters (acronym). */
  dotted?: string;
  /** The lower-cased word itself (ё folded): lets "Устав" (stem "уста") meet "Устава" (stem "устав"). */
  word: string;
  /** The key without trailing vowel letters (Russian): "ассамблея" stems to "ассамбле", "ассамблеи" to "ассамбл". */
  bare?: string;
}

/**
 * A word: letters and digits, with inner apostrophes (Organisation's). Hyphens, dashes and spaces
 * split words, so "Belt-and-Road" and "Belt and Road" give the same tokens; being maximal runs of
 * letters, a word is never found inside a longer one ("UN" in "UNESCO", "Устав" in "Уставной").
 * Capitals each followed by a full stop are one word (U.N., U.S.A.): the acronym a house style writes
 * with stops is still the acronym.
 */
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*['’]?/gu;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;
const CAPITAL = /^\p{Lu}$/u;
const FULL_STOP = 0x2e;
const UPPER_ONLY = /^[\p{Lu}\p{N}]+$/u;
const HAS_LETTER = /\p{L}/u;

/**
 * Snowball's Russian stemmer sometimes keeps a final vowel in one case form and not in another
 * (ассамблея → ассамбле, ассамблеи → ассамбл): the key with those letters cut is a third way in.
 */
const RU_TRAILING_VOWELS = /[аеёиоуыэюяйь]+$/u;

/** A cache, not an index: bounded so a long-running app reading many books does not grow forever. */
const KEY_CACHE_LIMIT = 200_000;
const keyCache: Record<TargetLang, BoundedMemo<string, string>> = {
  en: new BoundedMemo(KEY_CACHE_LIMIT, (folded) => keyOf(folded, 'en')),
  ru: new BoundedMemo(KEY_CACHE_LIMIT, (folded) => keyOf(folded, 'ru')),
};

/** Lower-cases and folds ё → е (Russian texts write "партнёрство" and "партнерство" alike). */
export function foldWord(word: string, lang: TargetLang): string {
  let w = word.toLowerCase();
  if (lang === 'ru') w = w.replace(/ё/g, 'е');
  else w = w.replace(EN_POSSESSIVE, '');
  return w;
}

/** The inflection-free key of a folded word. */
export function wordKey(folded: string, lang: TargetLang): string {
  return keyCache[lang].get(folded);
}

function keyOf(folded: string, lang: TargetLang): string {
  const stem = HAS_LETTER.test(folded) ? snowballStem(folded, lang) : folded;
  return stem.length >= MIN_STEM_LENGTH ? stem : folded;
}

/** The keys one word may match under, or null for a word term matching skips (an article). */
export function wordKeys(raw: string, lang: TargetLang): Omit<WordToken, 'start' | 'end'> | null {
  if (raw.length > 3 && raw.charCodeAt(raw.length - 1) === FULL_STOP && DOTTED_ACRONYM.test(raw)) {
    const letters = raw.replaceAll('.', '');
    const folded = foldWord(letters, lang);
    return { key: folded, word: folded, acronym: letters, dotted: raw };
  }
  const word = foldWord(raw, lang);
  if (word === '' || SKIPPED_WORDS[lang].has(word)) return null;
  const key = wordKey(word, lang);
  const keys: Omit<WordToken, 'start' | 'end'> = { key, word };
  if (lang === 'ru') {
    const bare = key.replace(RU_TRAILING_VOWELS, '');
    if (bare !== key && bare.length >= SAFE_STEM_LENGTH) keys.bare = bare;
  }
  const plain = raw.replace(EN_POSSESSIVE, '');
  if (plain.length >= 2 && UPPER_ONLY.test(plain) && HAS_LETTER.test(plain)) keys.acronym = plain;
  return keys;
}

function isApostrophe(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019;
}

/** Steps over code points of `text` from `at` while `keep` holds for their class; returns where it stopped. */
function skipWhile(text: string, at: number, keep: (charClass: number) => boolean): number {
  while (at < text.length) {
    const code = text.codePointAt(at)!;
    if (!keep(wordCharClass(code))) break;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

const isWordChar = (c: number): boolean => c !== OTHER_CHAR;
const isLetter = (c: number): boolean => c === LETTER_CHAR;

/**
 * The end of the word (WORD) that starts at `start`, where a letter, mark or number is: found by
 * walking the text, which the glossary scan of every target sentence does at a fraction of the cost
 * of matching the pattern (an array and a string per word).
 */
function wordEndAt(text: string, start: number): number {
  let at = skipWhile(text, start, isWordChar);
  // Inner apostrophes followed by letters (Organisation's), then one closing apostrophe (States').
  while (isApostrophe(text.charCodeAt(at)) && at + 1 < text.length && wordCharClass(text.codePointAt(at + 1)!) === LETTER_CHAR) at = skipWhile(text, at + 1, isLetter);
  return isApostrophe(text.charCodeAt(at)) ? at + 1 : at;
}

/** Whether a word (WORD) starts at `at`; else how many UTF-16 units to step over: 0 when one does. */
function nonWordWidth(text: string, at: number): number {
  const code = text.codePointAt(at)!;
  return wordCharClass(code) !== OTHER_CHAR ? 0 : code > 0xffff ? 2 : 1;
}

/** "non-" (any hyphen) right before a word: "non-nuclear-weapon states" is not "nuclear-weapon states". */
const NON_HYPHEN = /(?:^|[^\p{L}\p{N}])non[-\u2010\u2011]$/iu;

/**
 * Whether the word at `start` is negated by a hyphenated "non". Hyphens split words, so without
 * this "nuclear" of "non-nuclear" reads as "nuclear" (the matcher's spans, QA's rearranged reading).
 */
export function negatedByNon(text: string, start: number): boolean {
  return start >= 4 && NON_HYPHEN.test(text.slice(Math.max(0, start - 5), start));
}

/** A fresh copy of the word pattern (it is global: each scan needs its own lastIndex). */
export function wordPattern(): RegExp {
  return new RegExp(WORD.source, 'gu');
}

function isCapitalAt(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  return code !== undefined && CAPITAL.test(String.fromCodePoint(code));
}

/** Code units of the code point at `at`. */
function widthAt(text: string, at: number): number {
  return text.codePointAt(at)! > 0xffff ? 2 : 1;
}

/**
 * Where the dotted acronym (U.N., U.S.A.) that the word [start, end) begins ends — after its last
 * full stop —, or `end` when the word is not its first letter: a lone capital, then a full stop,
 * then at least one more capital and full stop.
 */
function dottedAcronymEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== FULL_STOP || end - start !== widthAt(text, start) || !isCapitalAt(text, start)) return end;
  let stop = end;
  while (isCapitalAt(text, stop + 1)) {
    const next = stop + 1 + widthAt(text, stop + 1);
    if (text.charCodeAt(next) !== FULL_STOP) break;
    stop = next;
  }
  return stop === end ? end : stop + 1;
}

/** Calls `visit` with the offsets of each word (WORD) of `text`, in order: walked, not matched. */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  for (let at = 0; at < text.length; ) {
    const skip = nonWordWidth(text, at);
    if (skip > 0) {
      at += skip;
      continue;
    }
    const start = at;
    at = dottedAcronymEnd(text, start, wordEndAt(text, start));
    visit(start, at);
  }
}

/** The words of a text (articles skipped), with offsets into `text`. */
export function wordTokens(text: string, lang: TargetLang): WordToken[] {
  const out: WordToken[] = [];
  forEachWord(text, (start, end) => {
    const keys = wordKeys(text.slice(start, end), lang);
    if (keys) out.push({ start, end, ...keys });
  });
  return out;
}
