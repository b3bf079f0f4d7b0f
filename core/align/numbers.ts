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
