/**
 * "Does this member of the bead earn its place?" — the probability that one sentence of a bead has
 * no counterpart on the other side, from its OWN evidence words, whatever its bead-mates show.
 *
 * The alignment's posterior pools a bead's words: a dropped sentence whose 8 words all go unmatched
 * hides beside a mate whose 12 words mostly match, because 8 of 20 missing is ordinary for zh→ru.
 * Here each member is judged alone, by a likelihood ratio between two hypotheses, with every rate
 * measured on the document itself (its 1:1 beads), never a constant fitted to a test set:
 *   translated — each of its words is found on the other side with the document's recall;
 *   a gap      — a word is found only by chance, at the rate words are found in an unrelated
 *                sentence of this document (the same 1:1 beads, paired half a document apart).
 * Word counts are not independent trials (a free rendering drops several words at once), so the
 * content ratio is divided by the document's measured over-dispersion (a quasi-likelihood).
 */

/** Evidence words of one sentence and how many of them the other side does not show. */
export interface Counts {
  words: number;
  uncovered: number;
  /**
   * Of those, the strong ones — numbers and Latin tokens, which a translation carries over far
   * more reliably than a dictionary word and an unrelated sentence rarely shows. Judged at their
   * own rates when the document has enough of them (a dropped "2011 年 8 月" is a loud witness).
   */
  strong?: { words: number; uncovered: number };
}

/** A sentence's evidence words and how many the other side does not show, its strong words apart. */
export function countWords<W extends { strong?: boolean }>(words: readonly W[], covered: (w: W) => boolean): Counts {
  const c = { words: words.length, uncovered: 0, strong: { words: 0, uncovered: 0 } };
  for (const w of words) {
    const miss = !covered(w);
    if (miss) c.uncovered++;
    if (w.strong) {
      c.strong.words++;
      if (miss) c.strong.uncovered++;
    }
  }
  return c;
}

/** The counts of several sentences pooled, all but `except` (a member's bead-mates; -1: all of them). */
export function pooledCounts(all: readonly Counts[], except = -1): Counts {
  const c = { words: 0, uncovered: 0, strong: { words: 0, uncovered: 0 } };
  all.forEach((x, k) => {
    if (k === except) return;
    c.words += x.words;
    c.uncovered += x.uncovered;
    c.strong.words += x.strong?.words ?? 0;
    c.strong.uncovered += x.strong?.uncovered ?? 0;
  });
  return c;
}

/** The counts of the plain (dictionary) words alone: all less the strong ones. */
function plainCounts(c: Counts): Counts {
  return { words: c.words - (c.strong?.words ?? 0), uncovered: c.uncovered - (c.strong?.uncovered ?? 0) };
}

/** The counts of the strong words alone (none when not counted apart). */
function strongCounts(c: Counts): Counts {
  return c.strong ?? { words: 0, uncovered: 0 };
}

/** One side's coverage rates in this document. */
export interface SideRates {
  /** Share of a translated sentence's words with no counterpart in its translation. */
  miss: number;
  /** Share of a sentence's words found by chance in an unrelated sentence of the other side. */
  chance: number;
  /** Variance of the per-sentence miss counts over the binomial variance (≥ 1). */
  dispersion: number;
  /**
   * Intra-sentence correlation of the misses (beta-binomial ρ, moment estimate, 0 when the counts
   * are binomial): how much one sentence's recall varies around the document's — a free rendering
   * drops words together. Optional: rates built by hand judge with `dispersion` alone.
   */
  rho?: number;
  /**
   * The same rates measured apart for the plain and the strong words, when the document's 1:1
   * beads hold enough strong words to measure them; the pooled rates above judge counts without a split.
   */
  split?: { plain: SideRates; strong: SideRates };
}

/** Fewer aligned sentences than this, and the document's rates are too noisy to judge one by. */
export const MIN_PAIRS = 8;
/** Nor with fewer words than this over those sentences. */
const MIN_WORDS = 40;

/**
 * Strong words are judged at their own rates as soon as two of the document's 1:1 beads hold any
 * (the fewest from which an over-dispersion can be estimated). Their rates are add-one (Laplace)
 * estimates, so a document with few numbers and Latin names gets moderate rates, not none: a chat
 * transcript with three numbers still knows a translation carries "WiFi" and "7 号" over. Pooling
 * them with the dictionary words instead (12 words and 5 beads were required before) let a 1:1
 * bead hide a source whose Latin names the translation lacks.
 */
const MIN_STRONG_WORDS = 2;
const MIN_STRONG_PAIRS = 2;

type Pair = { own: Counts; other: Counts };

/**
 * Rates of one side from the document's 1:1 beads: `own` counts words against the bead's own
 * translation, `other` against the translation of an unrelated bead. Undefined when too few.
 */
export function sideRates(pairs: ReadonlyArray<Pair>): SideRates | undefined {
  const pooled = ratesOf(pairs, MIN_PAIRS, MIN_WORDS);
  if (!pooled) return undefined;
  const strong = ratesOf(pairs.map((p) => ({ own: strongCounts(p.own), other: strongCounts(p.other) })), MIN_STRONG_PAIRS, MIN_STRONG_WORDS);
  const plain = ratesOf(pairs.map((p) => ({ own: plainCounts(p.own), other: plainCounts(p.other) })), MIN_PAIRS, MIN_WORDS);
  return strong && plain ? { ...pooled, split: { plain, strong } } : pooled;
}

function ratesOf(pairs: ReadonlyArray<Pair>, minPairs: number, minWords: number): SideRates | undefined {
  let words = 0;
  let missed = 0;
  let otherWords = 0;
  let otherFound = 0;
  let n = 0;
  for (const p of pairs) {
    if (p.own.words === 0) continue;
    n++;
    words += p.own.words;
    missed += p.own.uncovered;
    otherWords += p.other.words;
    otherFound += p.other.words - p.other.uncovered;
  }
  if (n < minPairs || words < minWords) return undefined;
  // Add-one smoothing: no rate is exactly 0 or 1, so no single word is infinitely telling.
  const miss = (missed + 1) / (words + 2);
  const chance = (otherFound + 1) / (otherWords + 2);
  let chi2 = 0;
  let excess = 0;
  let pairsOfWords = 0;
  for (const p of pairs) {
    if (p.own.words === 0) continue;
    const expected = p.own.words * miss;
    chi2 += (p.own.uncovered - expected) ** 2 / (expected * (1 - miss));
    // Beta-binomial: Var = n·m(1−m)·(1 + (n−1)ρ); the moment estimate of ρ from the same sums.
    excess += (p.own.uncovered - expected) ** 2 - expected * (1 - miss);
    pairsOfWords += p.own.words * (p.own.words - 1);
  }
  const rho = pairsOfWords > 0 ? Math.min(MAX_RHO, Math.max(0, excess / (miss * (1 - miss) * pairsOfWords))) : 0;
  return { miss, chance, dispersion: Math.max(1, chi2 / (n - 1)), rho };
}

/**
 * Log-likelihood ratio, gap against translated, of a sentence's coverage. `scale` is how many
 * unrelated sentences' worth of text the other side offers (a 2:1 bead's target is about two):
 * the more text, the likelier a word is found there by chance.
 */
export function coverageLlr(rates: SideRates, c: Counts, scale = 1): number {
  if (rates.split && c.strong) return classLlr(rates.split.plain, plainCounts(c), scale) + classLlr(rates.split.strong, c.strong, scale);
  return classLlr(rates, c, scale);
}

/**
 * The same ratio from the strong words alone (0 when the document could not measure their rates):
 * for a 1:1 pair, where a thin dictionary leaves many sound pairs with every plain word unmatched,
 * but a translation that shows none of the source's numbers and Latin names is rare.
 */
export function strongLlr(rates: SideRates, c: Counts): number {
  return rates.split && c.strong ? classLlr(rates.split.strong, c.strong, 1) : 0;
}

function classLlr(rates: SideRates, c: Counts, scale: number): number {
  if (c.words === 0) return 0;
  const chance = 1 - Math.pow(1 - rates.chance, Math.max(1, scale));
  // A translated sentence always shows its words more often than chance does; if this document
  // says otherwise its words tell nothing.
  if (chance >= 1 - rates.miss) return 0;
  const found = c.words - c.uncovered;
  const llr = c.uncovered * Math.log((1 - chance) / rates.miss) + found * Math.log(chance / (1 - rates.miss));
  return llr / rates.dispersion;
}

/** Sentences of one document share a recall only loosely; ρ above this says the sample is degenerate. */
const MAX_RHO = 0.5;

/**
 * Log-likelihood ratio, gap against translated, of one member of an n:m bead judged beside its
 * bead-mates on the same side. Translated: the member and its mates share ONE recall for this
 * bead, drawn from the document's distribution of sentence recalls (beta with the document's mean
 * and ρ) — so a mate whose words are all found makes a member with none found improbable, while a
 * freely rendered bead (mates poorly covered too) excuses it. A gap: the member's words are found
 * only by chance, the mates at the shared recall. Closed form with beta functions; the binomial
 * coefficients cancel. Without ρ (hand-made rates) this is `coverageLlr` of the member alone.
 */
export function memberLlr(rates: SideRates, own: Counts, mates: Counts, scale = 1): number {
  if (rates.split && own.strong) {
    return classMemberLlr(rates.split.plain, plainCounts(own), plainCounts(mates), scale) + classMemberLlr(rates.split.strong, strongCounts(own), strongCounts(mates), scale);
  }
  return classMemberLlr(rates, own, mates, scale);
}

function classMemberLlr(rates: SideRates, own: Counts, mates: Counts, scale: number): number {
  if (own.words === 0) return 0;
  if (rates.rho === undefined) return classLlr(rates, own, scale);
  const chance = 1 - Math.pow(1 - rates.chance, Math.max(1, scale));
  const recall = 1 - rates.miss;
  if (chance >= recall) return 0;
  // Beta(a, b) with mean = the document's recall and a + b = 1/ρ − 1 (a binomial when ρ → 0).
  const size = Math.min(MAX_PRIOR_SIZE, 1 / Math.max(rates.rho, 1 / (MAX_PRIOR_SIZE + 1)) - 1);
  const a = recall * size;
  const b = rates.miss * size;
  const found = own.words - own.uncovered;
  const matesFound = mates.words - mates.uncovered;
  const gap = found * Math.log(chance) + own.uncovered * Math.log(1 - chance) + logBeta(a + matesFound, b + mates.uncovered);
  const translated = logBeta(a + matesFound + found, b + mates.uncovered + own.uncovered);
  return gap - translated;
}

/** Beyond this prior size the beta is a point mass for every sentence length met in practice. */
const MAX_PRIOR_SIZE = 1e4;

function logBeta(x: number, y: number): number {
  return logGamma(x) + logGamma(y) - logGamma(x + y);
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7, nine terms: ~15 digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let k = 1; k < LANCZOS.length; k++) sum += LANCZOS[k]! / (z + k);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * The alignment posterior updated with one member's own coverage. The posterior weighs a bead's
 * words as one pool; how they split between its members is evidence it has not seen: posterior
 * odds times the member's likelihood ratio.
 */
export function withEvidence(posterior: number, llr: number): number {
  const p = Math.min(1 - 1e-9, Math.max(1e-9, posterior));
  const x = Math.log(p / (1 - p)) + llr;
  return 1 / (1 + Math.exp(-x));
}
