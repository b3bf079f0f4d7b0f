import { beadFinding, quote } from '../finding';
import type { BeadCheck } from '../types';

/** A source sentence with no translation: a 1:0 bead, or target sentences that are all blank. */
export const completenessOmission: BeadCheck = {
  id: 'completeness.omission',
  severity: 'error',
  scope: 'bead',
  description: 'A source sentence has no translation (1:0 bead or empty target).',
  run(bead) {
    if (bead.source.length === 0) return [];
    if (bead.target.some((t) => t.sentence.text.trim() !== '')) return [];
    const text = bead.source.map((s) => s.sentence.text).join('');
    const what = bead.target.length === 0 ? 'is not translated' : 'has an empty translation';
    return [beadFinding(completenessOmission, bead, `Source ${quote(text)} ${what}.`)];
  },
};
