/**
 * A source figure kept with another unit: 二十公里 → "20 miles" / «20 миль», 八十公斤 → "80 pounds",
 * 40摄氏度 → "40°F", 500亩 → "500 hectares". The figure is there, so the figure check is satisfied,
 * but the quantity is wrong by the ratio of the units: a costly slip in an official text.
 *
 * Conservative by construction: both sides must name a unit of the closed list (data/units.ts) right
 * after the figure, of the same dimension; a bare "degrees" names no scale; a source that gives the
 * figure in the translation's unit too (65 公里（40英里）) explains it; a same figure that is the
 * conversion within a fifth (海里 "miles", 斤 "pounds", 尺 "feet") is a loose conversion, and a
 * traditional unit named by its customary Western name (千里 "a thousand miles", 两亩 "two acres") is a
 * name, not a conversion (CUSTOMARY_NAMES).
 */
import { CUSTOMARY_NAMES, UNITS } from '../data/units';
import type { Unit } from '../data/units';
import type { Span, TargetLang } from '../../model/types';
import type { NumberToken } from './types';
import { sameValue } from './same-value';
import { convert, targetUnitAfter } from './unit-conversions';
import type { Measure, SourceMeasures } from './unit-conversions';

/** A source figure with its unit, and the translation's same figure with another unit. */
export interface WrongUnit {
  /** The figure with its unit in the source (二十公里). */
  readonly source: Span;
  /** The figure with its unit in the translation ("20 miles"). */
  readonly target: Span;
  /** What the source says, in the translation's unit: "20 km is about 12.4 miles". */
  readonly conversion: string;
  /** Both ends of a range. */
  readonly range: boolean;
}

/** A loose conversion: within a fifth of the exact one (12 nautical miles as "12 miles" is 15 % off). */
const LOOSE = 0.2;
/** For a temperature, within two degrees (the scales meet at −40, the only figure both may keep). */
const LOOSE_DEGREES = 2;

/** Whether `value` in `to` is about `value` in `from`: then keeping the figure is no error. */
function aboutTheSame(value: number, from: Unit, to: Unit): boolean {
  const exact = convert(value, from, to);
  // The translation's digits carry no sign ("−10 °F", "10 °F below zero"): either sign may be meant.
  if (from.dimension === 'temperature') return Math.min(Math.abs(exact - value), Math.abs(exact + value)) <= LOOSE_DEGREES;
  return Math.abs(exact - value) <= LOOSE * Math.abs(exact);
}

/** 12.4, 7,720, 0.33: three significant digits, thousands with commas. */
function approximate(value: number): string {
  const rounded = Number(value.toPrecision(3));
  const [whole, fraction] = String(Math.abs(rounded)).split('.');
  const grouped = (whole ?? '').replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
  return `${rounded < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

const amount = (value: number, unit: Unit): string => `${approximate(value)} ${value === 1 ? unit.name : unit.plural}`;

/**
 * The translation's figures (`tokens`, digits and count words) that keep a source figure's value
 * with another unit of its dimension, the source not giving that figure in that unit anywhere. A
 * token already read as a conversion (`converted`) renders another figure and is left alone. A
 * range ("3 to 5 miles" for 3至5公里) is one finding.
 */
export function findWrongUnits(measuresOfSource: SourceMeasures, target: string, lang: TargetLang, tokens: readonly NumberToken[], converted: ReadonlySet<NumberToken>): WrongUnit[] {
  if (tokens.length === 0 || !measuresOfSource) return [];
  let measures: readonly Measure[] | undefined;
  const found: WrongUnit[] = [];
  const sorted = [...tokens].sort((a, b) => a.span.start - b.span.start);
  for (const token of sorted) {
    if (converted.has(token) || token.code) continue;
    const after = targetUnitAfter(target, token.span.end, lang);
    if (!after || after.unit === UNITS.degree) continue;
    const unit = after.unit;
    measures ??= measuresOfSource();
    const sameFigure = (m: Measure): boolean => sameValue(Math.abs(m.value), token.value) && m.unit.dimension === unit.dimension;
    // The source gives this figure in the translation's unit somewhere: that is what the translation renders.
    if (measures.some((m) => sameFigure(m) && m.unit === unit)) continue;
    const measure = measures.find((m) => sameFigure(m) && CUSTOMARY_NAMES.get(m.unit) !== unit && !aboutTheSame(m.value, m.unit, unit));
    if (!measure) continue;
    const targetSpan = { start: token.span.start, end: after.end };
    const conversion = `${amount(measure.value, measure.unit)} is about ${amount(convert(measure.value, measure.unit, unit), unit)}`;
    // "3 to 5 miles": the range's ends share one unit, one finding for both.
    const previous = found[found.length - 1];
    if (previous && previous.target.end === targetSpan.end) {
      found[found.length - 1] = {
        source: { start: Math.min(previous.source.start, measure.written.start), end: Math.max(previous.source.end, measure.written.end) },
        target: { start: previous.target.start, end: targetSpan.end },
        conversion: `${previous.conversion}, ${conversion}`,
        range: true,
      };
      continue;
    }
    found.push({ source: measure.written, target: targetSpan, conversion, range: false });
  }
  return found;
}
