import { beadFinding, quote } from '../finding';
import { scanChineseNumbers } from '../numbers/zh-numbers';
import { extractTargetNumbers } from '../numbers/target-numbers';
import { findVagueQuantities, rendersVague } from '../numbers/vague';
import { dayGivenAsWeekday, weekdayMismatches } from '../numbers/weekdays';
import { percentagePointsMismatch } from '../numbers/percentage-points';
import { findConversions, measuresOf } from '../numbers/unit-conversions';
import { sameValue } from '../numbers/same-value';
import { findWrongUnits } from '../numbers/wrong-units';
import { isNameNumeral } from '../numbers/name-numerals';
import type { NumberToken } from '../numbers/types';
import { sideText } from '../side-text';
import type { BeadCheck, Finding } from '../types';
import { TAG_TOKEN } from '../../model/tag-tokens';

/** The text with each tag token replaced by as many spaces, so offsets still point into the original. */
function blankTagTokens(text: string): string {
  return text.includes('⟦') ? text.replace(TAG_TOKEN, (t) => ' '.repeat(t.length)) : text;
}

/** Takes one value equal to `value` out of `pool`; true when there was one. */
function take(pool: number[], value: number): boolean {
  const i = pool.findIndex((v) => sameValue(v, value));
  if (i < 0) return false;
  pool.splice(i, 1);
  return true;
}

/**
 * Figures that differ between source and translation. Every source figure (digits, 八十, 百分之五,
 * 5月8日, 二〇二二年) must appear in the translation, in digits, words or as a month name; a figure
 * in digits in the translation that matches no source figure is reported too. A wrong number is one
 * finding (the source figure, paired with the translation's stray figure), not two. Vague
 * quantities (数十万) must be rendered in words ("hundreds of thousands") or by a figure in range.
 * A source weekday (周三) rendered as another day ("Tuesday") is reported too, and so is a figure kept
 * with another unit (二十公里 → "20 miles").
 */
export const numbersMismatch: BeadCheck = {
  id: 'numbers.mismatch',
  severity: 'error',
  scope: 'bead',
  description: 'A number, date or percentage differs between source and translation.',
  run(bead) {
    if (bead.source.length === 0 || bead.target.length === 0) return [];
    const source = sideText(bead.source);
    const target = sideText(bead.target);
    if (target.text.trim() === '') return [];
    // Tag tokens (⟦1⟧) are numbered codes, not figures: blanked out, offsets kept.
    const sourceText = blankTagTokens(source.text);
    const scanned = scanChineseNumbers(sourceText);
    const sourceNumbers = scanned.figures.filter((n) => !isListNumber(sourceText, n));
    // Without source figures only stray digits can be wrong: the number-word pass is not needed.
    // Number words are read when the source has a figure or a count to compare them with.
    const { digits, words, counts } = extractTargetNumbers(blankTagTokens(target.text), bead.lang, { words: sourceNumbers.length > 0 || scanned.counts.length > 0 });
    // "12 miles" for 二十公里: a figure converted to another unit renders the source's, and is no stray.
    const given = [...sourceNumbers.flatMap((n) => [n.value, ...(n.alternatives ?? [])]), ...scanned.loose];
    // The source's measures, read once for both unit passes (conversions here, wrong units below).
    const measures = measuresOf(sourceText);
    const { converted, rendered } = findConversions(measures, target.text, bead.lang, [...digits, ...counts], given);
    const unconverted = converted.size > 0 ? digits.filter((d) => !converted.has(d)) : digits;
    const digitPool = unconverted.map((d) => d.value);
    const wordPool = [...words];
    const missing: NumberToken[] = [];
    // A repeated source figure the translation spells once in words (十四岁就十四岁 → "fourteen, you're
    // fourteen" for three 十四): prose drops repeats, so it is reported only beside a stray figure
    // (3 人死亡，3 人受伤 → "killed nine … wounded three": the one "three" answers one 3, "nine" neither).
    const repeats = new Set<NumberToken>();
    const found = (value: number): boolean => take(digitPool, value) || take(wordPool, value);
    for (const n of sourceNumbers) {
      if (found(n.value) || (n.alternatives ?? []).some(found)) continue;
      // Part of a name (COVID-19): it may answer a figure, but a translation may name the thing otherwise.
      if (n.code) continue;
      if (rendered.some((r) => r.start < n.span.end && n.span.start < r.end)) continue;
      // 茅十八 "Mao Shiba": a numeral the translation spells as part of a name is no figure.
      if (isNameNumeral(sourceText, n, target.text, bead.lang)) continue;
      // 5日上午 "Wednesday morning": a day of the month the translation gives as its weekday.
      if (dayGivenAsWeekday(sourceText, n, target.text, bead.lang)) continue;
      missing.push(n);
      if (words.some((v) => sameValue(v, n.value)) && sourceNumbers.some((other) => other !== n && sameValue(other.value, n.value))) repeats.add(n);
    }
    answerWithOtherReadings(unconverted, digitPool, missing, scanned.loose);
    // 数十万 has no figure to compare, but "tens of thousands" for it is as wrong as a wrong number.
    // A figure in its range ("300,000") renders it, and is then no stray figure.
    const vagueMissing = findVagueQuantities(source.text).filter((hit) => {
      const inRange = digitPool.find((v) => rendersVague(hit, '', bead.lang, [v]));
      if (inRange !== undefined) return !take(digitPool, inRange);
      return !rendersVague(hit, target.text, bead.lang, []);
    });
    // A loose numeral (十倍, 第五条) is not required, but explains a figure the translation writes in digits.
    for (const value of scanned.loose) take(digitPool, value);
    // "9.05" for 九点零五分: a time (or day and month) whose parts are loose numerals of the source.
    for (const d of unconverted) if (d.parts?.every((p) => scanned.loose.some((l) => sameValue(l, p)))) take(digitPool, d.value);
    // What is left of the digit pool, as tokens, in reading order.
    const extra: NumberToken[] = [];
    const left = [...digitPool];
    for (const d of unconverted) if (take(left, d.value) && !d.code) extra.push(d);

    // A count word of the translation no source numeral explains ("seven" where the source has 三)
    // is a changed number when a source count (三种, 第九) is missing from the translation.
    // Only what the source says: a figure's other written forms (2006 as '06, 11 点 as 23:00) explain
    // digits, not a count word ("the sixth" beside 2006).
    const sourceValues = [...sourceNumbers.map((n) => n.value), ...scanned.loose];
    // A rank ("second") is not explained by 双 "two": only by what can be a rank (第二, 2, 二).
    const rankValues = [...sourceValues];
    for (const v of scanned.cardinalOnly) take(rankValues, v);
    // How many times ("twice", «дважды», "three times", «два раза») is explained only by a source
    // numeral that counts times (三次, 两度, 2回): 两国 "the two countries" explains no "twice" for 三次.
    let timesValues: number[] | undefined;
    const explaining = (c: NumberToken): readonly number[] => {
      if (c.ordinal) return rankValues;
      if (!countsTimes(c, target.text, bead.lang)) return sourceValues;
      timesValues ??= scanned.numerals.filter((n) => ZH_TIMES_AFTER.test(sourceText.slice(n.span.end, n.span.end + 3))).map((n) => n.value);
      return timesValues;
    };
    // "twice" renders 多一倍 ("more than twice as much") as well as 两次: with a 倍 or 番 it is no stray.
    const strays = counts.filter(
      (c) => !converted.has(c) && !explaining(c).some((v) => sameValue(v, c.value)) && !(TWICE.test(c.text) && DOUBLING.test(sourceText)),
    );
    // Each source count takes one number of the translation: 两种…另外两种 → "two … and twelve others"
    // leaves the second 两种 missing, reported only paired with the stray "twelve" (below).
    const named = [...unconverted.map((d) => d.value), ...words];
    const countsMissing = scanned.counts.filter((c) => !take(named, c.value));
    const pairs: { m?: NumberToken; e?: NumberToken }[] = [];
    for (let i = 0; i < Math.max(missing.length, extra.length); i++) pairs.push({ m: missing[i], e: extra[i] });
    // A missing figure with no stray digit is shown with the stray word instead.
    for (const pair of pairs) if (pair.m && !pair.e) pair.e = strays.shift();
    for (let i = 0; i < Math.min(strays.length, countsMissing.length); i++) pairs.push({ m: countsMissing[i], e: strays[i] });
    const reported = pairs.filter((pair) => pair.e || !pair.m || !repeats.has(pair.m));

    const findings: Finding[] = [];
    for (const { m, e } of reported) {
      const message = m
        ? `Number ${quote(m.text)} in the source is not in the translation${e ? ` (which has ${quote(e.text)})` : ''}.`
        : `Number ${quote(e?.text ?? '')} in the translation is not in the source.`;
      findings.push(
        beadFinding(numbersMismatch, bead, message, {
          source: m ? source.locate(m.span.start, m.span.end) : undefined,
          target: e ? target.locate(e.span.start, e.span.end) : undefined,
        }),
      );
    }
    for (const hit of vagueMissing) {
      findings.push(
        beadFinding(numbersMismatch, bead, `Quantity ${quote(hit.text)} (${hit.quantity.gloss}) in the source is not rendered in the translation.`, {
          source: source.locate(hit.span.start, hit.span.end),
        }),
      );
    }
    // "by 3 percentage points" and "by 3 %" are different figures.
    const unit = percentagePointsMismatch(source.text, target.text, bead.lang);
    if (unit) {
      const [said, written] = /[%％之]/u.test(unit.source.text) ? ['per cent', 'percentage points'] : ['percentage points', 'per cent'];
      findings.push(
        beadFinding(numbersMismatch, bead, `The source has ${said} (${quote(unit.source.text)}), the translation ${written} (${quote(unit.target.text)}).`, {
          source: source.locate(unit.source.span.start, unit.source.span.end),
          target: target.locate(unit.target.span.start, unit.target.span.end),
        }),
      );
    }
    // 二十公里 → "20 miles": the figure is there, the quantity is not.
    for (const wrong of findWrongUnits(measures, target.text, bead.lang, [...digits, ...counts], converted)) {
      const written = (side: string, span: { start: number; end: number }): string => side.slice(span.start, span.end);
      findings.push(
        beadFinding(numbersMismatch, bead, `${quote(written(source.text, wrong.source))} is rendered as ${quote(written(target.text, wrong.target))}: the same ${wrong.range ? 'figures' : 'figure'} in another unit (${wrong.conversion}).`, {
          source: source.locate(wrong.source.start, wrong.source.end),
          target: target.locate(wrong.target.start, wrong.target.end),
        }),
      );
    }
    // A weekday is part of a date: 周三 rendered "Tuesday" is as wrong as a wrong day of the month.
    for (const day of weekdayMismatches(source.text, target.text, bead.lang)) {
      findings.push(
        beadFinding(numbersMismatch, bead, `Weekday ${quote(day.source.text)} in the source is not in the translation (which has ${quote(day.target.text)}).`, {
          source: source.locate(day.source.span.start, day.source.span.end),
          target: target.locate(day.target.span.start, day.target.span.end),
        }),
      );
    }
    return findings;
  },
};

/**
 * A translation's figure read another way answers source figures still missing, and is then no stray:
 * "4.2" of "4.2–3.9 million" is 420万, "18.12" is 12月18日 and "5.30pm" is 5:30 — but only where the
 * source has them, so a decimal 18.12 stays a decimal.
 */
function answerWithOtherReadings(digits: readonly NumberToken[], digitPool: number[], missing: NumberToken[], loose: readonly number[]): void {
  const answers = (n: NumberToken, v: number) => sameValue(n.value, v) || (n.alternatives ?? []).some((a) => sameValue(a, v));
  for (const d of digits) {
    if (missing.length === 0) return;
    if (!d.alternatives && !d.parts) continue;
    const alternative = missing.findIndex((n) => (d.alternatives ?? []).some((v) => answers(n, v)));
    // Each part answers a missing figure, or a loose numeral the source has (the 30 of 5 点半).
    const parts: number[] = [];
    let looseParts = 0;
    for (const v of d.parts ?? []) {
      const at = missing.findIndex((n, i) => !parts.includes(i) && answers(n, v));
      if (at >= 0) parts.push(at);
      else if (loose.some((l) => sameValue(l, v))) looseParts++;
    }
    const answered = alternative >= 0 ? [alternative] : d.parts && parts.length > 0 && parts.length + looseParts === d.parts.length ? parts : [];
    if (answered.length === 0 || !take(digitPool, d.value)) continue;
    for (const i of answered.sort((a, b) => b - a)) missing.splice(i, 1);
  }
}

const DOUBLING = /[倍番]/u;
const TWICE = /^(?:twice|дважды)$/iu;
/** Adverbs of how many times. */
const TIMES_ADVERB = /^(?:once|twice|thrice|однажды|дважды|трижды|четырежды)$/iu;
/** "three times", «два раза», «пять раз» after a number word. */
const TIMES_AFTER: Readonly<Record<'en' | 'ru', RegExp>> = { en: /^[\s-]+times\b/iu, ru: /^\s+раза?(?!\p{L})/iu };
/** Measure words that count times (三次, 两度, 三回, 两遍, 两趟, 两轮, 两届, 三场). */
const ZH_TIMES_AFTER = /^[ \u00A0]*[次回遍趟度番倍轮届场]/u;

/** Whether a count word of the translation says how many times ("twice", "three times", «два раза»). */
function countsTimes(c: NumberToken, text: string, lang: 'en' | 'ru'): boolean {
  return TIMES_ADVERB.test(c.text) || TIMES_AFTER[lang].test(text.slice(c.span.end, c.span.end + 8));
}

/** "1." or "１、" opening a source paragraph is numbering, which the translation may render as "I." */
function isListNumber(text: string, n: NumberToken): boolean {
  return n.span.start === 0 && /^[.、．)）]/u.test(text.slice(n.span.end));
}
