/** English month names (capitalised, since "May" is also a verb) → month number. */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/**
 * Russian month names by stem: every case form shares it (мая, май, мае; января, январь, январе).
 * "ма" alone is too short to be a stem, so May is listed by its forms.
 */
export const RU_MONTH_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['май', 5], ['мая', 5], ['мае', 5], ['маю', 5], ['маем', 5],
  ['июн', 6], ['июл', 7], ['август', 8], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
];

/**
 * Russian month abbreviations (ГОСТ Р 7.0.12-2011, and «сен.» of the press) → month number: a month
 * only when the full stop follows («25 сент. 2015 г.»), since «окт» alone or «мар» is no month.
 * May is never abbreviated; «июн», «июл» are also read as stems of the full names.
 */
export const RU_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  янв: 1, февр: 2, мар: 3, апр: 4, июн: 6, июл: 7, авг: 8, сент: 9, сен: 9, окт: 10, нояб: 11, дек: 12,
};
