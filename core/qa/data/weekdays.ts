/**
 * Weekday names → day number (Monday 1 … Sunday 7), for the numbers/dates check.
 * Chinese: 星期一, 礼拜三, 周五 (周 with 天 is not a weekday: 周天 also means "a full circle").
 */
export const ZH_WEEKDAY = /(星期|礼拜|周)([一二三四五六日天])/gu;
export const ZH_WEEKDAY_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/**
 * What may follow 周X when it is a count, not a day: 每周三次 "three times a week", 每周五天
 * "five days a week", 周三十 (a larger numeral).
 */
export const ZH_WEEKDAY_NOT_BEFORE = /^[\d十百千万亿年岁次个天度倍名人]/u;

/** English weekday names (capitalised; "Mondays" too). */
export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6, Sunday: 7,
};

/**
 * Russian weekdays by stem, every case form sharing it (вторник, вторника, во вторник). среда is
 * also "environment" (окружающая среда): only среду, the accusative of "on Wednesday", counts as a
 * weekday the translation names; any form of it counts as rendering a source Wednesday.
 */
export const RU_WEEKDAY_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['понедельник', 1], ['вторник', 2], ['среду', 3], ['четверг', 4], ['пятниц', 5], ['суббот', 6], ['воскресень', 7],
];
export const RU_WEDNESDAY_ANY_FORM = /^сред(а|у|ы|е|ой|ам|ами|ах)$/u;
