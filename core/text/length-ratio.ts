/**
 * A document's own length ratio, robustly: the median log ratio of target letters to translated
 * source letters (carried letters left out on both sides, carried-letters.ts) and the scaled MAD of
 * the deviations from it, each weighted by √(source / median source) as in Gale and Church (a short
 * sentence's ratio varies more). One model for the QA's length check (core/qa/stats/length-ratio.ts)
 * and the completeness verdicts' second length witness (core/align/verdict/member-length.ts).
 */

/** Short sentences' ratios ("一" ↔ "I") are dominated by noise: they neither feed nor face the statistics. */
export const MIN_SOURCE_CHARS = 12;

/** Below this many pairs a document's own ratios say too little to judge a sentence by. */
export const MIN_PAIRS_FOR_STATS = 8;

/** Scales the median absolute deviation to a standard-deviation estimate for normal data. */
const MAD_TO_SD = 1.4826;

/** A floor on the spread, so a very uniform document does not turn small differences into findings. */
const MIN_SPREAD = 0.12;

/** One sentence (or bead): its translated source letters and its target letters less the carried ones. */
export interface LengthPair {
  source: number;
  target: number;
}

export interface LengthRatioModel {
  /** Median log ratio (target letters per translated source letter). */
  median: number;
  /** Median translated source length: the length the spread is measured at. */
  typicalSource: number;
  /** Scaled MAD of the length-weighted deviations, floored at MIN_SPREAD. */
  spread: number;
  /** Each counted pair's length-weighted deviation from the median, in the pairs' order. */
  deviations: number[];
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ascending = (a: number, b: number): number => a - b;

/**
 * The model from the pairs long enough to count (MIN_SOURCE_CHARS, a target left); undefined with
 * fewer than MIN_PAIRS_FOR_STATS. Median and MAD, so the very omissions we hunt for (and a few odd
 * sentences) do not shift the yardstick as a mean and standard deviation would.
 */
export function lengthRatioModel(pairs: Iterable<LengthPair>): LengthRatioModel | undefined {
  const counted: Array<{ ratio: number; source: number }> = [];
  for (const { source, target } of pairs) if (source >= MIN_SOURCE_CHARS && target > 0) counted.push({ ratio: Math.log(target / source), source });
  if (counted.length < MIN_PAIRS_FOR_STATS) return undefined;
  const m = median(counted.map((p) => p.ratio).sort(ascending));
  const typicalSource = median(counted.map((p) => p.source).sort(ascending));
  const deviations = counted.map((p) => (p.ratio - m) * lengthWeight({ typicalSource }, p.source));
  const spread = Math.max(median(deviations.map(Math.abs).sort(ascending)) * MAD_TO_SD, MIN_SPREAD);
  return { median: m, typicalSource, spread, deviations };
}

/** The weight of a pair's deviation, √(source / typical source): a short sentence's ratio varies more. */
export function lengthWeight(model: Pick<LengthRatioModel, 'typicalSource'>, source: number): number {
  return Math.sqrt(source / model.typicalSource);
}

/**
 * How far a pair's log ratio lies from the model's median, length-weighted, in spreads. `weight`:
 * the pair's lengthWeight, for a caller that needs it too.
 */
export function lengthRatioZ(model: Pick<LengthRatioModel, 'median' | 'typicalSource' | 'spread'>, source: number, target: number, weight = lengthWeight(model, source)): number {
  return ((Math.log(target / source) - model.median) * weight) / model.spread;
}
