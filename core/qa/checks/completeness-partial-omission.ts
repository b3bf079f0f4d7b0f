import { beadFinding } from '../finding';
import { beadLengths, lengthZ } from '../stats/length-ratio';
import { binomialTail, fisherCombined, missRateOf, normalCdf } from '../stats/coverage';
import type { BeadCheck, BeadView, QaContext } from '../types';
import { uncoveredWords, words } from './completeness-hidden-gap';

/**
 * The content witness: how surprising the bead's uncovered source words are at this document's
 * own miss rate (binomial tail), and which they are. Undefined without a current verdict.
 */
function contentEvidence(bead: BeadView, ctx: QaContext): { p: number; missing: string[] } | undefined {
  const v = bead.verdict;
  const rate = v && missRateOf(ctx.beads[bead.lang] ?? []);
  if (!v || rate === undefined) return undefined;
  let n = 0;
  const missing: string[] = [];
  bead.source.forEach((_, k) => {
    n += v.words?.[k] ?? 0;
    missing.push(...uncoveredWords(v, k));
  });
  return { p: binomialTail(missing.length, n, rate), missing };
}

/**
 * How many robust standard deviations below the document's median ratio a bead must fall. 3.5 is the
 * usual outlier cut-off for modified z-scores (Iglewicz and Hoaglin).
 */
export const OUTLIER_Z = 3.5;

/** A translation much shorter than the document's own length ratio predicts: part may be missing. */
export const completenessPartialOmission: BeadCheck = {
  id: 'completeness.partial-omission',
  severity: 'warning',
  scope: 'bead',
  description: "The translation is far shorter than this document's usual length ratio predicts.",
  run(bead, ctx) {
    const stats = ctx.ratioStats[bead.lang];
    if (!stats) return [];
    const { source, target } = beadLengths(bead);
    const z = lengthZ(stats, source, target);
    if (z === undefined) return [];
    const percent = Math.round((target / source / Math.exp(stats.median)) * 100);
    const content = contentEvidence(bead, ctx);
    if (!content) {
      if (z > -OUTLIER_Z) return [];
      return [beadFinding(completenessPartialOmission, bead, `Translation is ${percent}% of the length this document's ratio predicts: part of the sentence may be missing.`)];
    }
    // Length and content are two independent witnesses: together they must be as surprising as
    // the length alone had to be (Fisher's method at the same level as the OUTLIER_Z cut-off).
    if (z >= 0 || fisherCombined(normalCdf(z), content.p) > normalCdf(-OUTLIER_Z)) return [];
    const what = content.missing.length ? `; ${words(content.missing)} ${content.missing.length === 1 ? 'has' : 'have'} no counterpart` : '';
    return [beadFinding(completenessPartialOmission, bead, `Translation is ${percent}% of the length this document's ratio predicts${what}: part of the sentence may be missing.`)];
  },
};
