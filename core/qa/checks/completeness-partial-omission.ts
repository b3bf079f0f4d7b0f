import { beadFinding } from '../finding';
import { beadLengths, lengthZ } from '../stats/length-ratio';
import type { BeadCheck } from '../types';

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
    if (z === undefined || z > -OUTLIER_Z) return [];
    const percent = Math.round((target / source / Math.exp(stats.median)) * 100);
    return [beadFinding(completenessPartialOmission, bead, `Translation is ${percent}% of the length this document's ratio predicts: part of the sentence may be missing.`)];
  },
};
