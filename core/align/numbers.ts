import { EN_MULTIPLIERS, EN_NUMBER_WORDS, RU_NUMBER_FORMS, RU_NUMBER_PREFIXES, RU_SCALE_WORDS, ZH_BIG_UNITS, ZH_DIGITS, ZH_SMALL_UNITS } from './data/numerals';

/** Characters that can make up a Chinese numeral. */
export const ZH_NUMERAL_CHARS = new Set([...Object.keys(ZH_DIGITS), ...Object.keys(ZH_SMALL_UNITS), ...Object.keys(ZH_BIG_UNITS)]);

/** Chinese multipliers after Arabic digits ("200万", "2.5亿"). */
export const ZH_MULTIPLIERS: Readonly<Record<string, number>> = { ...ZH_SMALL_UNITS, ...ZH_BIG_UNITS };

/**
 * Value of a Chinese numeral such as 二十一, 一九九八, 三千五百万, 两. Returns undefined when the run is not
 * a well-formed number. A run of bare digits (一九九八) is read digit by digit, as years are written.
 */
export function parseZhNumeral(run: string): number | undefined {
  const chars = [...run];
  if (chars.length === 0) return undefined;
  if (chars.every((c) => c in ZH_DIGITS)) {
    if (chars.length === 1) return ZH_DIGITS[chars[0]!];
    return Number(chars.map((c) => ZH_DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of chars) {
    if (c in ZH_DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined;
      digit = ZH_DIGITS[c]!;
    } else if (c in ZH_SMALL_UNITS) {
      // 十 alone means 10 ("十五" = 15).
      section += (digit ?? 1) * ZH_SMALL_UNITS[c]!;
      digit = undefined;
    } else if (c in ZH_BIG_UNITS) {
      total += (section + (digit ?? 0) || 1) * ZH_BIG_UNITS[c]!;
      section = 0;
      digit = undefined;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}

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
const EN_NUMBER_MAP = new Map(Object.entries(EN_NUMBER_WORDS));
const EN_MULTIPLIER_MAP = new Map(Object.entries(EN_MULTIPLIERS));
const RU_NUMBER_FORM_MAP = new Map(Object.entries(RU_NUMBER_FORMS));

/** Value of a Russian number word (any case form), or undefined. */
export function russianNumberWord(word: string): number | undefined {
  const form = RU_NUMBER_FORM_MAP.get(word);
  if (form !== undefined) return form;
  for (const [prefix, value] of RU_NUMBER_PREFIXES) if (word.startsWith(prefix)) return value;
  return undefined;
}

/** The multiplier a word applies to a number written before it ("million", "млрд"), if any. */
export function numberScale(word: string, lang: 'en' | 'ru'): number | undefined {
  if (lang === 'en') return EN_MULTIPLIER_MAP.get(word);
  return RU_SCALE_WORDS.find(([prefix]) => word.startsWith(prefix))?.[1];
}

/** The canonical key under which a number takes part in matching. */
export function numberKey(value: number): string {
  // 0.3 × 10⁴ is 3000.0000000000005 in floating point; it must still meet "3,000".
  const whole = Math.round(value);
  return `#${Math.abs(value - whole) < 1e-9 * Math.max(1, Math.abs(value)) ? whole : value.toFixed(2)}`;
}
