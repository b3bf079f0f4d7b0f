/**
 * Figures a translator converted to another unit: 二十公里 → "12 miles" / «12 миль», 八十公斤 →
 * "176 pounds", 500亩 → "82 acres", 40摄氏度 → "104°F". The translation's figure renders the source
 * figure when it is the exact conversion rounded as written (to the last digit it gives) and within
 * a tenth of it (one degree for a temperature): "12 miles" or "12.4 miles" for 20 km (12.43), "nearly
 * 10,000 feet" for 3000 m (9,843), but not "13 miles", nor "10 miles" (a fifth short).
 */
import { SPEED_OF_LENGTH, TARGET_UNITS, UNITS, ZH_KNOT_NOT_BEFORE, ZH_SCALE_BEFORE, ZH_SPEED_AFTER, ZH_SPEED_BEFORE, ZH_SPEED_CONTEXT, ZH_TEMPERATURE_CONTEXT, ZH_UNITS } from '../data/units';
import type { Unit } from '../data/units';
import type { Span, TargetLang } from '../../model/types';
import type { NumberToken } from './types';
import { sameValue } from './same-value';
import { scanChineseNumbers } from './zh-numbers';

/** A source figure and the unit it measures in. */
export interface Measure {
  value: number;
  unit: Unit;
  /** The figure's place in the source. */
  span: Span;
  /** The figure with its unit as written: 二十公里, 摄氏40度, 3至5公里 for the 3 of the range. */
  written: Span;
}

/** Between a figure and its unit: "more than" (二十多公里, 20余吨), spaces. */
const BEFORE_UNIT = /^[ \u00A0]*(?:[多余])?[ \u00A0]*/u;
/**
 * Between the two ends of a range, or two figures of a list, whose unit comes once after the last
 * (3至5公里, 3-5吨, 三到五米, 5、10和15公里).
 */
const ZH_RANGE_JOIN = /^(?:[多余])?[ \u00A0]*(?:至|到|~|～|-|－|—|–|、|，|,|和|与|或|及)[ \u00A0]*$/u;
/** Below zero: 零下十度, 负5摄氏度, -5℃ (not the dash of a range, 3-5℃). */
const BELOW_ZERO = /(?:零下|负|(?<![0-9０-９][ \u00A0]*)[-−])[ \u00A0]*(?:摄氏|华氏)?$/u;
/** A unit with its scale before the figure (摄氏40度): the 度 after it. */
const DEGREE_AFTER = /^[ \u00A0]*度/u;

/** What makes a bare 度 a temperature and 节 knots. */
interface UnitContext {
  temperature: boolean;
  speed: boolean;
}

/** The unit that starts `text` (after 多/余 and spaces), if any, and where in `text` it ends. */
function zhUnitAt(text: string, context: UnitContext): { unit: Unit; end: number } | undefined {
  const skipped = BEFORE_UNIT.exec(text)?.[0].length ?? 0;
  const rest = text.slice(skipped);
  for (const [word, unit] of ZH_UNITS) if (rest.startsWith(word)) return { unit, end: skipped + word.length };
  if (context.speed && rest.startsWith('节') && !ZH_KNOT_NOT_BEFORE.test(rest.slice(1))) return { unit: UNITS.knot, end: skipped + 1 };
  return context.temperature && rest.startsWith('度') ? { unit: UNITS.celsius, end: skipped + 1 } : undefined;
}

/** The source's figures that have a unit: 二十公里, both ends of 3至5公顷, 摄氏40度, 零下十度 (−10 °C). */
export function sourceMeasures(text: string): Measure[] {
  const context: UnitContext = { temperature: ZH_TEMPERATURE_CONTEXT.test(text), speed: ZH_SPEED_CONTEXT.test(text) };
  const figures: Array<{ value: number; span: Span; written: Span; unit?: Unit; belowZero: boolean }> = [];
  // The numerals the figure check read, with their scale (3百万, 1.5万, 十多万): one reading of the source.
  for (const numeral of scanChineseNumbers(text).numerals) {
    const { value, span: { start, end } } = numeral;
    // The 千 of 5千米, 25千克 is the unit's (kilometre, kilogram), which the figure before has taken.
    const previous = figures[figures.length - 1];
    if (previous && start >= previous.span.end && start < previous.written.end) continue;
    const before = text.slice(Math.max(0, start - 4), start);
    const scaleBefore = ZH_SCALE_BEFORE.find(([word]) => before.endsWith(word) && DEGREE_AFTER.test(text.slice(end)));
    const after = scaleBefore ? undefined : zhUnitAt(text.slice(end, end + 8), context);
    let unit = scaleBefore?.[1] ?? after?.unit;
    const written = scaleBefore
      ? { start: start - scaleBefore[0].length, end: end + (DEGREE_AFTER.exec(text.slice(end))?.[0].length ?? 0) }
      : { start, end: end + (after?.end ?? 0) };
    // 时速350公里, 350公里/小时: a length per hour is a speed.
    const speed = unit && SPEED_OF_LENGTH.get(unit);
    if (speed && (ZH_SPEED_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || ZH_SPEED_AFTER.test(text.slice(written.end, written.end + 3)))) unit = speed;
    const belowZero = BELOW_ZERO.test(text.slice(Math.max(0, start - 6), start));
    figures.push({ value, span: { start, end }, written, belowZero, ...(unit ? { unit } : {}) });
  }
  // 3至5公里, 5、10和15公里: a figure of a range or list takes the unit of the next.
  for (let i = figures.length - 2; i >= 0; i--) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    if (!a.unit && b.unit && ZH_RANGE_JOIN.test(text.slice(a.span.end, b.span.start))) {
      a.unit = b.unit;
      a.written = { start: a.span.start, end: b.written.end };
    }
  }
  const measures: Measure[] = [];
  for (const f of figures) {
    if (!f.unit) continue;
    // 零下十度 is −10 °C; a length or weight has no sign.
    measures.push({ value: f.belowZero && f.unit.dimension === 'temperature' ? -f.value : f.value, unit: f.unit, span: f.span, written: f.written });
  }
  return measures;
}

/**
 * After a figure of a range or list in a translation whose unit comes once after the last: "2–3
 * miles", "2 to 3 miles", «от 2 до 3 км», "5, 10 and 15 km", «5, 10 или 15 км». A list's commas need
 * an "and" or "or" before its last figure ("in 2019, 15 km" is no list).
 */
const TARGET_RANGE_JOIN = /^(?:[\s\u00A0]*,[\s\u00A0]*\d(?:[\d.\u00A0\u202F]|,(?=\d))*)*[\s\u00A0]*,?[\s\u00A0]*(?:[-–—‐‑]|to|or|and|до|или|и)[\s\u00A0]*[\d.,\u00A0\u202F ]*\d/iu;
/** Between a figure and its unit: spaces, the hyphen of "a 12-mile walk". */
const BEFORE_TARGET_UNIT = /^[\s\u00A0]*-?[\s\u00A0]*/u;

/** A unit of the translation and where it ends. */
export interface TargetUnit {
  unit: Unit;
  end: number;
}

/** The unit that starts `text` (after spaces and a hyphen), and where in `text` it ends. */
function targetUnitAt(text: string, lang: TargetLang): TargetUnit | undefined {
  const skipped = BEFORE_TARGET_UNIT.exec(text)?.[0].length ?? 0;
  const rest = text.slice(skipped);
  for (const [pattern, unit] of TARGET_UNITS[lang]) {
    const m = pattern.exec(rest);
    if (m) return { unit, end: skipped + m[0].length };
  }
  return undefined;
}

/** The unit after a figure of the translation (ending at `end`), or after the other end of the range it opens. */
export function targetUnitAfter(text: string, end: number, lang: TargetLang): TargetUnit | undefined {
  const rest = text.slice(end, end + 60);
  const direct = targetUnitAt(rest, lang);
  if (direct) return { unit: direct.unit, end: end + direct.end };
  const range = TARGET_RANGE_JOIN.exec(rest);
  const after = range ? targetUnitAt(rest.slice(range[0].length), lang) : undefined;
  return after && range ? { unit: after.unit, end: end + range[0].length + after.end } : undefined;
}

/**
 * Whether a figure in `from` may be converted into `to`: one dimension, or a length and a speed (a
 * length per hour has the length's size), since a source may state a speed without saying so
 * (速度350公里 → "217 mph"). A unit kept with another figure (wrong-units.ts) needs one dimension.
 */
export function convertible(from: Unit, to: Unit): boolean {
  if (from.dimension === to.dimension) return true;
  const lengthOrSpeed = (unit: Unit): boolean => unit.dimension === 'length' || unit.dimension === 'speed';
  return lengthOrSpeed(from) && lengthOrSpeed(to);
}

/** `value` in `from` converted to `to` (convertible). A bare "degrees" is the other scale. */
export function convert(value: number, from: Unit, to: Unit): number {
  if (from.dimension !== 'temperature') return (value * from.size) / to.size;
  const toCelsius = to === UNITS.degree ? from !== UNITS.celsius : to === UNITS.celsius;
  const celsius = from === UNITS.fahrenheit ? ((value - 32) * 5) / 9 : value;
  return toCelsius ? celsius : (celsius * 9) / 5 + 32;
}

/**
 * The step a translation's figure is rounded to, as written: 0.1 for "12.4", 1 for "12", 100 for
 * "9,800" or "1.2 million" read as 1,200,000 with one decimal (100,000). Number words: by trailing zeros.
 */
function precisionOf(token: NumberToken, lang: TargetLang): number {
  const digits = /\d[\d.,\u00A0\u202F ]*/u.exec(token.text)?.[0].trim();
  if (!digits) return trailingZerosStep(token.value);
  const decimalMark = lang === 'en' ? '.' : ',';
  const point = digits.lastIndexOf(decimalMark);
  const written = Number(lang === 'en' ? digits.replace(/,/gu, '') : digits.replace(/[\u00A0\u202F ]/gu, '').replace(',', '.'));
  const scale = written > 0 ? token.value / written : 1;
  const decimals = point >= 0 ? digits.length - point - 1 : 0;
  return decimals > 0 ? 10 ** -decimals * scale : trailingZerosStep(written) * scale;
}

function trailingZerosStep(value: number): number {
  let step = 1;
  while (value !== 0 && Number.isInteger(value / (step * 10))) step *= 10;
  return step;
}

/** Whether the translation's figure is `exact`, rounded as written and within a tenth (a degree). */
export function roundsTo(token: NumberToken, exact: number, dimension: Unit['dimension'], lang: TargetLang): boolean {
  const diff = Math.abs(token.value - exact);
  const slack = 1e-9 * Math.max(1, Math.abs(exact));
  const within = dimension === 'temperature' ? 1 : 0.1 * Math.abs(exact);
  return diff <= precisionOf(token, lang) / 2 + slack && diff <= within + slack;
}

/** Characters of the source units (ZH_UNITS, 度): without one, a sentence has no measure to convert. */
const ZH_UNIT_CHAR = /[米里尺寸斤克吨磅亩顷升仑度节℃℉°]/u;

/** A source's measures, read when first asked, or undefined for a source naming no unit. */
export type SourceMeasures = (() => readonly Measure[]) | undefined;

/**
 * The source's measures for the numbers check's two unit passes (conversions, then wrong units):
 * read once, and only when a translation figure has a unit to compare; none without a unit character.
 */
export function measuresOf(source: string): SourceMeasures {
  if (!ZH_UNIT_CHAR.test(source)) return undefined;
  let measures: Measure[] | undefined;
  return () => (measures ??= sourceMeasures(source));
}

/** A figure of the translation converted from a source figure (below), and the source figures so rendered. */
export interface Conversions {
  /** The translation's figures that are conversions, in digits or words. */
  readonly converted: ReadonlySet<NumberToken>;
  /** Where the source figures they render are. */
  readonly rendered: readonly Span[];
}

const NONE: Conversions = { converted: new Set(), rendered: [] };

/**
 * The figures of a translation (`tokens`, digits and number words) that convert a source figure into
 * another unit, each source figure used once, in reading order: "2–3 miles" for 3至5公里 is 3 km and
 * 5 km, not a 3 that happens to be there. A figure the source gives itself, in that unit or with none
 * (`sourceValues`), is that figure: "65 km (40 miles)" for 65 公里（40英里）. Only a different unit
 * converts: "21 km" for 20公里 stays a wrong figure.
 */
export function findConversions(measuresOfSource: SourceMeasures, target: string, lang: TargetLang, tokens: readonly NumberToken[], sourceValues: readonly number[]): Conversions {
  if (tokens.length === 0 || !measuresOfSource) return NONE;
  let measures: readonly Measure[] | undefined;
  const converted = new Set<NumberToken>();
  const rendered: Span[] = [];
  const used = new Set<Measure>();
  const sorted = [...tokens].sort((a, b) => a.span.start - b.span.start);
  const units = sorted.map((token) => targetUnitAfter(target, token.span.end, lang)?.unit);
  const convertsOne = (token: NumberToken, unit: Unit, m: Measure): boolean => convertible(m.unit, unit) && m.unit !== unit && roundsTo(token, convert(m.value, m.unit, unit), unit.dimension, lang);
  // 3至5公里 → "3 to 5 miles": the 5 km is kept as "5 miles", which converts nothing (a wrong unit,
  // wrong-units.ts), so the "3" is not its conversion (5 km is 3.1 miles) but the 3 km kept too.
  // In "2-3 miles" the 3 converts 5 km, and the 2 is the 3 km converted.
  const keptWith = (m: Measure, unit: Unit, all: readonly Measure[]): boolean =>
    sorted.some((t, i) => units[i] === unit && sameValue(t.value, Math.abs(m.value)) && !all.some((other) => convertsOne(t, unit, other)));
  for (const [i, token] of sorted.entries()) {
    const unit = units[i];
    if (!unit) continue;
    measures ??= measuresOfSource();
    const givenInAnotherUnit = measures.some((m) => sameValue(m.value, token.value) && convertible(m.unit, unit) && m.unit !== unit);
    if (!givenInAnotherUnit && sourceValues.some((v) => sameValue(v, token.value))) continue;
    const all = measures;
    const measure = measures.find((m) => !used.has(m) && convertsOne(token, unit, m) && !keptWith(m, unit, all));
    if (!measure) continue;
    used.add(measure);
    converted.add(token);
    rendered.push(measure.span);
  }
  return converted.size === 0 ? NONE : { converted, rendered };
}
