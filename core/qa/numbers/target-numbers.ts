import { EN_MONTHS, RU_MONTH_ABBREVIATIONS, RU_MONTH_STEMS } from '../data/months';
import { EN_NUMBER_WORDS, EN_SCALE_WORDS, NOT_ALIGNMENT_EVIDENCE } from '../../numbers/en-number-words';
import { RU_COLLECTIVES, RU_NUMBER_STEMS, RU_SCALE_STEMS, ruNumberWordForAlignment } from '../../numbers/ru-number-words';
import type { TargetLang } from '../../model/types';
import type { NumberToken } from './types';

/** The figures of a translated sentence. */
export interface TargetNumbers {
  /** Figures written in digits: a source figure must match one, and one matching none is reported. */
  digits: NumberToken[];
  /** Values also present in words ("eighty", "восьмидесятилетие"), months ("May", "мая") and scaled forms. */
  words: number[];
  /**
   * Number words that can only be a count or a rank ("three", "twenty-one", "ninth", «трёх», «девятой»),
   * one token per run. Words that are often no number ("one of", "first of all", "both", «один из»,
   * «семья», «вторник», "dozens", «десятки») are left out: these may be reported as a changed number.
   */
  counts: NumberToken[];
}

/**
 * en: 15,000.5; ru: 15 000,5 (space or no-break space between thousands, decimal comma). A figure
 * does not start after a digit or after a digit and a point or comma (the rest of one), but may
 * after a letter and a point ("Aug.6", "No.5").
 */
const DIGITS: Record<TargetLang, RegExp> = {
  en: /(?<!\d[.,]?)\d{1,2}\.\d{1,2}\.\d{4}(?!\d)|(?<!\d[.,]?)\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<!\d[.,]?)\d+(?:\.\d+)?|(?<![\d.,\p{L}])\.\d+/gu,
  ru: /(?<!\d[.,]?)\d{1,2}\.\d{1,2}\.\d{4}(?!\d)|(?<!\d[.,]?)\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|(?<!\d[.,]?)\d+(?:[.,]\d+)?/gu,
};

/** "1200 GMT", "0930 UTC": hours and minutes written as one figure before a time zone. */
const MILITARY_TIME = /^([01]\d|2[0-3])([0-5]\d)$/u;
const MILITARY_TIME_AFTER = /^[\s\u00A0]*(?:GMT|UTC|Z\b|hours\b|hrs\b)/u;

/** A date written with points, day first (18.12.2022): three figures, not a decimal. */
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;
/** "18.12", "5.30", "17.30": a day and a month, or hours and minutes, as much as a decimal (NumberToken.parts). */
const DAY_MONTH_OR_TIME = /^(\d{1,2})[.,](\d\d)$/u;

/**
 * Scales abbreviated right after the digits: "$3bn", "3 bn", "£75m", "€5k". After a currency sign
 * "m" and "k" are sure; elsewhere "75m" may be metres, so the scaled value is only an alternative.
 */
const ABBREVIATED_SCALES: Readonly<Record<string, number>> = { bn: 1e9, tn: 1e12, trn: 1e12, mn: 1e6, mln: 1e6, m: 1e6, k: 1e3 };
const SURE_ABBREVIATIONS = new Set(['bn', 'tn', 'trn', 'mn', 'mln']);
const CURRENCY_BEFORE = /[$£€¥₽]\s?$/u;

/** Between the two ends of a range whose scale word comes once ("4.2–3.9 million", "от 4,2 до 3,9 млн"). */
const RANGE_JOIN = /^[\s\u00A0]*(?:[-–—‐‑]|to|or|and|до|или|и)[\s\u00A0]*$/iu;

function parseDigits(text: string, lang: TargetLang): number {
  return lang === 'en' ? Number(text.replace(/,/g, '')) : Number(text.replace(/[ \u00A0\u202F]/g, '').replace(',', '.'));
}

type StemTable = ReadonlyArray<readonly [string, number]>;

/** Stem tables bucketed by their first two letters: a word is compared with a handful of stems, not all. */
const buckets = new WeakMap<StemTable, Map<string, StemTable>>();

function bucketFor(word: string, table: StemTable): StemTable {
  let byPrefix = buckets.get(table);
  if (!byPrefix) {
    const map = new Map<string, Array<readonly [string, number]>>();
    for (const entry of table) {
      const key = entry[0].slice(0, 2);
      map.set(key, [...(map.get(key) ?? []), entry]);
    }
    byPrefix = map;
    buckets.set(table, byPrefix);
  }
  return byPrefix.get(word.slice(0, 2)) ?? [];
}

/** Longest stem of `table` that `word` starts with, allowing only a case ending after short stems. */
function stemValue(word: string, table: StemTable): number | undefined {
  let best: readonly [string, number] | undefined;
  for (const entry of bucketFor(word, table)) {
    const [stem] = entry;
    if (!word.startsWith(stem)) continue;
    // "сто" must not claim "стороны", «стоила», «стол»; «одн» not «однако»: a short stem takes only a
    // case ending of a numeral, a longer one (двадцат-, миллион-) any ending up to six letters.
    if (stem.length <= 3 ? !RU_ENDINGS.has(word.slice(stem.length)) : word.length - stem.length > 6) continue;
    if (!best || stem.length > best[0].length) best = entry;
  }
  return best?.[1];
}

/**
 * A table's own entry: "constructor" is no number or month, though every object inherits one. Read
 * from a Map of the table made once: a property lookup by a word just read from the text first
 * searches V8's string table for it, twice (hasOwn, then the read), for every word.
 */
function ownValue(table: Readonly<Record<string, number>>, key: string): number | undefined {
  return ownEntries(table).get(key);
}

const entryMaps = new Map<Readonly<Record<string, number>>, ReadonlyMap<string, number>>();
function ownEntries(table: Readonly<Record<string, number>>): ReadonlyMap<string, number> {
  let map = entryMaps.get(table);
  if (!map) {
    map = new Map(Object.entries(table));
    entryMaps.set(table, map);
  }
  return map;
}

/** A scale word in the singular: "hundred", «тысяча» (not "hundreds", «сотни», «тыс.»). */
const SINGULAR_SCALE = /^(?:hundred|thousand|тысяч[ауе])$/iu;

/** "3 hundred" (the figure's scale), "a few hundred", «несколько тысяч» (vague). */
const AFTER_FIGURE_OR_VAGUE = /(?:\d|\b(?:few|several|some|many)|несколько|много)[\s\u00A0]*$/iu;

/** "two decades" is 20 years (二十年), "a decade" 10; QA's reading only, the aligner has no use for it. */
const EN_DECADES: Readonly<Record<string, number>> = { decade: 10, decades: 10 };
/** «шесть десятилетий», «6 десятилетий» are 60 years (60 年), in any case form. */
const RU_DECADE = /^десятилети(?:е|я|ю|ем|и|й|ям|ями|ях)$/u;

/** "the nineties" is the decade 九十年代 (90), as «девяностые» is by its stem; a figure, never a count. */
const EN_DECADE_NAMES: Readonly<Record<string, number>> = {
  twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90,
};
/** One table, one lookup per word. */
const EN_WORDS_AND_DECADES: Readonly<Record<string, number>> = { ...EN_NUMBER_WORDS, ...EN_DECADE_NAMES };
/** «полтора миллиона» is 1.5 million (150万). */
const RU_ONE_AND_A_HALF: ReadonlySet<string> = new Set(['полтора', 'полторы', 'полутора']);
/** «полмиллиона», «пол-миллиарда»: half a scale word, one word. */
const RU_HALF_SCALE = /^пол-?(\p{L}+)$/u;

function wordValue(word: string, lang: TargetLang): { value: number; scale: boolean } | undefined {
  const lower = word.toLowerCase();
  if (lang === 'en') {
    const scale = ownValue(EN_SCALE_WORDS, lower) ?? ownValue(EN_DECADES, lower);
    if (scale !== undefined) return { value: scale, scale: true };
    const value = ownValue(EN_WORDS_AND_DECADES, lower);
    return value === undefined ? undefined : { value, scale: false };
  }
  const scale = stemValue(lower, RU_SCALE_STEMS) ?? (RU_DECADE.test(lower) ? 10 : undefined);
  if (scale !== undefined) return { value: scale, scale: true };
  const halfOf = lower.startsWith('пол') ? RU_HALF_SCALE.exec(lower)?.[1] : undefined;
  const halfScale = halfOf ? stemValue(halfOf, RU_SCALE_STEMS) : undefined;
  if (halfScale !== undefined) return { value: halfScale / 2, scale: false };
  const value = RU_COLLECTIVES.get(lower) ?? (RU_ONE_AND_A_HALF.has(lower) ? 1.5 : undefined) ?? stemValue(lower, RU_NUMBER_STEMS);
  return value === undefined ? undefined : { value, scale: false };
}

/**
 * The first part of a Russian compound adjective or noun made with a numeral (четырёхмесячный,
 * восемнадцатилетний, стопроцентный, двусторонний, двадцатипятилетие): the numeral's combining form.
 */
const RU_COMBINING_FORMS: ReadonlyArray<readonly [string, number]> = [
  ['одно', 1], ['дву', 2], ['двух', 2], ['трёх', 3], ['трех', 3], ['четырёх', 4], ['четырех', 4], ['пяти', 5], ['шести', 6],
  ['семи', 7], ['восьми', 8], ['девяти', 9], ['десяти', 10], ['одиннадцати', 11], ['двенадцати', 12], ['тринадцати', 13],
  ['четырнадцати', 14], ['пятнадцати', 15], ['шестнадцати', 16], ['семнадцати', 17], ['восемнадцати', 18], ['девятнадцати', 19],
  ['двадцати', 20], ['тридцати', 30], ['сорока', 40], ['пятидесяти', 50], ['шестидесяти', 60], ['семидесяти', 70],
  ['восьмидесяти', 80], ['девяноста', 90], ['сто', 100], ['двухсот', 200], ['трёхсот', 300], ['трехсот', 300],
  ['четырёхсот', 400], ['четырехсот', 400], ['пятисот', 500], ['шестисот', 600], ['семисот', 700], ['восьмисот', 800],
  ['девятисот', 900], ['тысяче', 1000],
];
const RU_COMBINING_PREFIXES: ReadonlySet<string> = new Set(RU_COMBINING_FORMS.map(([form]) => form.slice(0, 3)));
/**
 * What follows the numeral in such a compound: years, months, days, hours, per cent, times, storeys,
 * seats, tonnes, inputs, sides, digits, dimensions… A closed list, so «семинар», «стоимость», «сторона»
 * (семи-, сто- and a word that is no compound part) are no numbers.
 */
const RU_COMPOUND_PART =
  /^(?:лет|месячн|дневн|недельн|часов|минутн|секундн|процентн|кратн|этажн|комнатн|местн|тонн|ходов|входов|выходов|канальн|ядерн|сторонн|значн|мерн|угольн|голов|томн|серийн|ступенчат|уровнев|звёздочн|звездочн|зарядн|цилиндров|тактн|колёсн|колесн|полосн|путн|дверн|разов|ярусн|слойн|литров|метров|километров|граммов|килограммов|рублёв|рублев|долларов|балльн|мачтов|моторн|палубн|гранн|лучев|язычн|частн|осн|мильн|векторн)/u;

/** First letters of the combining forms, both cases. */
const RU_COMBINING_INITIALS: ReadonlySet<string> = new Set(RU_COMBINING_FORMS.flatMap(([form]) => [form[0]!, form[0]!.toUpperCase()]));

/**
 * Cheap test before ruCompoundValue, asked of every Russian word: the shortest compound (столетие,
 * двуосный) has seven letters or more and starts like a combining form.
 */
function mayBeRuCompound(token: string): boolean {
  return token.length >= 7 && RU_COMBINING_INITIALS.has(token[0]!);
}

/**
 * The value of a Russian compound made with numerals (четырёхмесячные 4, восемнадцатилетний 18,
 * двадцатипятилетие 25, стопроцентной 100): one or more combining forms, then a known compound part.
 */
function ruCompoundValue(lower: string): number | undefined {
  // Most words start with no combining form: one set lookup before the walk over the forms.
  if (!RU_COMBINING_PREFIXES.has(lower.slice(0, 3))) return undefined;
  let at = 0;
  let value = 0;
  for (;;) {
    let best: readonly [string, number] | undefined;
    for (const entry of RU_COMBINING_FORMS) if (lower.startsWith(entry[0], at) && (!best || entry[0].length > best[0].length)) best = entry;
    if (!best) break;
    // пятидесяти is one form, not пяти + десяти: the longest form wins, and a form must leave a part after it.
    at += best[0].length;
    value += best[1];
    if (RU_COMPOUND_PART.test(lower.slice(at))) return value;
  }
  return undefined;
}

/** The month a word names: a full name in any case form, or a Russian abbreviation followed by its stop. */
function monthValue(word: string, lang: TargetLang, nextChar: string | undefined): number | undefined {
  if (lang === 'en') return ownValue(EN_MONTHS, word);
  const lower = word.toLowerCase();
  const abbreviated = nextChar === '.' ? ownValue(RU_MONTH_ABBREVIATIONS, lower) : undefined;
  return abbreviated ?? ruMonthValue(lower);
}

/** The case endings a Russian month name takes (март, марта, марте, марту, мартом; январь, январём). */
const RU_MONTH_ENDINGS = new Set(['', 'а', 'е', 'у', 'ом', 'ь', 'я', 'ю', 'ем', 'ём']);

/**
 * A Russian month in any case, and nothing longer: «майор», «мартен», «августейший» are no months
 * (a month stem takes only a case ending, unlike a number stem's looser rule).
 */
function ruMonthValue(word: string): number | undefined {
  for (const [stem, value] of RU_MONTH_STEMS) {
    if (word.startsWith(stem) && RU_MONTH_ENDINGS.has(word.slice(stem.length))) return value;
  }
  return undefined;
}

/** A well-formed Roman numeral up to 3999 (upper case only: "mix", "civil" are words). */
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
/** After a one-letter Roman numeral, what makes it one: a century (XV век, X–XI вв., V century BC). */
const CENTURY_AFTER = /^\s*(?:[–—-]\s*[IVXLC]+\s*)?(?:век|вв?\.|столети|centur)/iu;

function romanValue(word: string): number | undefined {
  if (word === '' || !ROMAN.test(word)) return undefined;
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN_DIGITS[word[i] ?? ''] ?? 0;
    const next = ROMAN_DIGITS[word[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Roman numerals: centuries («XV век», "X–XI вв."), rulers and wars (Louis XVI, 二战 "World War II").
 * One letter counts only before a century word: "I" is a pronoun.
 */
const ROMAN_RUN = /(?<![\p{L}\d])[IVXLCDM]+(?![\p{L}\d])/gu;

function romanNumerals(text: string): number[] {
  const out: number[] = [];
  ROMAN_RUN.lastIndex = 0;
  for (let m = ROMAN_RUN.exec(text); m !== null; m = ROMAN_RUN.exec(text)) {
    const value = romanValue(m[0]);
    if (value === undefined) continue;
    if (m[0].length === 1 && !CENTURY_AFTER.test(text.slice((m.index ?? 0) + 1))) continue;
    out.push(value);
  }
  return out;
}

/** A figure joined to letters is part of a name: COVID-19, MiG-29, A380, G20 (but a year stays a year: Expo-2020). */
const CODE_BEFORE = /\p{L}-?$/u;
const YEAR = /^(?:1[5-9]|20)\d\d$/u;

/**
 * A list number opening a heading or list item ("1. ", "2) ", "1)Go", "1.-Go"): numbering legitimately
 * differs (一、 ↔ I.). Not "1.5 million": a digit after the point is a decimal.
 */
const LIST_NUMBER = /^\s*\(?\d{1,2}[.)](?:[-–]\s*|\s|(?=\p{L}))/u;

/**
 * A footnote's number as plain text keeps from a superscript: glued to the word or mark it follows
 * ("information.1", "billion,2 an increase") or in brackets ("78/123,[1] in which").
 */
function isFootnoteReference(text: string, start: number, end: number): boolean {
  if (end - start > 2) return false;
  if (text[start - 1] === '[' && text[end] === ']') return true;
  return FOOTNOTE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && (end === text.length || /\s/u.test(text[end]!));
}
const FOOTNOTE_BEFORE = /[\p{L}”’»)][.,;:]$/u;

/** "24/7": round the clock, an idiom (全天候), not two figures. */
const ROUND_THE_CLOCK = /^24\/7(?!\d)/u;

/**
 * How a rank ends: "second", "third", "ninth", "twentieth"; «второй», «девятой», «третьего» (adjective
 * endings; a cardinal ends so only when it is one, «одной», which is never a count).
 */
const ORDINAL_ENDING: Readonly<Record<TargetLang, RegExp>> = {
  en: /(?:first|second|third|th)$/iu,
  ru: /(?:ый|ой|ий|ая|ое|ые|ого|ому|ым|ом|ую|ых|ыми|ья|ье|ьи|ьего|ьему|ьей|ьем|ьим|ьих|ьими)$/iu,
};

/** "half a" or "half-a-" before a scale word. */
const HALF_A_BEFORE = /\bhalf[\s-]+an?[\s-]+$/iu;

/** The word after a figure ("240 billion"). */
const WORD_AFTER = /^[\s\u00A0]*(\p{L}+)/u;
/** Tokens for number words: letter runs, digit runs, and single other non-space characters but the hyphen. */
const NUMBER_WORD_TOKEN = /\p{L}+|\d+|[^\s\p{L}\d-]/gu;
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * Figures in an English or Russian translation: numbers in digits (with "1.5 million" / "3 млрд"
 * scaling), number words and ordinals, and month names, so 5月8日 finds "8 May", "May 8" or "8 мая".
 */
export function extractTargetNumbers(text: string, lang: TargetLang, options: { words?: boolean } = {}): TargetNumbers {
  const digits: NumberToken[] = [];
  const words: number[] = [];
  const counts: NumberToken[] = [];
  if (!/\d/u.test(text) && options.words === false) return { digits, words, counts };
  const listNumber = LIST_NUMBER.exec(text);
  const figures = DIGITS[lang];
  // The scale of each digit token read with one, for ranges whose scale word comes once.
  const scaled = new Map<NumberToken, number>();
  figures.lastIndex = 0;
  for (let m = figures.exec(text); m !== null; m = figures.exec(text)) {
    const start = m.index;
    if (listNumber && start < listNumber[0].length) continue;
    const date = DOTTED_DATE.exec(m[0]);
    if (date) {
      pushDateParts(digits, date, start);
      continue;
    }
    const value = parseDigits(m[0], lang);
    if (!Number.isFinite(value)) continue;
    // "240 billion" is one figure, 2.4 × 10¹¹ (2400亿); the bare 240 may still meet a source 240.
    const after = WORD_AFTER.exec(text.slice(start + m[0].length));
    const scale = after?.[1] ? wordValue(after[1], lang) : undefined;
    const abbreviation = after?.[1] && lang === 'en' ? abbreviatedScale(after[1].toLowerCase(), after[0] === after[1], CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 2), start))) : undefined;
    if ((scale?.scale || abbreviation?.sure) && after) {
      const multiplier = scale?.scale ? scale.value : abbreviation!.value;
      const end = start + m[0].length + after[0].length;
      const token = { value: value * multiplier, span: { start, end }, text: text.slice(start, end) };
      digits.push(token);
      scaled.set(token, multiplier);
      words.push(value);
    } else {
      const code =
        (CODE_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !YEAR.test(m[0])) ||
        (m[0] === '00' && /\d[:：.]$/u.test(text.slice(Math.max(0, start - 2), start))) ||
        inRoundTheClock(text, start) ||
        isFootnoteReference(text, start, start + m[0].length);
      const clock = MILITARY_TIME_AFTER.test(text.slice(start + m[0].length)) ? MILITARY_TIME.exec(m[0]) : null;
      // "1200 GMT" is 12 o'clock (the source has no zero minutes to answer); "0930 UTC" is 9 and 30.
      const parts = DAY_MONTH_OR_TIME.exec(m[0]) ?? (clock && clock[2] !== '00' ? clock : null);
      const hour = clock && clock[2] === '00' ? [Number(clock[1])] : [];
      digits.push({
        value,
        span: { start, end: start + m[0].length },
        text: m[0],
        ...(code ? { code: true as const } : {}),
        ...(abbreviation ? { alternatives: [value * abbreviation.value] } : hour.length ? { alternatives: hour } : {}),
        ...(parts ? { parts: [Number(parts[1]), Number(parts[2])] } : {}),
      });
    }
  }
  shareRangeScales(digits, scaled, text);
  if (options.words === false) return { digits, words, counts };
  words.push(...romanNumerals(text));
  // Number words: consecutive ones combine ("twenty-one", "two thousand", "двух тысяч").
  let run: number | undefined;
  let small = 0;
  // The run as a token: where it is, and whether a word of it is a count ("twenty-one" is, "one" alone is not).
  let runStart = 0;
  let runEnd = 0;
  let runHasCount = false;
  let runWords = 0;
  const closeRun = (): void => {
    if (run !== undefined && runHasCount) {
      const written = text.slice(runStart, runEnd);
      counts.push({ value: run, span: { start: runStart, end: runEnd }, text: written, ...(ORDINAL_ENDING[lang].test(written) ? { ordinal: true as const } : {}) });
    }
    // Each word's value is in `words` already; a run of several adds its sum once ("twenty-one": 20, 1, 21),
    // so one "three" answers one source 3, not two (3 人死亡，3 人受伤 → "killed nine … wounded three").
    if (run !== undefined && runWords > 1) words.push(run);
    run = undefined;
    small = 0;
    runWords = 0;
  };
  // exec on one pattern, not matchAll, which copies the pattern on every call; no token is empty.
  NUMBER_WORD_TOKEN.lastIndex = 0;
  for (let m = NUMBER_WORD_TOKEN.exec(text); m !== null; m = NUMBER_WORD_TOKEN.exec(text)) {
    const token = m[0];
    const month = monthValue(token, lang, text[m.index + token.length]);
    if (month !== undefined) words.push(month);
    const letters = LETTERS_ONLY.test(token);
    const w = letters ? wordValue(token, lang) : undefined;
    // «четырёхмесячные», «восемнадцатилетний»: a figure in a compound word, a number of its own, no count.
    const compound = !w && letters && lang === 'ru' && mayBeRuCompound(token) ? ruCompoundValue(token.toLowerCase()) : undefined;
    if (compound !== undefined) {
      closeRun();
      words.push(compound);
      continue;
    }
    if (!w) {
      if (token.toLowerCase() === 'and' && run !== undefined) continue;
      closeRun();
      continue;
    }
    const start = m.index ?? 0;
    // Words combine as "twenty-one", "two hundred and five"; "first fifteen", "three four-walled" are two numbers.
    if (run !== undefined && !w.scale && small !== 0 && !(small % 10 === 0 && small >= 20 && w.value < (small >= 100 ? 100 : 10))) closeRun();
    if (run === undefined) {
      runStart = start;
      runHasCount = false;
    }
    runEnd = start + token.length;
    // "per second", "a second" are time.
    const count = !w.scale && isCount(token.toLowerCase(), lang) && !(token.toLowerCase() === 'second' && /\b(?:per|a|one|split|every|each)\s+$/iu.test(text.slice(0, start)));
    runHasCount ||= count;
    // "a hundred ships" counts; "3 hundred" is the figure before it, "hundreds" a vague quantity.
    runHasCount ||= w.scale && w.value < 1e6 && SINGULAR_SCALE.test(token) && !AFTER_FIGURE_OR_VAGUE.test(text.slice(Math.max(0, start - 12), start));
    words.push(w.value);
    // "half a million" is 500,000 (50万).
    if (w.scale && HALF_A_BEFORE.test(text.slice(Math.max(0, start - 12), start))) words.push(w.value / 2);
    runWords++;
    if (w.scale) {
      run = ((run ?? 0) - small) + Math.max(small, 1) * w.value;
      small = 0;
    } else {
      run = (run ?? 0) + w.value;
      small += w.value;
    }
  }
  closeRun();
  return { digits, words, counts };
}

/** A dotted date's day, month and year as three figures, each with its own span. */
function pushDateParts(digits: NumberToken[], date: RegExpExecArray, start: number): void {
  let at = start;
  for (const part of date.slice(1)) {
    digits.push({ value: Number(part), span: { start: at, end: at + part.length }, text: part });
    at += part.length + 1;
  }
}

/** An abbreviated scale after digits (ABBREVIATED_SCALES): sure when unambiguous or after a currency sign. */
function abbreviatedScale(letters: string, joined: boolean, afterCurrency: boolean): { value: number; sure: boolean } | undefined {
  const value = ownValue(ABBREVIATED_SCALES, letters);
  if (value === undefined) return undefined;
  // "5 m" with a space is a unit; "5m" is a unit or a scale; "5bn" and "£5m" are scales.
  if (!SURE_ABBREVIATIONS.has(letters) && !joined) return undefined;
  return { value, sure: SURE_ABBREVIATIONS.has(letters) || afterCurrency };
}

/**
 * "4.2–3.9 million", "4.2 to 3.9 million", «4,2–3,9 млн»: the first end takes the scale word the
 * second carries, as an alternative reading (the bare 4.2 still answers a source 4.2).
 */
function shareRangeScales(digits: NumberToken[], scaled: ReadonlyMap<NumberToken, number>, text: string): void {
  for (let i = digits.length - 2; i >= 0; i--) {
    const scale = scaled.get(digits[i + 1]!);
    const first = digits[i]!;
    if (scale === undefined || scaled.has(first) || first.alternatives || !RANGE_JOIN.test(text.slice(first.span.end, digits[i + 1]!.span.start))) continue;
    digits[i] = { ...first, alternatives: [first.value * scale] };
  }
}

/** Whether the figure at `start` is the 24 or the 7 of "24/7" (round the clock), not after another digit. */
function inRoundTheClock(text: string, start: number): boolean {
  const at = text.startsWith('24/', start) ? start : start - 3;
  return at >= 0 && ROUND_THE_CLOCK.test(text.slice(at)) && !/\d/u.test(text[at - 1] ?? '');
}

/**
 * English words that are figures in other senses or not at all: "half", "a dozen". "twice" counts
 * (三次 → "twice" is a wrong number): a stray count is reported only beside a missing source count.
 */
const EN_NOT_COUNTS: ReadonlySet<string> = new Set([...NOT_ALIGNMENT_EVIDENCE, 'zero', 'half', 'dozen', 'dozens']);

/** Russian words that start like a number and are none (семья "family", четверг "Thursday", четверть "quarter"), or a vague or dual one. */
const RU_NOT_COUNTS = /^(?:семь(?:я|и|ю|е|ей|ёй|ям|ях|ями)$|четверг|четверт|десятк|сотн|сотен|столет|оба|обе|обо)/u;
/** The case endings of Russian cardinals and ordinals: a short stem (пят-, сем-, три) takes only these. */
const RU_ENDINGS: ReadonlySet<string> = new Set([
  '', 'ь', 'и', 'ью', 'а', 'у', 'е', 'о', 'ём', 'ем', 'ух', 'ум', 'умя', 'ёх', 'ех', 'ём', 'емя',
  'ый', 'ий', 'ой', 'ого', 'его', 'ому', 'ему', 'ом', 'ая', 'яя', 'ую', 'юю', 'ые', 'ие', 'ых', 'их', 'ым', 'им', 'ыми', 'ими',
  'ье', 'ья', 'ьи', 'ьего', 'ьему', 'ьей', 'ьем', 'ьим', 'ьих', 'ьими',
]);

/** Value of a Russian number word read strictly: a short stem takes only a case ending (пятой, семи, третьего). */
function ruCountValue(lower: string): number | undefined {
  if (RU_NOT_COUNTS.test(lower)) return undefined;
  const known = ruNumberWordForAlignment(lower) ?? RU_COLLECTIVES.get(lower);
  if (known !== undefined) return known;
  let best: readonly [string, number] | undefined;
  for (const entry of RU_NUMBER_STEMS) if (lower.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  if (!best) return undefined;
  const ending = lower.slice(best[0].length);
  return (best[0].length <= 4 ? RU_ENDINGS.has(ending) : ending.length <= 6) ? best[1] : undefined;
}

/**
 * Whether a number word can only be a count or a rank, from two up ("one of", "first of all",
 * «один из», «во-первых» are idioms). Russian: case forms of the number stems (ruCountValue).
 */
function isCount(lower: string, lang: TargetLang): boolean {
  const value = lang === 'en' ? (EN_NOT_COUNTS.has(lower) ? undefined : ownValue(EN_NUMBER_WORDS, lower)) : ruCountValue(lower);
  return value !== undefined && value >= 2 && value < 1000;
}
