import type { TargetLang } from '../../model/types';
import { asciiDigits, chineseDecimalFraction, parseChineseNumeral } from '../../numbers/zh-numerals';
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

/** A figure and its unit in the source: 0.2个百分点, 零点二个百分点, 5.0%, 百分之五. */
const ZH_FIGURE_UNIT = /([0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二三四五六七八九十两]+(?:点[零〇一二三四五六七八九]+)?)[ \u00A0]*(个?百分点|[%％])|(百分之)([0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/gu;
/** A figure in digits and its unit in a translation: "0.2 percentage points", "5.0 percent", «0,2 п. п.», «5,0 %». */
const FIGURE_UNIT: Record<TargetLang, RegExp> = {
  en: /(?<![\d.,])(\d+(?:\.\d+)?)[\s\u00A0-]*(percentage[- ]points?|pp\b|points?\b|%|per ?cent\b|percent\b)/giu,
  ru: /(?<![\d.,])(\d+(?:,\d+)?)[\s\u00A0]*(процентн\p{L}*\s+пункт\p{L}*|п\.\s?п\.|пункт\p{L}*|%|процент\p{L}*)/giu,
};
const IS_POINTS = /point|pp|пункт|п\./iu;

/** 0.2, ０.２, 零点二, 五: the value of a figure of ZH_FIGURE_UNIT. */
function zhValue(written: string): number | undefined {
  const ascii = asciiDigits(written);
  if (/^[0-9.]+$/u.test(ascii)) return Number(ascii);
  const [whole, fraction] = written.split('点');
  const value = parseChineseNumeral(whole ?? '');
  if (value === undefined) return undefined;
  return fraction ? value + chineseDecimalFraction(fraction) : value;
}

interface UnitFigure {
  value: number;
  points: boolean;
  /** The unit as written (个百分点, %, "per cent"), for the message. */
  unit: NumberToken;
}

function sourceFigures(source: string): UnitFigure[] {
  const out: UnitFigure[] = [];
  for (const m of source.matchAll(ZH_FIGURE_UNIT)) {
    const prefix = m[3] !== undefined;
    const value = zhValue((prefix ? m[4] : m[1]) ?? '');
    if (value === undefined) continue;
    const unitText = (prefix ? m[3] : m[2]) ?? '';
    const at = (m.index ?? 0) + (prefix ? 0 : m[0].length - unitText.length);
    out.push({ value, points: !prefix && unitText.endsWith('百分点'), unit: { value: 0, span: { start: at, end: at + unitText.length }, text: unitText } });
  }
  return out;
}

function targetFigures(target: string, lang: TargetLang): UnitFigure[] {
  const out: UnitFigure[] = [];
  for (const m of target.matchAll(FIGURE_UNIT[lang])) {
    const unitText = m[2] ?? '';
    const at = (m.index ?? 0) + m[0].length - unitText.length;
    out.push({ value: Number((m[1] ?? '').replace(',', '.')), points: IS_POINTS.test(unitText), unit: { value: 0, span: { start: at, end: at + unitText.length }, text: unitText } });
  }
  return out;
}

/**
 * A sentence with both (失业率为5.0%，下降0.2个百分点): compared figure by figure. A figure the source
 * gives only in percentage points that the translation gives only in per cent ("down 0.2 percent"),
 * or the other way round.
 */
function figureMismatch(source: string, target: string, lang: TargetLang): { source: NumberToken; target: NumberToken } | undefined {
  const inSource = sourceFigures(source);
  const inTarget = targetFigures(target, lang);
  for (const t of inTarget) {
    const said = inSource.filter((f) => Math.abs(f.value - t.value) < 1e-9);
    if (said.length === 0 || said.some((f) => f.points === t.points)) continue;
    // The translation gives the figure the right way elsewhere too: a repeat, not a swap.
    if (inTarget.some((o) => o !== t && Math.abs(o.value - t.value) < 1e-9 && o.points !== t.points)) continue;
    return { source: said[0]!.unit, target: t.unit };
  }
  return undefined;
}

/**
 * Percentage points rendered as per cent, or per cent as percentage points: a rise "by 3 %" and "by
 * 3 percentage points" are different figures. Reported when the source has one and the translation
 * only the other; in a source with both, figure by figure (figureMismatch). A translation with
 * neither ("doubled") is not compared.
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
  if (percent && points) return figureMismatch(source, target, lang);
  return undefined;
}
