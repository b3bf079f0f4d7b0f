/** Number words and numerals per language, as data apart from the parsers in ../numbers.ts. */

/** Chinese digits (both everyday and formal forms) → value. */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Chinese multipliers below 万 (they multiply the digit before them). */
export const ZH_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Chinese section multipliers (they multiply everything before them). */
export const ZH_BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** English cardinal and ordinal words → value. "hundred"/"thousand"… are multipliers. */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  twice: 2, dozen: 12, dozens: 12, half: 0.5,
};

export const EN_MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100, hundreds: 100, hundredth: 100, thousand: 1000, thousands: 1000, thousandth: 1000,
  million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12,
};

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
