import { beadFinding } from '../finding';
import type { BeadCheck, Finding } from '../types';

/** Two or more spaces in a row inside a sentence: a leftover from editing. */
export const spacingDoubleSpace: BeadCheck = {
  id: 'spacing.double-space',
  severity: 'info',
  scope: 'bead',
  description: 'Two or more spaces in a row in the translation.',
  run(bead) {
    const findings: Finding[] = [];
    for (const t of bead.target) {
      if (!t.sentence.text.includes('  ')) continue;
      for (const m of t.sentence.text.matchAll(/(?<=\S) {2,}(?=\S)/gu)) {
        const start = m.index ?? 0;
        findings.push(beadFinding(spacingDoubleSpace, bead, 'Double space in the translation.', { target: { sentence: t.sentence.id, start, end: start + m[0].length } }));
      }
    }
    return findings;
  },
};
