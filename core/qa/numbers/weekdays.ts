import type { TargetLang } from '../../model/types';
import { EN_WEEKDAYS, RU_WEDNESDAY_ANY_FORM, RU_WEEKDAY_STEMS, ZH_WEEKDAY, ZH_WEEKDAY_DIGITS, ZH_WEEKDAY_NOT_BEFORE } from '../data/weekdays';
import type { NumberToken } from './types';

/** Weekdays named in a Chinese sentence (星期三, 礼拜天, 周五), value 1 (Monday) … 7 (Sunday). */
function sourceWeekdays(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  if (!/星期|礼拜|周/u.test(text)) return out;
  for (const m of text.matchAll(ZH_WEEKDAY)) {
    const [whole, lead, day] = m as unknown as [string, string, string];
    const start = m.index ?? 0;
    if (lead === '周' && day === '天') continue;
    if (ZH_WEEKDAY_NOT_BEFORE.test(text.slice(start + whole.length))) continue;
    out.push({ value: ZH_WEEKDAY_DIGITS[day]!, span: { start, end: start + whole.length }, text: whole });
  }
  return out;
}

/** A weekday word of a translation: its day, and whether the word can only be that day. */
interface TargetWeekday { token: NumberToken; certain: boolean }

function targetWeekday(word: string, lang: TargetLang): { value: number; certain: boolean } | undefined {
  if (lang === 'en') {
    const value = EN_WEEKDAYS[word.endsWith('s') ? word.slice(0, -1) : word];
    return value === undefined ? undefined : { value, certain: true };
  }
  const lower = word.toLowerCase();
  if (RU_WEDNESDAY_ANY_FORM.test(lower)) return { value: 3, certain: lower === 'среду' };
  for (const [stem, value] of RU_WEEKDAY_STEMS) if (lower.startsWith(stem) && lower.length - stem.length <= 3) return { value, certain: true };
  return undefined;
}

/** A run of letters; one pattern for every sentence (a literal in the function is a `new RegExp` per call in the bundle). */
const LETTER_RUN = /\p{L}+/gu;

/** Weekdays named in an English or Russian translation. */
function targetWeekdays(text: string, lang: TargetLang): TargetWeekday[] {
  const out: TargetWeekday[] = [];
  for (const m of text.matchAll(LETTER_RUN)) {
    const day = targetWeekday(m[0], lang);
    if (!day) continue;
    const start = m.index ?? 0;
    out.push({ token: { value: day.value, span: { start, end: start + m[0].length }, text: m[0] }, certain: day.certain });
  }
  return out;
}

/**
 * A source weekday the translation names another day for: 周三 rendered "Tuesday". The source
 * weekday comes paired with the translation's other day. A weekday the translation simply leaves
 * out is not reported: translators often give the date instead.
 */
export function weekdayMismatches(source: string, target: string, lang: TargetLang): { source: NumberToken; target: NumberToken }[] {
  const wanted = sourceWeekdays(source);
  if (wanted.length === 0) return [];
  const named = targetWeekdays(target, lang);
  const sourceDays = new Set(wanted.map((w) => w.value));
  const others = named.filter((n) => n.certain && !sourceDays.has(n.token.value));
  const out: { source: NumberToken; target: NumberToken }[] = [];
  for (const w of wanted) {
    if (named.some((n) => n.token.value === w.value)) continue;
    const other = others.shift();
    if (other) out.push({ source: w, target: other.token });
  }
  return out;
}

/** A day of the month written without its month: 5日, 五号 not after 月. */
const DAY_WITHOUT_MONTH_AFTER = /^[ \u00A0]*[日号]/u;
const MONTH_BEFORE = /月[ \u00A0]*$/u;

/**
 * Whether source figure `n` is a day of the month written without its month (5日上午, 五号) that the
 * translation gives as a weekday: news copy dates its lead "3月5日电" and then says "5日上午", which
 * the agencies render "opened Wednesday morning" / «открылась в среду утром». The weekday cannot be
 * checked against the date (the year is elsewhere), so it counts only when the source names no weekday.
 */
export function dayGivenAsWeekday(source: string, n: NumberToken, target: string, lang: TargetLang): boolean {
  if (!DAY_WITHOUT_MONTH_AFTER.test(source.slice(n.span.end, n.span.end + 2))) return false;
  if (MONTH_BEFORE.test(source.slice(Math.max(0, n.span.start - 2), n.span.start))) return false;
  return sourceWeekdays(source).length === 0 && targetWeekdays(target, lang).some((w) => w.certain);
}
