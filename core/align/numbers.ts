import { EN_NUMBER_WORDS, EN_SCALE_WORDS, NOT_ALIGNMENT_EVIDENCE } from '../numbers/en-number-words';
import { parseChineseNumeral, ZH_LARGE_UNITS, ZH_NUMERAL_CHARS, ZH_SMALL_UNITS } from '../numbers/zh-numerals';
import { ruNumberWordForAlignment, ruScaleForAlignment } from '../numbers/ru-number-words';

/** Characters that can make up a Chinese numeral (core/numbers, shared with QA). */
export { ZH_NUMERAL_CHARS };

/** Chinese multipliers after Arabic digits ("200万", "2.5亿"). */
export const ZH_MULTIPLIERS: Readonly<Record<string, number>> = { ...ZH_SMALL_UNITS, ...ZH_LARGE_UNITS };

/**
 * Value of a Chinese numeral such as 二十一, 一九九八, 三千五百万, 两, 叁拾: core/numbers' one parser,
 * the one QA reads figures with. Undefined when the run is not a well-formed number.
 */
export const parseZhNumeral = parseChineseNumeral;

/** Value of an Arabic number token ("1,200", "3.5", "２０"); undefined if it is not one. */
export function parseArabic(token: string): number | undefined {
  const clean = token.replace(/[,\s]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(clean)) return undefined;
  return Number(clean);
}

/**
 * Numbers spelled out in an English token stream, e.g. ["twenty", "one"] → 21, ["three", "hundred"] → 300.
 * Returns one value per maximal run of number words, with the index of the run's first token.
 */
export function englishNumberRuns(words: readonly string[]): Array<{ index: number; value: number }> {
  const out: Array<{ index: number; value: number }> = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i]!;
    if (!EN_NUMBER_MAP.has(first) && !EN_MULTIPLIER_MAP.has(first)) {
      i++;
      continue;
    }
    const start = i;
    let total = 0;
    let current = 0;
    while (i < words.length) {
      const w = words[i]!;
      const number = EN_NUMBER_MAP.get(w);
      const multiplier = EN_MULTIPLIER_MAP.get(w);
      if (number !== undefined) current += number;
      else if (w === 'one' && i > start) current += 1; // "twenty-one"; a lone "one" is too often a pronoun
      else if (multiplier !== undefined) {
        current = (current || 1) * multiplier;
        if (multiplier >= 1000) {
          total += current;
          current = 0;
        }
      } else if (w !== 'and' || i === start) break;
      i++;
    }
    out.push({ index: start, value: total + current });
  }
  return out;
}

/**
 * The word tables as Maps: every word of a document is looked up, and `in` on a plain object
 * would also find Object.prototype's members ("constructor").
 */
const EN_NUMBER_MAP = new Map(Object.entries(EN_NUMBER_WORDS).filter(([w]) => !NOT_ALIGNMENT_EVIDENCE.has(w)));
const EN_MULTIPLIER_MAP = new Map(Object.entries(EN_SCALE_WORDS));

/** Value of a Russian number word (any case form), or undefined: core/numbers' table, read as the aligner must. */
export const russianNumberWord = ruNumberWordForAlignment;

/** The multiplier a word applies to a number written before it ("million", "млрд"), if any. */
export function numberScale(word: string, lang: 'en' | 'ru'): number | undefined {
  if (lang === 'en') return EN_MULTIPLIER_MAP.get(word);
  return ruScaleForAlignment(word);
}

/** The canonical key under which a number takes part in matching. */
export function numberKey(value: number): string {
  // 0.3 × 10⁴ is 3000.0000000000005 in floating point; it must still meet "3,000".
  const whole = Math.round(value);
  return `#${Math.abs(value - whole) < 1e-9 * Math.max(1, Math.abs(value)) ? whole : value.toFixed(2)}`;
}

/** Units of a text's structure that 第 + a numeral label: 第四条 "Article 4", 第二章 "Chapter II", 第5段 "paragraph 5". */
const STRUCTURE_UNITS = new Set(['条', '章', '节', '款', '项', '编', '段', '部', '篇', '卷']);
const ARABIC_DIGIT = /[0-9]/;

/**
 * The ordinal label 第 + numeral + a unit of structure at text[start] (NFKC text), its value and
 * where it ends (after the unit): a translation carries its number over as a figure or a Roman
 * numeral ("Article 4", «Статья 4», "Chapter II"), whatever the dictionary makes of 第 (grade) or
 * 四条 (four). Undefined elsewhere: 第一次 is "the first time".
 */
export function structureOrdinalAt(text: string, start: number): { value: number; end: number } | undefined {
  if (text[start] !== '第') return undefined;
  let end = start + 1;
  while (end < text.length && (ZH_NUMERAL_CHARS.has(text[end]!) || ARABIC_DIGIT.test(text[end]!))) end++;
  if (end === start + 1 || !STRUCTURE_UNITS.has(text[end] ?? '')) return undefined;
  const run = text.slice(start + 1, end);
  const value = ARABIC_DIGIT.test(run[0]!) ? parseArabic(run) : parseZhNumeral(run);
  return value !== undefined && Number.isInteger(value) && value >= 1 ? { value, end: end + 1 } : undefined;
}

const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** A positive integer in lower-case Roman numerals (16 → "xvi"), as a translation's word key. */
export function romanNumeral(value: number): string {
  let out = '';
  let rest = value;
  for (const [n, letters] of ROMAN) {
    while (rest >= n) {
      out += letters;
      rest -= n;
    }
  }
  return out;
}

/**
 * The keys of a structure ordinal: the figure, and from 2 on the Roman numeral ("i" alone would be
 * met by every English "I").
 */
export function structureOrdinalKeys(value: number): string[] {
  return value >= 2 ? [numberKey(value), romanNumeral(value)] : [numberKey(value)];
}
