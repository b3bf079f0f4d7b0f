import type { BeadView } from '../types';

/**
 * How often, in this document, a source evidence word finds no counterpart in a sound 1:1
 * translation (a thin dictionary, a free rendering): the pooled share of uncovered words over the
 * 1:1 beads with a verdict. Undefined when the document offers too few words to measure it.
 */
function documentMissRate(beads: readonly BeadView[]): number | undefined {
  let words = 0;
  let missed = 0;
  for (const b of beads) {
    const v = b.verdict;
    if (!v || b.source.length !== 1 || b.target.length !== 1) continue;
    words += v.words?.[0] ?? 0;
    missed += uncoveredCount(v.uncovered?.[0]);
  }
  return words >= MIN_WORDS ? (missed + 1) / (words + 2) : undefined;
}

/** Below this many words the document's miss rate is too noisy to judge a sentence by. */
const MIN_WORDS = 50;

function uncoveredCount(u: string | undefined): number {
  return u ? u.split(' ').length : 0;
}

const cache = new WeakMap<readonly BeadView[], number | undefined>();

/** documentMissRate, computed once per alignment view. */
export function missRateOf(beads: readonly BeadView[]): number | undefined {
  if (!cache.has(beads)) cache.set(beads, documentMissRate(beads));
  return cache.get(beads);
}

/** P(X ≥ k) for X ~ Binomial(n, p): how surprising k uncovered words of n are at the document's miss rate. */
export function binomialTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  let term = Math.pow(1 - p, n); // P(X = 0)
  let below = 0;
  for (let x = 0; x < k; x++) {
    below += term;
    term *= ((n - x) / (x + 1)) * (p / (1 - p));
  }
  return Math.max(0, Math.min(1, 1 - below));
}

/** Standard normal P(Z ≤ z) (Abramowitz and Stegun 7.1.26, error < 1.5·10⁻⁷). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Fisher's method for two independent p-values: the combined p (χ² with 4 degrees of freedom). */
export function fisherCombined(p1: number, p2: number): number {
  const x = -2 * (Math.log(Math.max(p1, 1e-300)) + Math.log(Math.max(p2, 1e-300)));
  return Math.exp(-x / 2) * (1 + x / 2);
}
