import { beadFinding } from '../finding';
import { beadLogRatio } from '../stats/length-ratio';
import type { BeadCheck } from '../types';

/**
 * How many robust standard deviations below the document's median ratio a bead must fall. 3.5 is the
 * usual outlier cut-off for modified z-scores (Iglewicz and Hoaglin).
 */
const OUTLIER_Z = 3.5;

/** A spread floor, so a very uniform document does not turn small differences into findings. */
const MIN_SPREAD = 0.12;

/** A translation much shorter than the document's own length ratio predicts: part may be missing. */
export const completenessPartialOmission: BeadCheck = {
  id: 'completeness.partial-omission',
  severity: 'warning',
  scope: 'bead',
  description: "The translation is far shorter than this document's usual length ratio predicts.",
  run(bead, ctx) {
    const stats = ctx.ratioStats[bead.lang];
    const ratio = beadLogRatio(bead);
    if (!stats || ratio === undefined) return [];
    const z = (ratio - stats.median) / Math.max(stats.spread, MIN_SPREAD);
    if (z > -OUTLIER_Z) return [];
    const percent = Math.round(Math.exp(ratio - stats.median) * 100);
    return [beadFinding(completenessPartialOmission, bead, `Translation is ${percent}% of the length this document's ratio predicts: part of the sentence may be missing.`)];
  },
};
