/**
 * Russian number words, once for the aligner and QA (as en-number-words.ts is for English). A row is
 * a stem and its value; the two readers differ only in how much they trust a match:
 * - QA reads a stem followed by at most a case ending (`qaStemValue`). It only looks for a source
 *   figure in a translation, so a generous reading costs no false alarm.
 * - The aligner takes a figure as evidence that two sentences correspond, so it reads a long stem as
 *   a prefix (двадцатого → 20), a short one only in the forms listed (сем- is also in семья, втор- in
 *   вторжение), and not at all the words that are numbers only in context (один, первый, оба).
 */

export interface RuNumberWord {
  stem: string;
  value: number;
  /**
   * How the aligner reads the row: 'prefix', any word that starts with the stem; a list, exactly these
   * forms; absent, not at all.
   */
  align?: 'prefix' | readonly string[];
  /** False for a row only the aligner reads (QA reads тысяч, миллион, миллиард as scale words). */
  qa?: false;
}

const prefix = 'prefix';

export const RU_NUMBER_WORDS: readonly RuNumberWord[] = [
  { stem: 'ноль', value: 0 }, { stem: 'нул', value: 0 },
  { stem: 'один', value: 1 }, { stem: 'одн', value: 1 }, { stem: 'перв', value: 1 },
  { stem: 'два', value: 2, align: ['два'] }, { stem: 'две', value: 2, align: ['две'] },
  { stem: 'двух', value: 2, align: ['двух'] }, { stem: 'двум', value: 2, align: ['двум', 'двумя'] },
  { stem: 'втор', value: 2, align: ['второй', 'второго', 'второму', 'втором', 'вторая', 'вторую', 'вторые', 'вторых'] },
  { stem: 'оба', value: 2 }, { stem: 'обе', value: 2 }, { stem: 'обоих', value: 2 }, { stem: 'обеих', value: 2 },
  { stem: 'три', value: 3, align: ['три'] }, { stem: 'трех', value: 3, align: ['трех'] }, { stem: 'трёх', value: 3, align: ['трёх'] },
  { stem: 'трем', value: 3, align: ['трем', 'тремя'] }, { stem: 'трём', value: 3, align: ['трём'] },
  { stem: 'трет', value: 3, align: ['третий', 'третьего', 'третья', 'третьем', 'третью', 'третьи', 'третьих'] },
  { stem: 'четыр', value: 4, align: ['четыре', 'четырёх', 'четырех', 'четырём', 'четырем', 'четырьмя'] },
  { stem: 'четвер', value: 4 }, { stem: 'четверт', value: 4, align: prefix, qa: false }, { stem: 'четвёрт', value: 4, align: prefix },
  { stem: 'пят', value: 5, align: ['пять', 'пяти', 'пятью', 'пятый', 'пятого', 'пятая', 'пятом', 'пятую', 'пятые', 'пятых'] },
  { stem: 'шест', value: 6, align: ['шесть', 'шести', 'шестью', 'шестой', 'шестого', 'шестая', 'шестом', 'шестую'] },
  { stem: 'сем', value: 7, align: ['семь', 'семи', 'семью'] }, { stem: 'седьм', value: 7, align: prefix },
  { stem: 'восем', value: 8, align: ['восемь', 'восемью'] }, { stem: 'восьм', value: 8, align: prefix },
  { stem: 'девят', value: 9, align: prefix }, { stem: 'десят', value: 10, align: prefix },
  { stem: 'одиннадцат', value: 11, align: prefix }, { stem: 'двенадцат', value: 12, align: prefix },
  { stem: 'тринадцат', value: 13, align: prefix }, { stem: 'четырнадцат', value: 14, align: prefix },
  { stem: 'пятнадцат', value: 15, align: prefix }, { stem: 'шестнадцат', value: 16, align: prefix },
  { stem: 'семнадцат', value: 17, align: prefix }, { stem: 'восемнадцат', value: 18, align: prefix },
  { stem: 'девятнадцат', value: 19, align: prefix },
  { stem: 'двадцат', value: 20, align: prefix }, { stem: 'тридцат', value: 30, align: prefix },
  { stem: 'сорок', value: 40, align: prefix }, { stem: 'сорав', value: 40 },
  { stem: 'пятьдесят', value: 50, align: prefix }, { stem: 'пятидесят', value: 50 },
  { stem: 'шестьдесят', value: 60, align: prefix }, { stem: 'шестидесят', value: 60 },
  { stem: 'семьдесят', value: 70, align: prefix }, { stem: 'семидесят', value: 70 },
  { stem: 'восемьдесят', value: 80, align: prefix }, { stem: 'восьмидесят', value: 80 },
  { stem: 'девяност', value: 90, align: prefix },
  { stem: 'сто', value: 100, align: ['сто'] }, { stem: 'ста', value: 100, align: ['ста'], qa: false },
  { stem: 'сотн', value: 100, align: ['сотни'] }, { stem: 'сотен', value: 100, align: ['сотен'] }, { stem: 'столет', value: 100 },
  { stem: 'двест', value: 200 }, { stem: 'двухсот', value: 200 }, { stem: 'трист', value: 300 },
  { stem: 'трехсот', value: 300 }, { stem: 'трёхсот', value: 300 }, { stem: 'четырест', value: 400 },
  { stem: 'четырехсот', value: 400 }, { stem: 'пятьсот', value: 500 }, { stem: 'пятисот', value: 500 },
  { stem: 'тысяч', value: 1e3, align: prefix, qa: false }, { stem: 'миллион', value: 1e6, align: prefix, qa: false },
  { stem: 'миллиард', value: 1e9, align: prefix, qa: false },
];

/**
 * Words (and abbreviations) that multiply the number written before them ("15 тыс.", "3 млрд"). The
 * aligner reads them by prefix, QA with at most a case ending.
 */
export const RU_SCALE_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['тыс', 1e3], ['тысяч', 1e3], ['млн', 1e6], ['миллион', 1e6], ['млрд', 1e9], ['миллиард', 1e9], ['трлн', 1e12], ['триллион', 1e12],
];

/** Collective numerals (двое детей, трое суток) and how-many-times adverbs (дважды): counts read by form (дво-, тро- begin двор, трон). */
export const RU_COLLECTIVES: ReadonlyMap<string, number> = new Map([
  ['двое', 2], ['двоих', 2], ['двоим', 2], ['двоими', 2], ['трое', 3], ['троих', 3], ['троим', 3], ['троими', 3],
  ['четверо', 4], ['четверых', 4], ['пятеро', 5], ['пятерых', 5], ['шестеро', 6], ['шестерых', 6], ['семеро', 7], ['семерых', 7],
  // How many times (三次 «трижды»): the stem reading takes «четырежды» but not these two.
  ['дважды', 2], ['трижды', 3],
]);

/** The stems QA reads, as [stem, value]. */
export const RU_NUMBER_STEMS: ReadonlyArray<readonly [string, number]> = RU_NUMBER_WORDS.filter((w) => w.qa !== false).map(
  (w) => [w.stem, w.value] as const,
);

/** The aligner's short words, form → value (a Map: `in` on an object would also find "constructor"). */
const ALIGN_FORMS: ReadonlyMap<string, number> = new Map(
  RU_NUMBER_WORDS.flatMap((w) => (Array.isArray(w.align) ? w.align.map((form: string) => [form, w.value] as const) : [])),
);

/** The aligner's long stems, longest first, so "девятнадцатого" is 19, not 9. */
const ALIGN_PREFIXES: ReadonlyArray<readonly [string, number]> = RU_NUMBER_WORDS.filter((w) => w.align === prefix)
  .map((w) => [w.stem, w.value] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** The aligner's reading: value of a lower-case Russian number word, or undefined. */
export function ruNumberWordForAlignment(word: string): number | undefined {
  const form = ALIGN_FORMS.get(word);
  if (form !== undefined) return form;
  for (const [stem, value] of ALIGN_PREFIXES) if (word.startsWith(stem)) return value;
  return undefined;
}

/** The aligner's reading of a scale word after digits ("250 млн"): its multiplier by prefix, or undefined. */
export function ruScaleForAlignment(word: string): number | undefined {
  return RU_SCALE_STEMS.find(([stem]) => word.startsWith(stem))?.[1];
}
