/**
 * Russian number words as the aligner reads them, as data apart from the parsers in ../numbers.ts.
 * Chinese numerals and English number words are core/numbers' tables, shared with QA.
 */

/**
 * Russian number words whose stems are long enough to be unambiguous (any case ending follows):
 * matched by prefix, longest first, so "двадцатого" → 20.
 */
export const RU_NUMBER_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['девятнадцат', 19], ['восемнадцат', 18], ['семнадцат', 17], ['шестнадцат', 16], ['пятнадцат', 15],
  ['четырнадцат', 14], ['тринадцат', 13], ['двенадцат', 12], ['одиннадцат', 11], ['девяност', 90],
  ['восемьдесят', 80], ['семьдесят', 70], ['шестьдесят', 60], ['пятьдесят', 50], ['сорок', 40],
  ['тридцат', 30], ['двадцат', 20], ['десят', 10], ['девят', 9], ['восьм', 8], ['седьм', 7],
  ['четвёрт', 4], ['четверт', 4], ['тысяч', 1000], ['миллион', 1e6], ['миллиард', 1e9],
];

/** Short Russian number words, listed form by form: their stems would also match "семья", "вторжение"… */
export const RU_NUMBER_FORMS: Readonly<Record<string, number>> = Object.fromEntries([
  ...['два', 'две', 'двух', 'двум', 'двумя', 'второй', 'второго', 'второму', 'втором', 'вторая', 'вторую', 'вторые', 'вторых'].map((w) => [w, 2]),
  ...['три', 'трёх', 'трех', 'трём', 'трем', 'тремя', 'третий', 'третьего', 'третья', 'третьем', 'третью', 'третьи', 'третьих'].map((w) => [w, 3]),
  ...['четыре', 'четырёх', 'четырех', 'четырём', 'четырем', 'четырьмя'].map((w) => [w, 4]),
  ...['пять', 'пяти', 'пятью', 'пятый', 'пятого', 'пятая', 'пятом', 'пятую', 'пятые', 'пятых'].map((w) => [w, 5]),
  ...['шесть', 'шести', 'шестью', 'шестой', 'шестого', 'шестая', 'шестом', 'шестую'].map((w) => [w, 6]),
  ...['семь', 'семи', 'семью'].map((w) => [w, 7]),
  ...['восемь', 'восьми', 'восемью'].map((w) => [w, 8]),
  ...['сто', 'ста', 'сотни', 'сотен'].map((w) => [w, 100]),
]);

/** Russian scale words after digits ("2 млн", "5 тысяч"), by prefix. */
export const RU_SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['тыс', 1e3], ['млн', 1e6], ['миллион', 1e6], ['млрд', 1e9], ['миллиард', 1e9], ['трлн', 1e12], ['триллион', 1e12],
];
