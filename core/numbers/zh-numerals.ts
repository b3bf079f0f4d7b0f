/**
 * Chinese numerals, once for the aligner (numbers as evidence) and QA (numbers a translation must
 * carry): the characters with their values, everyday and formal (壹贰叁 are the banker's forms of
 * 一二三, used in treaties and amounts), and one parser.
 */

/** Digits, everyday and formal (〇 and 零 both zero, 两 two). */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Units below 万 that multiply the digit before them (十 alone is 10). */
export const ZH_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Section units that multiply everything before them (一千二百万 = 1200 × 10⁴). */
export const ZH_LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Every character that can be part of a Chinese numeral. */
export const ZH_NUMERAL_CHARS: ReadonlySet<string> = new Set([...Object.keys(ZH_DIGITS), ...Object.keys(ZH_SMALL_UNITS), ...Object.keys(ZH_LARGE_UNITS)]);

/** Full-width digits and point to ASCII (２．５ → 2.5), one character for one, so offsets stay valid. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** The fraction written after 点, each character one decimal digit: 五 → 0.5, 零五 → 0.05. */
export function chineseDecimalFraction(digits: string): number {
  return Number(`0.${[...digits].map((c) => ZH_DIGITS[c] ?? 0).join('')}`);
}

/**
 * Value of a Chinese numeral written with units (八十, 两千, 一千二百万, 十五, 一亿二千万, 一万亿) or
 * digit by digit as years are (二〇二五); undefined when the run is not a well-formed numeral
 * (万一, 十四五, 亿万, 百十): such runs are words or vague quantities, not figures.
 */
export function parseChineseNumeral(text: string): number | undefined {
  const chars = [...text];
  if (chars.length === 0) return undefined;
  if (!chars.some((c) => c in ZH_SMALL_UNITS || c in ZH_LARGE_UNITS)) {
    let v = 0;
    for (const c of chars) {
      const d = ZH_DIGITS[c];
      if (d === undefined) return undefined;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0; // completed sections
  let section = 0; // below the current section unit
  let digit: number | undefined;
  let lastSmall = Infinity;
  let largest = 0; // the largest section unit so far
  for (const c of chars) {
    const d = ZH_DIGITS[c];
    const small = ZH_SMALL_UNITS[c];
    const large = ZH_LARGE_UNITS[c];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) return undefined; // two digits in a row: 十四五 (after 零 a digit may follow: 一千零五)
      digit = d;
    } else if (small !== undefined) {
      if (small >= lastSmall) return undefined; // 百十: units only fall within a section
      lastSmall = small;
      section += (digit ?? 1) * small;
      digit = undefined;
    } else if (large !== undefined) {
      const part = section + (digit ?? 0);
      if (part === 0 && total === 0) return undefined; // 万一, 亿万: no figure before the unit
      // 一万亿: 亿 scales everything before it (so does 万万, an old way to write 亿); 一亿二千万: 万
      // after 亿 scales only its own section.
      if (large >= largest) {
        total = (total + part) * large;
        largest = large;
      } else total += part * large;
      section = 0;
      digit = undefined;
      lastSmall = Infinity;
    } else return undefined;
  }
  return total + section + (digit ?? 0);
}
