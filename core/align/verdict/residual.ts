/**
 * The other side's residual: what a member's bead-mates do NOT explain.
 *
 * A member of an n:1 bead is judged by its own words (member-gap.ts): are they in the translation?
 * A freely rendered member (chat text, a paraphrase the dictionary cannot follow) fails that test
 * although it is translated. The translation itself holds the second witness: if the member has no
 * counterpart, the target is its mates' translation alone, and its words go unexplained by the
 * mates' words only at the document's own rate (a translation's words with no counterpart in its
 * source); if the member is translated, its share of the target is unexplained by the mates except
 * by chance. So, with every rate measured on the document's 1:1 beads:
 *   gap        — each target word is unexplained by the mates with probability m (the miss rate);
 *   translated — with probability s·(1 − c) + (1 − s)·m, where s is the member's share of the bead's
 *                length on its side and c the rate a neighbouring sentence explains a word by chance.
 * The count is divided by the side's over-dispersion, as the member's own words are (quasi-likelihood).
 */
import type { Counts, SideRates } from './member-gap';

/**
 * Log-likelihood ratio, gap against translated, from the other side's words that the member's
 * bead-mates leave unexplained. `residual` counts the other side's distinct words and how many the
 * mates do not explain; `rates` are the OTHER side's rates (its miss rate, its over-dispersion) and
 * `nearChance` the rate its words are explained by a neighbouring sentence. Negative when the other
 * side holds more than the mates' translation (evidence the member is translated).
 */
export function residualLlr(rates: Pick<SideRates, 'miss' | 'dispersion'>, nearChance: number, residual: Counts, share: number): number {
  if (residual.words === 0 || !(share > 0) || share >= 1) return 0;
  const m = rates.miss;
  const translated = share * (1 - nearChance) + (1 - share) * m;
  // A member's share unexplained no more often than a translation's own words: no witness.
  if (translated <= m) return 0;
  const explained = residual.words - residual.uncovered;
  const llr = residual.uncovered * Math.log(m / translated) + explained * Math.log((1 - m) / (1 - translated));
  return llr / rates.dispersion;
}
