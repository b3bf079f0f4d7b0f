/** QA's rules around Chinese numerals; the numerals themselves (digits, units, parser) are core/numbers/zh-numerals.ts. */

/** Characters after which a lone numeral is a date part, not a word like 两国 or 一带一路. */
export const ZH_DATE_SUFFIXES = '月日号';

/**
 * Characters before a numeral that make it vague (数十万 "hundreds of thousands", 几百 "several
 * hundred"): the translation rightly has no figure to compare.
 */
export const ZH_VAGUE_PREFIXES = '数几';

/** The written-out percentage prefix: 百分之五 = 5 %. */
export const ZH_PERCENT_PREFIX = '百分之';
