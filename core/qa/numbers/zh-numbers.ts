import { parseChineseNumeral, ZH_DIGITS, ZH_LARGE_UNITS, ZH_SMALL_UNITS } from '../../numbers/zh-numerals';
import { ZH_DATE_SUFFIXES, ZH_PERCENT_PREFIX, ZH_VAGUE_PREFIXES } from '../data/zh-numerals';
import type { NumberToken } from './types';

/** Value of a Chinese numeral (八十, 一千二百万, 二〇二五, 叁拾): core/numbers' one parser, shared with the aligner. */
export { parseChineseNumeral };

const ZH_NUMERAL_CHARS = `${Object.keys(ZH_DIGITS).join('')}${Object.keys(ZH_SMALL_UNITS).join('')}${Object.keys(ZH_LARGE_UNITS).join('')}`;
/**
 * Digits, with a comma only as a thousands separator (three digits after it): Chinese web text often
 * uses the ASCII comma as its clause comma, so "15,20和30" is two figures.
 */
const ARABIC = /[0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?:[.．][0-9０-９]+)?|[0-9０-９]+(?:[.．][0-9０-９]+)?/gu;
const ZH_RUN = new RegExp(`[${ZH_NUMERAL_CHARS}]+`, 'gu');

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
  const out: NumberToken[] = [];
  const ascii = asciiDigits(text);
  for (const m of ascii.matchAll(ARABIC)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    // Thousands separators are commas in Chinese text; a dot is a decimal point.
    let value = Number(m[0].replace(/,/g, ''));
    // 1.5万亿: every large unit after the figure multiplies it.
    for (let unit = ZH_LARGE_UNITS[text[end] ?? '']; unit !== undefined; unit = ZH_LARGE_UNITS[text[end] ?? '']) {
      value *= unit;
      end++;
    }
    if (Number.isFinite(value)) out.push({ value, span: { start, end }, text: text.slice(start, end) });
  }
  for (const m of text.matchAll(ZH_RUN)) {
    const start = m.index ?? 0;
    const run = m[0];
    // In 百分之五 the 百 opens the percent prefix; the figure is the run after 之.
    if (text.startsWith(ZH_PERCENT_PREFIX, start)) continue;
    const percent = text.slice(Math.max(0, start - ZH_PERCENT_PREFIX.length), start) === ZH_PERCENT_PREFIX;
    if (!percent && start > 0 && ZH_VAGUE_PREFIXES.includes(text[start - 1] ?? '')) continue;
    const next = text[start + run.length] ?? '';
    const hasUnit = [...run].some((c) => c in ZH_SMALL_UNITS || c in ZH_LARGE_UNITS);
    const isDatePart = next !== '' && ZH_DATE_SUFFIXES.includes(next);
    const isYear = next === '年' && run.length >= 2 && !hasUnit;
    if (!percent && !isDatePart && !isYear && (run.length === 1 || !hasUnit)) continue;
    const value = parseChineseNumeral(run);
    if (value !== undefined) out.push({ value, span: { start, end: start + run.length }, text: run });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
