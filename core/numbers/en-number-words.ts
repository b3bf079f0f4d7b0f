/**
 * English number words, once for the aligner and QA. QA uses them only to find a source figure in
 * a translation ("eighty" for 八十), so every word that can stand for a figure is here; the aligner
 * takes a word as evidence that two sentences correspond, so it leaves out the words that are
 * numbers only in context (NOT_ALIGNMENT_EVIDENCE).
 */

/** Cardinal and ordinal words (and a few more) → value. */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  twice: 2, both: 2, dozen: 12, dozens: 12, half: 0.5,
  centenary: 100, centennial: 100, bicentenary: 200,
};

/** Words that multiply the number before them ("1.5 million", "two thousand", "hundreds"). */
export const EN_SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, hundreds: 100, hundredth: 100, thousand: 1000, thousands: 1000, thousandth: 1000,
  million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12,
};

/**
 * Number words the aligner does not count as a figure on their own: "one" is mostly a pronoun
 * ("one of the…"; it still counts inside a run, "twenty-one"), "first" an adverb, "both" a
 * determiner, and an anniversary word names no figure the Chinese writes (一百周年 is "100th").
 */
export const NOT_ALIGNMENT_EVIDENCE: ReadonlySet<string> = new Set(['one', 'first', 'both', 'centenary', 'centennial', 'bicentenary']);
