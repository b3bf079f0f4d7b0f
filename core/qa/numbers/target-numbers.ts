import { EN_MONTHS, RU_MONTH_ABBREVIATIONS, RU_MONTH_STEMS } from '../data/months';
import { EN_NUMBER_WORDS, EN_SCALE_WORDS } from '../../numbers/en-number-words';
import { RU_NUMBER_STEMS, RU_SCALE_STEMS } from '../../numbers/ru-number-words';
import type { TargetLang } from '../../model/types';
import type { NumberToken } from './types';

/** The figures of a translated sentence. */
export interface TargetNumbers {
  /** Figures written in digits: a source figure must match one, and one matching none is reported. */
  digits: NumberToken[];
  /** Values also present in words ("eighty", "восьмидесятилетие"), months ("May", "мая") and scaled forms. */
  words: number[];
}

/**
 * en: 15,000.5; ru: 15 000,5 (space or no-break space between thousands, decimal comma). A figure
 * does not start after a digit or after a digit and a point or comma (the rest of one), but may
 * after a letter and a point ("Aug.6", "No.5").
 */
const DIGITS: Record<TargetLang, RegExp> = {
  en: /(?<!\d[.,]?)\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d[.,]?)\d+(?:\.\d+)?/gu,
  ru: /(?<!\d[.,]?)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|(?<!\d[.,]?)\d+(?:[.,]\d+)?/gu,
};

function parseDigits(text: string, lang: TargetLang): number {
  return lang === 'en' ? Number(text.replace(/,/g, '')) : Number(text.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
}

type StemTable = ReadonlyArray<readonly [string, number]>;

/** Stem tables bucketed by their first two letters: a word is compared with a handful of stems, not all. */
const buckets = new WeakMap<StemTable, Map<string, StemTable>>();

function bucketFor(word: string, table: StemTable): StemTable {
  let byPrefix = buckets.get(table);
  if (!byPrefix) {
    const map = new Map<string, Array<readonly [string, number]>>();
    for (const entry of table) {
      const key = entry[0].slice(0, 2);
      map.set(key, [...(map.get(key) ?? []), entry]);
    }
    byPrefix = map;
    buckets.set(table, byPrefix);
  }
  return byPrefix.get(word.slice(0, 2)) ?? [];
}

/** Longest stem of `table` that `word` starts with, allowing only a case ending after short stems. */
function stemValue(word: string, table: StemTable): number | undefined {
  let best: readonly [string, number] | undefined;
  for (const entry of bucketFor(word, table)) {
    const [stem] = entry;
    if (!word.startsWith(stem)) continue;
    // "сто" must not claim "стороны": short stems take at most a case ending.
    const maxEnding = stem.length <= 3 ? 3 : 6;
    if (word.length - stem.length > maxEnding) continue;
    if (!best || stem.length > best[0].length) best = entry;
  }
  return best?.[1];
}

/** A table's own entry: "constructor" is no number or month, though every object inherits one. */
function ownValue(table: Readonly<Record<string, number>>, key: string): number | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function wordValue(word: string, lang: TargetLang): { value: number; scale: boolean } | undefined {
  const lower = word.toLowerCase();
  if (lang === 'en') {
    const scale = ownValue(EN_SCALE_WORDS, lower);
    if (scale !== undefined) return { value: scale, scale: true };
    const value = ownValue(EN_NUMBER_WORDS, lower);
    return value === undefined ? undefined : { value, scale: false };
  }
  const scale = stemValue(lower, RU_SCALE_STEMS);
  if (scale !== undefined) return { value: scale, scale: true };
  const value = stemValue(lower, RU_NUMBER_STEMS);
  return value === undefined ? undefined : { value, scale: false };
}

/** The month a word names: a full name in any case form, or a Russian abbreviation followed by its stop. */
function monthValue(word: string, lang: TargetLang, nextChar: string | undefined): number | undefined {
  if (lang === 'en') return ownValue(EN_MONTHS, word);
  const lower = word.toLowerCase();
  const abbreviated = nextChar === '.' ? ownValue(RU_MONTH_ABBREVIATIONS, lower) : undefined;
  return abbreviated ?? stemValue(lower, RU_MONTH_STEMS);
}

/** A list number opening a heading or list item ("1. ", "2) "): numbering legitimately differs (一、 ↔ I.). */
const LIST_NUMBER = /^\s*\(?\d{1,2}[.)]\s/u;

/**
 * Figures in an English or Russian translation: numbers in digits (with "1.5 million" / "3 млрд"
 * scaling), number words and ordinals, and month names, so 5月8日 finds "8 May", "May 8" or "8 мая".
 */
export function extractTargetNumbers(text: string, lang: TargetLang, options: { words?: boolean } = {}): TargetNumbers {
  const digits: NumberToken[] = [];
  const words: number[] = [];
  if (!/\d/u.test(text) && options.words === false) return { digits, words };
  const listNumber = LIST_NUMBER.exec(text);
  for (const m of text.matchAll(DIGITS[lang])) {
    const start = m.index ?? 0;
    if (listNumber && start < listNumber[0].length) continue;
    const value = parseDigits(m[0], lang);
    if (!Number.isFinite(value)) continue;
    // "240 billion" is one figure, 2.4 × 10¹¹ (2400亿); the bare 240 may still meet a source 240.
    const after = /^[\s\u00A0]*(\p{L}+)/u.exec(text.slice(start + m[0].length));
    const scale = after?.[1] ? wordValue(after[1], lang) : undefined;
    if (scale?.scale && after) {
      const end = start + m[0].length + after[0].length;
      digits.push({ value: value * scale.value, span: { start, end }, text: text.slice(start, end) });
      words.push(value);
    } else {
      digits.push({ value, span: { start, end: start + m[0].length }, text: m[0] });
    }
  }
  if (options.words === false) return { digits, words };
  // Number words: consecutive ones combine ("twenty-one", "two thousand", "двух тысяч").
  let run: number | undefined;
  let small = 0;
  for (const m of text.matchAll(/\p{L}+|\d+|[^\s\p{L}\d-]/gu)) {
    const token = m[0];
    const month = monthValue(token, lang, text[m.index + token.length]);
    if (month !== undefined) words.push(month);
    const w = /^\p{L}+$/u.test(token) ? wordValue(token, lang) : undefined;
    if (!w) {
      if (token.toLowerCase() === 'and' && run !== undefined) continue;
      run = undefined;
      small = 0;
      continue;
    }
    words.push(w.value);
    if (w.scale) {
      run = ((run ?? 0) - small) + Math.max(small, 1) * w.value;
      small = 0;
    } else {
      run = (run ?? 0) + w.value;
      small += w.value;
    }
    words.push(run);
  }
  return { digits, words };
}
