import { beadFinding, quote } from '../finding';
import { TARGET_LANGS } from '../../model/types';
import type { BeadView, Finding, ProjectCheck } from '../types';
import { longEnough, sourceKey, targetKey } from './consistency-normalize';

/** Letters a translation needs before reusing it for a different source is suspicious. */
const MIN_TARGET_LETTERS = 20;

/** One translation used for different source sentences: a copy-paste left unedited. */
export const consistencyTarget: ProjectCheck = {
  id: 'consistency.target',
  severity: 'warning',
  scope: 'project',
  description: 'The same translation is used for different source sentences.',
  run(_project, ctx) {
    const findings: Finding[] = [];
    for (const lang of TARGET_LANGS) {
      const first = new Map<string, BeadView>();
      for (const bead of ctx.beads[lang] ?? []) {
        if (bead.source.length === 0 || bead.target.some((t) => t.heading)) continue;
        const key = targetKey(bead.target);
        if (!longEnough(key, MIN_TARGET_LETTERS)) continue;
        const earlier = first.get(key);
        if (!earlier) {
          first.set(key, bead);
          continue;
        }
        if (sourceKey(earlier.source) === sourceKey(bead.source)) continue;
        const text = bead.target.map((t) => t.sentence.text).join(' ');
        findings.push(beadFinding(consistencyTarget, bead, `Translation ${quote(text, 50)} is also used in bead ${earlier.index + 1} for a different source.`));
      }
    }
    return findings;
  },
};
