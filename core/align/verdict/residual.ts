/**
 * The other side's residual: what a member's bead-mates do NOT explain, read in order.
 *
 * A member of an n:1 bead is judged by its own words (member-gap.ts): are they in the translation?
 * A freely rendered member (chat text, a paraphrase the dictionary cannot follow) fails that test
 * although it is translated. The translation itself holds the second witness: if the member has no
 * counterpart, the target is its mates' translation alone, and its words go unexplained by the
 * mates' words only at the document's own rate (a translation's words with no counterpart in its
 * source); if the member is translated, its rendering is unexplained by the mates except by chance
 * — and it sits where the member sits, because a bead keeps its sentences' order. So, with every
 * rate measured on the document's 1:1 beads:
 *   gap        — each word of the other side is unexplained by the mates with probability m (the
 *                side's miss rate);
 *   translated — the words of one run at the member's place (the start for a first member, the end
 *                for a last one, inside for a middle one) with probability 1 − c, c the rate a
 *                neighbouring sentence explains a word by chance; the rest with probability m.
 * The first version (round 5) mixed the two rates over the whole side by the member's length
 * share; a member's rendering is not spread evenly over the target, so that mixture heard a clean
 * run of unexplained words at the member's end no louder than the same words scattered.
 */
import type { SideRates } from './member-gap';

/** Where a member sits among its bead-mates on its side: its translation's place on the other. */
export type Place = 'first' | 'last' | 'inner';

/**
 * The residual witness with the words in their order. A bead keeps its sentences' order on both
 * sides (a translator who merges two sentences renders the first one first), so if the member is
 * translated, its rendering is ONE run of the other side at the member's place — the start for a
 * first member, the end for a last one — and the mates' translation is the rest. The words of that
 * run are unexplained by the mates except by chance (c); every other word, and under "gap" every
 * word, is unexplained at the side's miss rate m. Where the run ends is not known: each word is the
 * member's with probability `share`, the member's share of its own side's length in the bead, so
 * the run's length is binomial — the model behind round 5's mixture, now with the words in place.
 * Each word's ratio is divided by the side's over-dispersion before the runs are averaged (a
 * tempered likelihood, as the counts' quasi-likelihood elsewhere).
 *
 * `unexplained` lists the other side's words in order, true for each the mates do not explain.
 * Log-likelihood ratio, gap against translated: negative when the member's end of the other side
 * holds words the mates do not explain, positive when the mates explain it.
 */
export function residualLlr(rates: Pick<SideRates, 'miss' | 'dispersion'>, nearChance: number, unexplained: readonly boolean[], place: Place, share: number): number {
  const n = unexplained.length;
  const m = rates.miss;
  if (n < 2 || 1 - nearChance <= m) return 0;
  // Per word: log P(word | in the member's run) − log P(word | in the mates' translation).
  const up = Math.log((1 - nearChance) / m) / rates.dispersion;
  const down = Math.log(nearChance / (1 - m)) / rates.dispersion;
  const d = unexplained.map((u) => (u ? up : down));
  const prefix = [0];
  for (let k = 0; k < n; k++) prefix.push(prefix[k]! + d[k]!);
  // The member's run is words [from, to), never empty nor all. Each word of the other side is the
  // member's with probability s, its share of its own side's length: the run's length is
  // binomial(n, s); its place is fixed by the member's. Logs of prior weight and likelihood ratio.
  const s = Math.min(1 - 1e-6, Math.max(1e-6, share));
  const logFact = [0];
  for (let k = 1; k <= n; k++) logFact.push(logFact[k - 1]! + Math.log(k));
  const prior = (length: number): number => logFact[n]! - logFact[length]! - logFact[n - length]! + length * Math.log(s) + (n - length) * Math.log(1 - s);
  // Each run [from, to) once per pass: first the largest terms, then the sums (no array of runs,
  // which inside a long bead would be quadratic in memory too).
  const eachRun = (visit: (prior: number, llr: number) => void): void => {
    if (place === 'first') for (let to = 1; to < n; to++) visit(prior(to), prefix[to]!);
    else if (place === 'last') for (let from = 1; from < n; from++) visit(prior(n - from), prefix[n]! - prefix[from]!);
    // Inside, a run of each length may start at any of its n − 1 − length places, equally likely.
    else for (let from = 1; from < n; from++) for (let to = from + 1; to < n; to++) visit(prior(to - from) - Math.log(n - 1 - (to - from)), prefix[to]! - prefix[from]!);
  };
  let topPrior = -Infinity;
  let topJoint = -Infinity;
  eachRun((p, l) => {
    topPrior = Math.max(topPrior, p);
    topJoint = Math.max(topJoint, p + l);
  });
  if (topPrior === -Infinity) return 0;
  let priors = 0;
  let joint = 0;
  eachRun((p, l) => {
    priors += Math.exp(p - topPrior);
    joint += Math.exp(p + l - topJoint);
  });
  // log Σ exp(prior + llr) − log Σ exp(prior): the runs' likelihood ratio under the normalised prior.
  return -(topJoint + Math.log(joint) - topPrior - Math.log(priors));
}
