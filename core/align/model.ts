import { BEAD_TYPES, PRIOR_CLASS_TRANSITIONS, PRIOR_TYPE_WEIGHTS } from './bead-types';
import { beadClass } from './search';
import { CHANNEL_COUNT, PRIOR_RECALL } from './channels';
import type { Evidence } from './evidence';
import { addPairCounts, emptyCounts, pairScratch, type PairCounts } from './pair-evidence';
import type { ModelParams } from './scorer';

/**
 * Pseudo-counts of the Bayesian estimates: how many observations the document needs before its own
 * figures outweigh the priors. Small documents lean on the priors, long ones on themselves.
 */
const RECALL_PSEUDO_UNITS = 20;
const LENGTH_PSEUDO_PAIRS = 10;
const SHAPE_PSEUDO_BEADS = 30;
const TRANSITION_PSEUDO_BEADS = 20;
/** Gale and Church's variance of the length difference per character, scaled by the length ratio. */
export const PRIOR_LENGTH_VARIANCE = 6.8;
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
    logShape: shapeWithinClass(new Float64Array(BEAD_TYPES.length)),
    logTrans: transitions(new Float64Array(9)),
    lexWeight: 0.5,
  };
}

/**
 * Re-estimates channel recalls and the length model from 1:1 pairs believed correct (anchors,
 * then the 1:1 beads of a first alignment), shrunk towards the current values.
 */
export function estimateFromPairs(ev: Evidence, pairs: ReadonlyArray<readonly [number, number]>, prev: ModelParams, withLength = true): ModelParams {
  const counts = emptyCounts();
  const scratch = pairScratch(ev);
  for (const [i, j] of pairs) addPairCounts(ev, i, j, counts, scratch);
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
  const srcPrefix = prefix(ev.srcLength);
  const tgtPrefix = prefix(ev.tgtLength);
  // The ratio over the anchored stretch, not the whole documents: a draft that translates only part
  // of the source (or adds a preface) would otherwise skew every length comparison.
  const [i0, j0] = anchors[0]!;
  const [i1, j1] = anchors[anchors.length - 1]!;
  const anchoredSrc = srcPrefix[i1 + 1]! - srcPrefix[i0]!;
  const anchoredTgt = tgtPrefix[j1 + 1]! - tgtPrefix[j0]!;
  const c = anchoredSrc > 0 && anchoredTgt > 0 ? anchoredTgt / anchoredSrc : prev.lengthRatio;
  prev = withRatio(prev, c);
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
  return { ...prev, lengthRatio: c, lengthVariance, randomSpread: randomSpread(ev, c, lengthVariance) };
}

/** Length ratio over the sentences an alignment pairs up (omitted and added sentences left out). */
export function estimateRatioFromBeads(ev: Evidence, beads: ReadonlyArray<{ i: number; a: number; j: number; b: number }>, prev: ModelParams): ModelParams {
  let ls = 0;
  let lt = 0;
  for (const bead of beads) {
    if (bead.a === 0 || bead.b === 0) continue;
    for (let i = bead.i; i < bead.i + bead.a; i++) ls += ev.srcLength[i]!;
    for (let j = bead.j; j < bead.j + bead.b; j++) lt += ev.tgtLength[j]!;
  }
  return ls > 0 && lt > 0 ? withRatio(prev, lt / ls) : prev;
}

/**
 * The same model with the length term switched off (a random spread of 1 makes a translation's
 * length no likelier than an unrelated sentence's): beads found by lexical evidence alone, to
 * measure the length ratio on when the anchors could not (see alignSentences).
 */
export function withoutLength(prev: ModelParams): ModelParams {
  return { ...prev, randomSpread: 1 };
}

/** Length ratio, scaled prior variance and random spread measured on the beads of an alignment. */
export function lengthFromBeads(ev: Evidence, beads: ReadonlyArray<{ i: number; a: number; j: number; b: number }>, prev: ModelParams): ModelParams {
  const next = estimateRatioFromBeads(ev, beads, prev);
  return { ...next, randomSpread: randomSpread(ev, next.lengthRatio, next.lengthVariance) };
}

/**
 * A new length ratio, with the prior variance (which scales with the ratio) scaled along: a prior
 * taken from the whole documents' ratio would be far too narrow for a draft that covers a small
 * part of the source.
 */
function withRatio(prev: ModelParams, c: number): ModelParams {
  return { ...prev, lengthRatio: c, lengthVariance: (prev.lengthVariance * c) / prev.lengthRatio };
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

/**
 * Shape and class-transition priors from a previous alignment (beads in order), shrunk towards the
 * generic distributions by pseudo-counts.
 */
export function estimateShapes(beads: ReadonlyArray<{ a: number; b: number; type: number }>, prev: ModelParams, expectedGaps?: { omitted: number; added: number }): ModelParams {
  const typeCounts = new Float64Array(BEAD_TYPES.length);
  const transCounts = new Float64Array(9);
  let from = 0;
  for (const bead of beads) {
    typeCounts[bead.type]!++;
    const to = beadClass(bead.a, bead.b);
    transCounts[from * 3 + to]!++;
    from = to;
  }
  if (expectedGaps) {
    addExpectedGaps(typeCounts, transCounts, TYPE_1_0, 1, expectedGaps.omitted);
    addExpectedGaps(typeCounts, transCounts, TYPE_0_1, 2, expectedGaps.added);
  }
  const totalPrior = PRIOR_TYPE_WEIGHTS.reduce((s, w) => s + w, 0);
  const counted = typeCounts.reduce((s, x) => s + x, 0);
  const logPrior = Float64Array.from(BEAD_TYPES, (_, t) =>
    Math.log((typeCounts[t]! + (SHAPE_PSEUDO_BEADS * PRIOR_TYPE_WEIGHTS[t]!) / totalPrior) / (counted + SHAPE_PSEUDO_BEADS)),
  );
  return { ...prev, logPrior, logShape: shapeWithinClass(typeCounts), logTrans: transitions(transCounts) };
}

const TYPE_1_0 = BEAD_TYPES.findIndex(([a, b]) => a === 1 && b === 0);
const TYPE_0_1 = BEAD_TYPES.findIndex(([a, b]) => a === 0 && b === 1);

/**
 * The Viterbi path absorbs exactly the gaps whose rate it is used to estimate (a short omitted
 * sentence goes into a 2:1 bead), so its count of 1:0 / 0:1 beads is low. The posteriors' expected
 * number of gap sentences is the EM estimate; the extra gaps are counted as isolated ones (one
 * transition into the gap class from aligned, one back), the least the path can have changed.
 */
function addExpectedGaps(typeCounts: Float64Array, transCounts: Float64Array, type: number, cls: number, expected: number): void {
  const extra = expected - typeCounts[type]!;
  if (!(extra > 0)) return;
  typeCounts[type]! += extra;
  transCounts[cls]! += extra;
  transCounts[cls * 3]! += extra;
}

/** Log probability of each aligned shape among aligned shapes (0 for the one-shape null classes). */
function shapeWithinClass(typeCounts: Float64Array): Float64Array {
  let prior = 0;
  let observed = 0;
  BEAD_TYPES.forEach(([a, b], t) => {
    if (a > 0 && b > 0) {
      prior += PRIOR_TYPE_WEIGHTS[t]!;
      observed += typeCounts[t]!;
    }
  });
  return Float64Array.from(BEAD_TYPES, ([a, b], t) =>
    a > 0 && b > 0 ? Math.log((typeCounts[t]! + (SHAPE_PSEUDO_BEADS * PRIOR_TYPE_WEIGHTS[t]!) / prior) / (observed + SHAPE_PSEUDO_BEADS)) : 0,
  );
}

/** Log transition probabilities between classes from counts, each row shrunk towards its prior. */
function transitions(counts: Float64Array): Float64Array {
  const out = new Float64Array(9);
  for (let from = 0; from < 3; from++) {
    let row = 0;
    for (let to = 0; to < 3; to++) row += counts[from * 3 + to]!;
    for (let to = 0; to < 3; to++) {
      out[from * 3 + to] = Math.log((counts[from * 3 + to]! + TRANSITION_PSEUDO_BEADS * PRIOR_CLASS_TRANSITIONS[from]![to]!) / (row + TRANSITION_PSEUDO_BEADS));
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
