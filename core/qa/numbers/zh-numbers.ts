import { asciiDigits, chineseDecimalFraction, parseChineseNumeral, ZH_DIGITS, ZH_LARGE_UNITS, ZH_SMALL_UNITS } from '../../numbers/zh-numerals';
import { ZH_CARDINAL_CHARACTERS, ZH_COUNT_CLASSIFIER, ZH_DATE_SUFFIXES, ZH_FIRST, ZH_NUMBER_CHARACTERS, ZH_NUMERALS_NOT_COUNTS, ZH_PAIR_COUNT, ZH_PERCENT_PREFIX, ZH_VAGUE_PREFIXES } from '../data/zh-numerals';
import type { NumberToken } from './types';
import { BoundedMemo } from '../../text/bounded-memo';
import { CIRCLED_NUMBERS, footnoteMarkerValue, SUPERSCRIPT_DIGITS } from '../../text/footnote-marks';

/** Value of a Chinese numeral (八十, 一千二百万, 二〇二五, 叁拾): core/numbers' one parser, shared with the aligner. */
export { parseChineseNumeral };

const ZH_NUMERAL_CHARS = `${Object.keys(ZH_DIGITS).join('')}${Object.keys(ZH_SMALL_UNITS).join('')}${Object.keys(ZH_LARGE_UNITS).join('')}`;
/**
 * Digits, with a comma only as a thousands separator (exactly three digits after it): Chinese web
 * text often uses the ASCII comma as its clause comma, so "15,20和30" is two figures. The full-width
 * comma too, which text converted to full-width punctuation puts in figures ("2，500万美元",
 * "25，000英亩"); a list of figures is written with 、 in Chinese. A space (or no-break space) between
 * groups of three is a thousands separator too: UN documents in Chinese write "3 396 754 100美元".
 */
const ARABIC = /[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])(?:[.．][0-9０-９]+)?|[0-9０-９]{1,3}(?:[ \u00A0\u202F][0-9０-９]{3})+(?![0-9０-９])(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?/gu;
/** 10多亿, 3万余: "more than" between a figure and its large unit; the unit still scales the figure. */
const MORE_THAN = '多余';
/** After 千万 or 万万 these make it the adverb "by all means" (千万别, 万万不可), not a figure. */
const ADVERB_NEXT = '别不要莫勿记';
/**
 * Words made of numerals that count nothing: 万一 "in case", 万千 "myriad", 十万八千里 "miles
 * away", 千百万 / 千千万万 / 成千上万 / 亿万 / 数以百万计 "millions, countless". A translation has no
 * figure for them.
 */
const NUMERAL_IDIOMS = /万一|万千|十万八千里|千百万|千千万万|成千上万|亿万|数以[十百千万亿]+计/gu;
const ZH_RUN = new RegExp(`[${ZH_NUMERAL_CHARS}]+`, 'gu');
const ZH_NUMBER_RUN_CHAR = new RegExp(`[${ZH_NUMERAL_CHARS}]`, 'u');

/** Two neighbouring digits, "one or two" … "eight or nine" (一两, 三两 "two or three", 两三). */
const APPROXIMATE = /^(?:一二|一两|二三|两三|三两|三四|四五|五六|六七|七八|八九)$/u;

/** 十, 百, 千, 万, 亿…: a numeral character that scales, not a digit. */
const isUnit = (c: string): boolean => c in ZH_SMALL_UNITS || c in ZH_LARGE_UNITS;

/** How many spaces (ASCII, no-break, ideographic) start `text` at `at`. */
function spaceAt(text: string, at: number): number {
  let n = 0;
  while (/[ \u00A0\u3000]/u.test(text[at + n] ?? '')) n++;
  return n;
}

const CENTURY = '世纪';
const DECADE = '年代';

/**
 * What a century (19世纪) or decade (70年代) figure may be written as in a translation, or 'loose' for
 * the century of a decade (20世纪60年代 is "the 1960s", or «60-х годов XX века»: the decade carries
 * the century, which is then not required but may explain a figure). Undefined: neither.
 */
function eraAfter(text: string, start: number, end: number, value: number): readonly number[] | 'loose' | undefined {
  const after = end + spaceAt(text, end);
  if (text.startsWith(CENTURY, after)) {
    const decadeRun = /^[ \u00A0\u3000]*([0-9]{2}|[一二三四五六七八九]十)[ \u00A0\u3000]*年代/u.exec(text.slice(after + CENTURY.length));
    if (decadeRun) return 'loose';
    // 19世纪: "the 19th century", "XIX век", "the 1800s".
    return Number.isInteger(value) && value >= 2 && value <= 21 ? [(value - 1) * 100] : undefined;
  }
  if (!text.startsWith(DECADE, after) || value % 10 !== 0 || value >= 100) return undefined;
  // 70年代: "the 1970s" as often as "the '70s" or "70-е годы"; after 19世纪, "the 1870s".
  const century = /([0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \u00A0\u3000]*世纪[ \u00A0\u3000]*$/u.exec(text.slice(Math.max(0, start - 12), start));
  const centuryValue = century?.[1] ? (/\d/u.test(century[1]) ? Number(century[1]) : parseChineseNumeral(century[1])) : undefined;
  const inCentury = centuryValue !== undefined ? [(centuryValue - 1) * 100 + value] : [];
  return [...inCentury, 1900 + value, 2000 + value];
}

/**
 * A lone numeral that counts or ranks things: a rank (第九, 第一, 二战 "World War II"), or a digit (not
 * 百, 千: 百战 "many battles", 千比特 "kilobit") from two up before a measure word (三种, 两个, 七艘).
 */
function isCount(text: string, start: number, end: number, value: number): boolean {
  if (text[start - 1] === '第') return true;
  // 一战 / 二战: the First / Second World War, a rank.
  if ((value === 1 || value === 2) && end === start + 1 && text[end] === '战' && !ZH_NUMBER_RUN_CHAR.test(text[start - 1] ?? '')) return true;
  return value >= 2 && value <= 10 && ZH_COUNT_CLASSIFIER.test(text.slice(end, end + 3));
}

/**
 * Whether a one-character numeral before 日 or 号 at `start` is a day of the month: after a month
 * (五月一日) or a day it ranges from (七日至九日). Elsewhere 一日 is "one day" (终有一日, 相处一日)
 * and 一号 "No. 1" (美国一号 "AmericaOne"): a loose numeral, not a date part.
 */
function opensDayOfMonth(text: string, start: number): boolean {
  return /(?:月|[日号][ \u00A0]*[至到和及、—–-])[ \u00A0]*$/u.test(text.slice(Math.max(0, start - 4), start));
}

/**
 * "N多" is more than N and less than the next step of N's last digit: 二十多岁 is 20 to 30 ("в
 * возрасте от 20 до 30 лет"), 四十多年 40 to 50 ("almost half a century"), 10多亿 1 to 2 billion. The
 * upper bound may explain a figure of the translation (never required).
 */
function pushMoreThanBound(loose: number[], written: number, scale: number): void {
  if (!Number.isInteger(written) || written < 10) return;
  let step = 1;
  while (written % (step * 10) === 0 && step * 10 <= written) step *= 10;
  if (step >= 10) loose.push((written + step) * scale);
}

/**
 * The figures a translation must carry over from a Chinese sentence: Arabic numbers (with 万/亿
 * scaling: 3000亿 = 3 × 10¹¹), percentages (百分之五), numerals with units (八十, 两千), and date
 * parts (五月八日). Lone numerals inside words (两国, 一带一路, 第二次世界大战) and vague
 * quantities (数十万) are left out: the translation has no figure to match them.
 */
export function extractChineseNumbers(text: string): readonly NumberToken[] {
  return scanChineseNumbers(text).figures;
}

/**
 * The figures (as extractChineseNumbers) and the loose numerals: lone ones inside words (十倍, 三件,
 * 第五条, 十分之一, 七成) and runs without a unit. A translation need not carry them (一个人 is "a
 * man"), but a figure in the translation that one of them explains ("10 times", "Rule 5", "1 in 10",
 * "70 %") is no stray figure either.
 */
export interface ChineseNumbers {
  /** What a translation must carry. */
  readonly figures: readonly NumberToken[];
  /** What may explain a figure or number word of the translation (十倍 "10 times", 双方 "the two sides"). */
  readonly loose: readonly number[];
  /** Values of 双, 俩, 仨 ("two", "three", never "second", "third"): they explain a cardinal, not a rank. */
  readonly cardinalOnly: readonly number[];
  /**
   * Loose numerals that are a count or a rank (三种 "three kinds", 两个人, 第九区 "the Ninth Ward",
   * 首次 "the first time"); not required, but one the translation leaves out is reported when the
   * translation has a number word in its place.
   */
  readonly counts: readonly NumberToken[];
  /**
   * Every numeral read where it stands, in reading order: the figures before any is set aside as a
   * repeat (3 件及 3 件以上) and the loose numerals (三公里, 十斤, 七八米 as 7 and 8): what a unit after
   * a figure belongs to (unit-conversions.ts). Not idioms, vague quantities (数十公里) or 千万别.
   */
  readonly numerals: readonly NumberToken[];
}

/** Sources already scanned: the numbers check reads a source once per target language. */
const SCANNED_LIMIT = 20_000;
const scanned = new BoundedMemo<string, ChineseNumbers>(SCANNED_LIMIT, scanText);

/**
 * A decimal point and digits after a numeral (六点五, 零点七): digit characters only, and not a clock
 * time (九点零五分, 三点一刻), which names its minutes, nor 一点一点 / 一点一滴 "little by little".
 */
const ZH_DECIMAL = /^点([零〇一二三四五六七八九]+)(?![零〇一二三四五六七八九十百分刻钟点滴儿])/u;

/** 点半 / 时半 right after a clock hour: half past. */
const HALF_HOUR_AFTER = /^[ \u00A0]*[点時时]半/u;

/** Between the two figures of "3 件及 3 件以上": the first figure's measure word, then 及 / 或 / 以及. */
const OR_MORE_BETWEEN = /^[ \u00A0]*\p{Script=Han}?[ \u00A0]*(?:及|或|以及|或者)[ \u00A0]*$/u;
/** After the second: its measure word, then 以上 / 以下 ("or more", "or less"). */
const OR_MORE_AFTER = /^[ \u00A0]*\p{Script=Han}?[ \u00A0]*以[上下]/u;

/**
 * "N及N以上" is "N or more", one figure said twice (3 件及 3 件以上 "3 or more items", 18岁及18岁以上
 * "18 and over"): the second is not required of the translation, but still explains a figure.
 */
function withoutOrMore(text: string, figures: NumberToken[], loose: number[]): NumberToken[] {
  return figures.filter((b, i) => {
    const a = figures[i - 1];
    const orMore = a !== undefined && a.value === b.value && OR_MORE_BETWEEN.test(text.slice(a.span.end, b.span.start)) && OR_MORE_AFTER.test(text.slice(b.span.end));
    if (orMore) loose.push(b.value);
    return !orMore;
  });
}

/** A bracketed aside, full-width or not. */
const BRACKETED = /（[^（）]*）|\([^()]*\)/gu;
/** A quotation in Latin script of three words or more right before the bracket: "… dated 4th July 1776". */
const LATIN_QUOTATION_BEFORE = /\p{Script=Latin}+(?:[ \u00A0,.'’-]+[\p{Script=Latin}0-9]+){2,}[ \u00A0]*$/u;

/**
 * A Chinese gloss in brackets after a quotation the source gives in its original English ("Original
 * Declaration of Independence dated 4th July 1776（《独立宣言》原件，1776 年 7 月 4 日）") repeats the
 * quotation's figures: a translation keeps the original and drops the gloss, so a gloss figure the
 * quotation already has is not required again (it still explains a figure).
 */
function withoutGlossRepeats(text: string, figures: NumberToken[], loose: number[]): NumberToken[] {
  if (!/[（(]/u.test(text) || !/\p{Script=Latin}/u.test(text)) return figures;
  const repeated = new Set<NumberToken>();
  for (const m of text.matchAll(BRACKETED)) {
    const open = m.index ?? 0;
    const quotation = LATIN_QUOTATION_BEFORE.exec(text.slice(Math.max(0, open - 200), open));
    if (!quotation) continue;
    const quotationStart = open - quotation[0].length;
    const quoted = figures.filter((f) => f.span.start >= quotationStart && f.span.end <= open);
    for (const f of figures) {
      if (f.span.start > open && f.span.end < open + m[0].length && quoted.some((q) => q.value === f.value)) repeated.add(f);
    }
  }
  for (const f of repeated) loose.push(f.value);
  return repeated.size === 0 ? figures : figures.filter((f) => !repeated.has(f));
}

/** A year of the Republic of China era: 民国元年 is 1912, 民国三十八年 1949 (中华民国 too, as in Taiwan's official texts). */
const ROC_YEAR = /民国[ \u00A0]*(元|[〇零一二三四五六七八九十百]+|[0-9０-９]+)[ \u00A0]*年/gu;
const ROC_EPOCH = 1911;

/**
 * A translation may give an era year as the Gregorian one ("1949" for 民国三十八年): that year answers
 * the era's figure, and explains a year the translation adds ("in 1912, the first year of the Republic").
 */
function withRocYears(text: string, figures: NumberToken[], loose: number[]): NumberToken[] {
  if (!text.includes('民国')) return figures;
  let out = figures;
  for (const m of text.matchAll(ROC_YEAR)) {
    const written = m[1] ?? '';
    const n = written === '元' ? 1 : /[0-9０-９]/u.test(written) ? Number(asciiDigits(written)) : parseChineseNumeral(written);
    if (n === undefined) continue;
    loose.push(ROC_EPOCH + n);
    const start = (m.index ?? 0) + m[0].indexOf(written);
    out = out.map((f) => (f.span.start === start && f.value === n ? { ...f, alternatives: [...(f.alternatives ?? []), ROC_EPOCH + n] } : f));
  }
  return out;
}

/** The figures, loose numerals and counts of a Chinese sentence. Memoised per text: shared, never modified. */
/** Circled numbers ①–⑳ and runs of superscript digits: how Chinese text marks its footnotes. */
const FOOTNOTE_MARKER = new RegExp(`[${CIRCLED_NUMBERS}]|[${SUPERSCRIPT_DIGITS}]+`, 'gu');

export function scanChineseNumbers(text: string): ChineseNumbers {
  return scanned.get(text);
}

function scanText(text: string): ChineseNumbers {
  const out: NumberToken[] = [];
  const loose: number[] = [];
  const counts: NumberToken[] = [];
  // Loose numerals where they stand, for `numerals`.
  const placed: NumberToken[] = [];
  const place = (value: number, start: number, end: number): void => {
    placed.push({ value, span: { start, end }, text: text.slice(start, end) });
  };
  const notCounts = [...text.matchAll(ZH_NUMERALS_NOT_COUNTS)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const cardinalOnly: number[] = [];
  for (const c of text) {
    const value = ZH_NUMBER_CHARACTERS[c];
    if (value === undefined) continue;
    loose.push(value);
    if (ZH_CARDINAL_CHARACTERS.includes(c)) cardinalOnly.push(value);
  }
  // A footnote's marker (①, ², [3] is read as digits already) is no figure the translation must have,
  // but explains its footnote number ("information.1", "1 See A/79/100").
  for (const m of text.matchAll(FOOTNOTE_MARKER)) loose.push(footnoteMarkerValue(m[0]));
  // 双腿 "two legs", 双手: 双 before a body part counts two of them (not 双方 "both sides", 双边 "bilateral").
  for (const m of text.matchAll(ZH_PAIR_COUNT)) {
    const start = m.index ?? 0;
    counts.push({ value: 2, span: { start, end: start + m[0].length }, text: m[0] });
  }
  for (const m of text.matchAll(ZH_FIRST)) {
    const start = m.index ?? 0;
    counts.push({ value: 1, span: { start, end: start + m[0].length }, text: m[0] });
  }
  const ascii = asciiDigits(text);
  // Where the Arabic figures and their units are: the 百万 of 3百万 is no figure of its own.
  const scaledFigures: { start: number; end: number }[] = [];
  for (const m of ascii.matchAll(ARABIC)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    // Thousands separators are commas in Chinese text; a dot is a decimal point.
    let value = Number(m[0].replace(/[,， \u00A0\u202F]/g, ''));
    const written = value;
    // Text with spaces around Latin script and digits writes "4500 万": the unit still scales the figure.
    const unitAt = end + spaceAt(text, end);
    const moreThan = MORE_THAN.includes(text[unitAt] ?? '');
    if (ZH_LARGE_UNITS[text[unitAt] ?? ''] !== undefined || (MORE_THAN.includes(text[unitAt] ?? '') && ZH_LARGE_UNITS[text[unitAt + 1] ?? ''] !== undefined)) end = unitAt;
    if (MORE_THAN.includes(text[end] ?? '') && ZH_LARGE_UNITS[text[end + 1] ?? ''] !== undefined) end++;
    // 3百万, 5千万: a 百 or 千 before a large unit scales the figure with it (3 million, 50 million).
    if ((text[end] === '百' || text[end] === '千') && ZH_LARGE_UNITS[text[end + 1] ?? ''] !== undefined) {
      value *= ZH_SMALL_UNITS[text[end] ?? ''] ?? 1;
      end++;
    }
    // 1.5万亿: every large unit after the figure multiplies it.
    for (let unit = ZH_LARGE_UNITS[text[end] ?? '']; unit !== undefined; unit = ZH_LARGE_UNITS[text[end] ?? '']) {
      value *= unit;
      end++;
    }
    if (!Number.isFinite(value)) continue;
    if (moreThan) pushMoreThanBound(loose, written, value / written);
    const era = eraAfter(text, start, end, value);
    if (era === 'loose') {
      loose.push(value);
      place(value, start, end);
      continue;
    }
    // 1997至1998: "1997-98", "'98".
    const year = /^(?:19|20)\d\d$/u.test(m[0]) && end === start + 4 ? [value % 100] : undefined;
    // 晚上 11 点, 10：08: a clock hour, "23:35" and "22:08" on a 24-hour clock.
    const hour = Number.isInteger(value) && value >= 1 && value <= 12 && /^[ \u00A0]*(?:点|時|时|[:：][0-5]\d)/u.test(text.slice(end)) ? [value + 12] : undefined;
    const alternatives = era ?? year ?? hour;
    // COVID-19, G20, ES-11/4: a figure joined to Latin letters is part of a name, as in a translation.
    // Not the x of a size (16x12").
    const before = text.slice(Math.max(0, start - 3), start);
    const code = /\p{Script=Latin}-?$/u.test(before) && !/\d[xX]$/u.test(before) && !year;
    out.push({ value, span: { start, end }, text: text.slice(start, end), ...(alternatives ? { alternatives } : {}), ...(code ? { code: true as const } : {}) });
    scaledFigures.push({ start, end });
    // 5 点半 is half past five: "5.30pm", "17:30" write the half hour as 30.
    if (hour && HALF_HOUR_AFTER.test(text.slice(end))) loose.push(30);
  }
  const idioms = [...text.matchAll(NUMERAL_IDIOMS)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const m of text.matchAll(ZH_RUN)) {
    const start = m.index ?? 0;
    let run = m[0];
    if (idioms.some((i) => start < i.end && i.start < start + run.length)) continue;
    if (scaledFigures.some((f) => start < f.end && f.start < start + run.length)) continue;
    if ((run === '千万' || run === '万万') && ADVERB_NEXT.includes(text[start + run.length] ?? '')) continue;
    // 二十两银子: 两 after a unit is the measure word (tael); twenty-two is 二十二.
    if (run.length > 2 && run.endsWith('两') && isUnit(run[run.length - 2]!)) run = run.slice(0, -1);
    // In 百分之五 the 百 opens the percent prefix; the figure is the run after 之.
    if (text.startsWith(ZH_PERCENT_PREFIX, start)) continue;
    const percent = text.slice(Math.max(0, start - ZH_PERCENT_PREFIX.length), start) === ZH_PERCENT_PREFIX;
    if (!percent && start > 0 && ZH_VAGUE_PREFIXES.includes(text[start - 1] ?? '')) continue;
    const next = text[start + run.length] ?? '';
    const hasUnit = [...run].some(isUnit);
    // 七八个人 "seven or eight people", 一两月 "a month or two": either figure may be given, none is
    // required; each is a count, so "one or nine" for 一两 is reported (a count only ever is beside a
    // number word no source numeral explains).
    if (APPROXIMATE.test(run) && next !== '年') {
      for (const c of run) {
        loose.push(ZH_DIGITS[c] ?? 0);
        counts.push({ value: ZH_DIGITS[c] ?? 0, span: { start, end: start + run.length }, text: run });
        place(ZH_DIGITS[c] ?? 0, start, start + run.length);
      }
      continue;
    }
    const decimal = ZH_DECIMAL.exec(text.slice(start + run.length));
    if (decimal?.[1] && text[start - 1] !== '第') {
      // 六点五 is 6.5 (百分之六点五 "6.5 per cent", 一点五亿 "150 million"); 九点零五分 is a clock time.
      const whole = parseChineseNumeral(run);
      const fraction = chineseDecimalFraction(decimal[1]);
      if (whole !== undefined) {
        let end = start + run.length + decimal[0].length;
        let scaled = whole + fraction;
        for (let unit = ZH_LARGE_UNITS[text[end] ?? '']; unit !== undefined; unit = ZH_LARGE_UNITS[text[end] ?? '']) {
          scaled *= unit;
          end++;
        }
        out.push({ value: scaled, span: { start, end }, text: text.slice(start, end) });
        scaledFigures.push({ start, end });
        continue;
      }
    }
    const isDatePart = next !== '' && ZH_DATE_SUFFIXES.includes(next) && (run.length > 1 || next === '月' || opensDayOfMonth(text, start));
    const isYear = next === '年' && run.length >= 2 && !hasUnit;
    const value = parseChineseNumeral(run);
    if (value === undefined) continue;
    if (MORE_THAN.includes(next) && !percent) {
      // 四十多万 is "more than 400,000", 十多亿 "over a billion": the units after 多 scale the figure.
      let end = start + run.length + 1;
      let scale = 1;
      for (let unit = ZH_LARGE_UNITS[text[end] ?? '']; unit !== undefined; unit = ZH_LARGE_UNITS[text[end] ?? '']) {
        scale *= unit;
        end++;
      }
      pushMoreThanBound(loose, value, scale);
      if (scale > 1) {
        out.push({ value: value * scale, span: { start, end }, text: text.slice(start, end) });
        continue;
      }
    }
    const era = eraAfter(text, start, start + run.length, value);
    if (era === 'loose') {
      loose.push(value);
      place(value, start, start + run.length);
      continue;
    }
    if (era) {
      out.push({ value, span: { start, end: start + run.length }, text: run, alternatives: era });
      continue;
    }
    if (!percent && !isDatePart && !isYear && (run.length === 1 || !hasUnit)) {
      const end = start + run.length;
      loose.push(value);
      place(value, start, end);
      if (isCount(text, start, end, value) && !notCounts.some((w) => start < w.end && w.start < end)) {
        const from = text[start - 1] === '第' ? start - 1 : start;
        counts.push({ value, span: { start: from, end }, text: text.slice(from, end) });
      }
      // 七成: seven tenths, "70 %". 两个世纪: two centuries, «двести лет».
      if (next === '成') loose.push(value * 10);
      if (/^个?世纪/u.test(text.slice(start + run.length))) loose.push(value * 100);
      continue;
    }
    out.push({ value, span: { start, end: start + run.length }, text: run });
  }
  const figures = out.sort((a, b) => a.span.start - b.span.start);
  const numerals = placed.length === 0 ? figures : [...figures, ...placed].sort((a, b) => a.span.start - b.span.start);
  const kept = withRocYears(text, withoutGlossRepeats(text, withoutOrMore(text, figures, loose), loose), loose);
  return { figures: kept, loose, cardinalOnly, counts: counts.sort((a, b) => a.span.start - b.span.start), numerals };
}
