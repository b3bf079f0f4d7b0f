import { BEAD_TYPES, PRIOR_TYPE_WEIGHTS } from './bead-types';
import { CHANNEL_COUNT, PRIOR_RECALL } from './channels';
import type { Evidence } from './evidence';
import { addPairCounts, emptyCounts, type PairCounts } from './pair-evidence';
import type { ModelParams } from './scorer';

/**
 * Pseudo-counts of the Bayesian estimates: how many observations the document needs before its own
 * figures outweigh the priors. Small documents lean on the priors, long ones on themselves.
 */
const RECALL_PSEUDO_UNITS = 20;
const LENGTH_PSEUDO_PAIRS = 10;
const SHAPE_PSEUDO_BEADS = 30;
/** Gale and Church's variance of the length difference per character, scaled by the length ratio. */
const PRIOR_LENGTH_VARIANCE = 6.8;
const PRIOR_RANDOM_SPREAD = 4;
const RECALL_RANGE = [0.01, 0.95] as const;
/** Median of the χ² distribution with one degree of freedom. */
const CHI2_1_MEDIAN = 0.4549;

/** Starting parameters: priors, plus the length ratio of the two documents. */
export function initialParams(ev: Evidence): ModelParams {
  let ls = 0;
  let lt = 0;
  for (const x of ev.srcLength) ls += x;
  for (const x of ev.tgtLength) lt += x;
  const lengthRatio = ls > 0 && lt > 0 ? lt / ls : 1;
  const total = PRIOR_TYPE_WEIGHTS.reduce((s, w) => s + w, 0);
  return {
    rSrc: Float64Array.from(PRIOR_RECALL),
    rTgt: Float64Array.from(PRIOR_RECALL),
    lengthRatio,
    lengthVariance: PRIOR_LENGTH_VARIANCE * lengthRatio,
    randomSpread: PRIOR_RANDOM_SPREAD,
    logPrior: Float64Array.from(PRIOR_TYPE_WEIGHTS, (w) => Math.log(w / total)),
    lexWeight: 0.5,
  };
}

/**
 * Re-estimates channel recalls and the length model from 1:1 pairs believed correct (anchors,
 * then the 1:1 beads of a first alignment), shrunk towards the current values.
 */
export function estimateFromPairs(ev: Evidence, pairs: ReadonlyArray<readonly [number, number]>, prev: ModelParams, withLength = true): ModelParams {
  const counts = emptyCounts();
  for (const [i, j] of pairs) addPairCounts(ev, i, j, counts);
  const recall = (c: PairCounts, prior: Float64Array): Float64Array =>
    Float64Array.from({ length: CHANNEL_COUNT }, (_, k) => {
      const excess = c.hits[k]! - c.chance[k]!;
      const room = c.units[k]! - c.chance[k]!;
      const r = (excess + RECALL_PSEUDO_UNITS * prior[k]!) / (room + RECALL_PSEUDO_UNITS);
      return Math.min(RECALL_RANGE[1], Math.max(RECALL_RANGE[0], r));
    });
  if (!withLength) return { ...prev, rSrc: recall(counts.src, prev.rSrc), rTgt: recall(counts.tgt, prev.rTgt) };
  const c = prev.lengthRatio;
  // Robust variance: the median squared deviation over the median of χ²(1). Anchors and 1:1 beads
  // include some pairs that really belong to 1:2 beads; a mean would let them inflate the variance.
  const sq = pairs.map(([i, j]) => {
    const ls = ev.srcLength[i]!;
    const lt = ev.tgtLength[j]!;
    return (lt - c * ls) ** 2 / Math.max(1, (ls + lt / c) / 2);
  });
  const observed = sq.length ? median(sq) / CHI2_1_MEDIAN : 0;
  const lengthVariance = (sq.length * observed + LENGTH_PSEUDO_PAIRS * prev.lengthVariance) / (sq.length + LENGTH_PSEUDO_PAIRS);
  return {
    ...prev,
    rSrc: recall(counts.src, prev.rSrc),
    rTgt: recall(counts.tgt, prev.rTgt),
    lengthVariance,
    randomSpread: randomSpread(ev, c, lengthVariance),
  };
}

/**
 * Length model from the blocks between consecutive anchors: anchors mark where a bead starts, and
 * whatever the beads inside a block, its two sides translate each other as a whole. Anchor pairs
 * themselves are often parts of 1:2 beads, so their own lengths would overstate the variance.
 */
export function estimateLengthFromAnchors(ev: Evidence, anchors: ReadonlyArray<readonly [number, number]>, prev: ModelParams): ModelParams {
  const c = prev.lengthRatio;
  const srcPrefix = prefix(ev.srcLength);
  const tgtPrefix = prefix(ev.tgtLength);
  const sq: number[] = [];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const [ia, ja] = anchors[k]!;
    const [ib, jb] = anchors[k + 1]!;
    const ls = srcPrefix[ib]! - srcPrefix[ia]!;
    const lt = tgtPrefix[jb]! - tgtPrefix[ja]!;
    if (ls > 0 && lt > 0) sq.push((lt - c * ls) ** 2 / ((ls + lt / c) / 2));
  }
  if (sq.length === 0) return prev;
  const observed = median(sq) / CHI2_1_MEDIAN;
  const lengthVariance = (sq.length * observed + LENGTH_PSEUDO_PAIRS * prev.lengthVariance) / (sq.length + LENGTH_PSEUDO_PAIRS);
  return { ...prev, lengthVariance, randomSpread: randomSpread(ev, c, lengthVariance) };
}

function prefix(xs: ArrayLike<number>): Float64Array {
  const p = new Float64Array(xs.length + 1);
  for (let k = 0; k < xs.length; k++) p[k + 1] = p[k]! + xs[k]!;
  return p;
}

/** Root mean square standardised length difference of sentence pairs that are not translations. */
function randomSpread(ev: Evidence, c: number, variance: number): number {
  const { n, m } = ev;
  if (n < 4 || m < 4) return PRIOR_RANDOM_SPREAD;
  let sq = 0;
  const samples = Math.min(n, 2000);
  for (let k = 0; k < samples; k++) {
    const i = Math.floor((k * n) / samples);
    const j = (Math.floor((i * m) / n) + Math.floor(m / 2)) % m;
    const ls = ev.srcLength[i]!;
    const lt = ev.tgtLength[j]!;
    sq += (lt - c * ls) ** 2 / (variance * Math.max(1, (ls + lt / c) / 2));
  }
  return Math.max(1.5, Math.sqrt(sq / samples));
}

/** Shape priors from the shapes of a first alignment, shrunk towards the generic distribution. */
export function estimateShapes(typeCounts: ArrayLike<number>, prev: ModelParams): ModelParams {
  const totalPrior = PRIOR_TYPE_WEIGHTS.reduce((s, w) => s + w, 0);
  let total = 0;
  for (let t = 0; t < BEAD_TYPES.length; t++) total += typeCounts[t] ?? 0;
  const logPrior = Float64Array.from(BEAD_TYPES, (_, t) =>
    Math.log(((typeCounts[t] ?? 0) + (SHAPE_PSEUDO_BEADS * PRIOR_TYPE_WEIGHTS[t]!) / totalPrior) / (total + SHAPE_PSEUDO_BEADS)),
  );
  return { ...prev, logPrior };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
