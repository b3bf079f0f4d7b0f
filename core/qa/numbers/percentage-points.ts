import type { TargetLang } from '../../model/types';
import type { NumberToken } from './types';

/** 百分点 "percentage point(s)", with its measure word (3个百分点). */
const ZH_POINTS = /个?百分点/gu;
/** A percentage in Chinese: 5%, 5％, 百分之五. */
const ZH_PERCENT = /[%％]|百分之/gu;

/**
 * Percentage points in a translation: "percentage point(s)", "pp", «процентных пункта», «п. п.».
 * Plain "points" / «пунктов» count when the source has 百分点 ("rose 2 points"), not otherwise (a game's points).
 */
const POINTS_EXPLICIT: Record<TargetLang, RegExp> = {
  en: /percentage[- ]points?|(?<=\d\s?)pp\b/giu,
  ru: /процентн\p{L}*\s+пункт\p{L}*|п\.\s?п\./giu,
};
const POINTS_LOOSE: Record<TargetLang, RegExp> = { en: /\bpoints?\b/iu, ru: /пункт/iu };
/** Per cent in a translation (outside "percentage points", «процентных пунктов»). */
const PERCENT: Record<TargetLang, RegExp> = {
  en: /%|\bper ?cent\b|\bpercent(?:age)?\b(?![- ]points?)/giu,
  ru: /%|процент(?!н\p{L}*\s+пункт)\p{L}*/giu,
};

/** The first match of a global pattern, read with exec (matchAll would copy the pattern on every call). */
function first(text: string, pattern: RegExp): NumberToken | undefined {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  if (!m) return undefined;
  return { value: 0, span: { start: m.index, end: m.index + m[0].length }, text: m[0] };
}

/**
 * Percentage points rendered as per cent, or per cent as percentage points: a rise "by 3 %" and "by
 * 3 percentage points" are different figures. Reported when the source has one and the translation
 * only the other; a source with both, or a translation with neither ("doubled"), is not compared.
 */
export function percentagePointsMismatch(source: string, target: string, lang: TargetLang): { source: NumberToken; target: NumberToken } | undefined {
  // 占…个百分点 is a share ("accounts for a few per cent"), which a translation rightly gives in per cent.
  const points = first(source, ZH_POINTS);
  if (points && /占[^，。；！？,;]*$/u.test(source.slice(0, points.span.start))) return undefined;
  const percent = first(source.replace(ZH_POINTS, (m) => ' '.repeat(m.length)), ZH_PERCENT);
  const targetPoints = first(target, POINTS_EXPLICIT[lang]);
  if (points && !percent) {
    const targetPercent = first(target, PERCENT[lang]);
    if (targetPoints || POINTS_LOOSE[lang].test(target) || !targetPercent) return undefined;
    return { source: points, target: targetPercent };
  }
  if (percent && !points && targetPoints) return { source: percent, target: targetPoints };
  return undefined;
}
