/**
 * Number words the translation may use instead of digits. Used only to *find* a source figure in the
 * translation (never to report extras), so a generous table costs no false alarms.
 */

/** English cardinal and ordinal words → value. */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90,
  both: 2, dozen: 12, centenary: 100, centennial: 100, bicentenary: 200,
};

/** English words that multiply the number before them ("1.5 million", "two thousand"). */
export const EN_SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, hundredth: 100, thousand: 1e3, thousandth: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

/**
 * Russian numerals by stem (cases change only the ending: восемьдесят, восьмидесяти, восьмидесятью).
 * Ordinal stems (перв-, втор-, восьмидесят-) map to the same value. Longest stem wins.
 */
export const RU_NUMBER_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['ноль', 0], ['нул', 0], ['один', 1], ['одн', 1], ['перв', 1], ['два', 2], ['две', 2], ['двух', 2], ['двум', 2], ['втор', 2], ['оба', 2], ['обе', 2], ['обоих', 2], ['обеих', 2],
  ['три', 3], ['трех', 3], ['трёх', 3], ['трем', 3], ['трём', 3], ['трет', 3], ['четыр', 4], ['четвер', 4], ['четвёрт', 4], ['пят', 5], ['шест', 6], ['сем', 7], ['седьм', 7],
  ['восем', 8], ['восьм', 8], ['девят', 9], ['десят', 10], ['одиннадцат', 11], ['двенадцат', 12], ['тринадцат', 13],
  ['четырнадцат', 14], ['пятнадцат', 15], ['шестнадцат', 16], ['семнадцат', 17], ['восемнадцат', 18], ['девятнадцат', 19],
  ['двадцат', 20], ['тридцат', 30], ['сорок', 40], ['сорав', 40], ['пятьдесят', 50], ['пятидесят', 50], ['шестьдесят', 60], ['шестидесят', 60],
  ['семьдесят', 70], ['семидесят', 70], ['восемьдесят', 80], ['восьмидесят', 80], ['девяност', 90],
  ['сто', 100], ['сот', 100], ['двест', 200], ['двухсот', 200], ['трист', 300], ['трехсот', 300], ['трёхсот', 300], ['четырест', 400], ['четырехсот', 400], ['пятьсот', 500], ['пятисот', 500],
  ['столет', 100],
];

/** Russian words (and abbreviations) that multiply the number before them ("15 тыс.", "3 млрд"). */
export const RU_SCALE_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['тыс', 1e3], ['тысяч', 1e3], ['млн', 1e6], ['миллион', 1e6], ['млрд', 1e9], ['миллиард', 1e9], ['трлн', 1e12], ['триллион', 1e12],
];
