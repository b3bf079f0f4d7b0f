import { parseChineseNumeral, ZH_DIGITS, ZH_LARGE_UNITS, ZH_SMALL_UNITS } from '../../numbers/zh-numerals';
import { ZH_DATE_SUFFIXES, ZH_PERCENT_PREFIX, ZH_VAGUE_PREFIXES } from '../data/zh-numerals';
import type { NumberToken } from './types';

/** Value of a Chinese numeral (八十, 一千二百万, 二〇二五, 叁拾): core/numbers' one parser, shared with the aligner. */
export { parseChineseNumeral };

const ZH_NUMERAL_CHARS = `${Object.keys(ZH_DIGITS).join('')}${Object.keys(ZH_SMALL_UNITS).join('')}${Object.keys(ZH_LARGE_UNITS).join('')}`;
/**
 * Digits, with a comma only as a thousands separator (exactly three digits after it): Chinese web
 * text often uses the ASCII comma as its clause comma, so "15,20和30" is two figures. The full-width
 * comma too, which text converted to full-width punctuation puts in figures ("2，500万美元",
 * "25，000英亩"); a list of figures is written with 、 in Chinese.
 */
const ARABIC = /[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+(?![0-9０-９])(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?/gu;
/** 10多亿, 3万余: "more than" between a figure and its large unit; the unit still scales the figure. */
const MORE_THAN = '多余';
/** After 千万 or 万万 these make it the adverb "by all means" (千万别, 万万不可), not a figure. */
const ADVERB_NEXT = '别不要莫勿记';
/**
 * Words made of numerals that count nothing: 万一 "in case", 万千 "myriad", 十万八千里 "miles
 * away", 千百万 / 千千万万 / 成千上万 / 亿万 "millions, countless". A translation has no figure for them.
 */
const NUMERAL_IDIOMS = /万一|万千|十万八千里|千百万|千千万万|成千上万|亿万/gu;
const ZH_RUN = new RegExp(`[${ZH_NUMERAL_CHARS}]+`, 'gu');

/** 十, 百, 千, 万, 亿…: a numeral character that scales, not a digit. */
const isUnit = (c: string): boolean => c in ZH_SMALL_UNITS || c in ZH_LARGE_UNITS;

/** Full-width digits to ASCII, one character for one, so offsets stay valid. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * The figures a translation must carry over from a Chinese sentence: Arabic numbers (with 万/亿
 * scaling: 3000亿 = 3 × 10¹¹), percentages (百分之五), numerals with units (八十, 两千), and date
 * parts (五月八日). Lone numerals inside words (两国, 一带一路, 第二次世界大战) and vague
 * quantities (数十万) are left out: the translation has no figure to match them.
 */
export function extractChineseNumbers(text: string): NumberToken[] {
  return scanChineseNumbers(text).figures;
}

/**
 * The figures (as extractChineseNumbers) and the loose numerals: lone ones inside words (十倍, 三件,
 * 第五条, 十分之一, 七成) and runs without a unit. A translation need not carry them (一个人 is "a
 * man"), but a figure in the translation that one of them explains ("10 times", "Rule 5", "1 in 10",
 * "70 %") is no stray figure either.
 */
export function scanChineseNumbers(text: string): { figures: NumberToken[]; loose: number[] } {
  const out: NumberToken[] = [];
  const loose: number[] = [];
  const ascii = asciiDigits(text);
  for (const m of ascii.matchAll(ARABIC)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    // Thousands separators are commas in Chinese text; a dot is a decimal point.
    let value = Number(m[0].replace(/[,，]/g, ''));
    if (MORE_THAN.includes(text[end] ?? '') && ZH_LARGE_UNITS[text[end + 1] ?? ''] !== undefined) end++;
    // 1.5万亿: every large unit after the figure multiplies it.
    for (let unit = ZH_LARGE_UNITS[text[end] ?? '']; unit !== undefined; unit = ZH_LARGE_UNITS[text[end] ?? '']) {
      value *= unit;
      end++;
    }
    if (!Number.isFinite(value)) continue;
    // 70年代: the translation says "the 1970s" as often as "the '70s" or "70-е годы".
    const decade = text.startsWith('年代', end) && m[0].length === 2 ? [1900 + value, 2000 + value] : undefined;
    // 1997至1998: "1997-98", "'98".
    const year = /^(?:19|20)\d\d$/u.test(m[0]) && end === start + 4 ? [value % 100] : undefined;
    const alternatives = decade ?? year;
    out.push({ value, span: { start, end }, text: text.slice(start, end), ...(alternatives ? { alternatives } : {}) });
  }
  const idioms = [...text.matchAll(NUMERAL_IDIOMS)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  for (const m of text.matchAll(ZH_RUN)) {
    const start = m.index ?? 0;
    let run = m[0];
    if (idioms.some((i) => start < i.end && i.start < start + run.length)) continue;
    if ((run === '千万' || run === '万万') && ADVERB_NEXT.includes(text[start + run.length] ?? '')) continue;
    // 二十两银子: 两 after a unit is the measure word (tael); twenty-two is 二十二.
    if (run.length > 2 && run.endsWith('两') && isUnit(run[run.length - 2]!)) run = run.slice(0, -1);
    // In 百分之五 the 百 opens the percent prefix; the figure is the run after 之.
    if (text.startsWith(ZH_PERCENT_PREFIX, start)) continue;
    const percent = text.slice(Math.max(0, start - ZH_PERCENT_PREFIX.length), start) === ZH_PERCENT_PREFIX;
    if (!percent && start > 0 && ZH_VAGUE_PREFIXES.includes(text[start - 1] ?? '')) continue;
    const next = text[start + run.length] ?? '';
    const hasUnit = [...run].some(isUnit);
    const isDatePart = next !== '' && ZH_DATE_SUFFIXES.includes(next);
    const isYear = next === '年' && run.length >= 2 && !hasUnit;
    const value = parseChineseNumeral(run);
    if (value === undefined) continue;
    if (!percent && !isDatePart && !isYear && (run.length === 1 || !hasUnit)) {
      loose.push(value);
      // 七成: seven tenths, "70 %".
      if (next === '成') loose.push(value * 10);
      continue;
    }
    out.push({ value, span: { start, end: start + run.length }, text: run });
  }
  return { figures: out.sort((a, b) => a.span.start - b.span.start), loose };
}
