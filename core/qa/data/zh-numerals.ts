/** Chinese numeral characters and their digit values (〇 and 零 both zero, 两 two). */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Small units that multiply the digit before them. */
export const ZH_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** Large units that multiply everything before them (一千二百万 = 1200 × 10⁴). */
export const ZH_LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** Characters after which a lone numeral is a date part, not a word like 两国 or 一带一路. */
export const ZH_DATE_SUFFIXES = '月日号';

/**
 * Characters before a numeral that make it vague (数十万 "hundreds of thousands", 几百 "several
 * hundred"): the translation rightly has no figure to compare.
 */
export const ZH_VAGUE_PREFIXES = '数几';

/** The written-out percentage prefix: 百分之五 = 5 %. */
export const ZH_PERCENT_PREFIX = '百分之';
