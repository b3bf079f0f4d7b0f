import { beadFinding, quote } from '../finding';
import type { BeadCheck } from '../types';
import { probablyPlaced } from './completeness-omission';

/** A target sentence with no source (0:1 bead): an addition, or a sign of a misalignment (left
 * out when its verdict says it is probably aligned after all). */
export const completenessAddition: BeadCheck = {
  id: 'completeness.addition',
  severity: 'warning',
  scope: 'bead',
  description: 'A target sentence has no source sentence (0:1 bead).',
  run(bead) {
    if (bead.source.length > 0) return [];
    if (probablyPlaced(bead)) return [];
    const text = bead.target.map((t) => t.sentence.text).join(' ').trim();
    if (text === '') return [];
    return [beadFinding(completenessAddition, bead, `Target ${quote(text)} has no source sentence.`)];
  },
};
