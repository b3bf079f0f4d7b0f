import { beadFinding, quote } from '../finding';
import { TARGET_LANGS } from '../../model/types';
import type { BeadView, Finding, ProjectCheck } from '../types';
import { longEnough, sourceKey, targetKey } from './consistency-normalize';

/** Chinese characters a source needs before its repeats must be translated alike. */
const MIN_SOURCE_CHARS = 6;

/**
 * The same source sentence translated differently. The most frequent translation (the first on a
 * tie) is taken as the reference; every bead that deviates from it gets one finding.
 */
export const consistencySource: ProjectCheck = {
  id: 'consistency.source',
  severity: 'warning',
  scope: 'project',
  description: 'The same source sentence is translated differently in different places.',
  run(_project, ctx) {
    const findings: Finding[] = [];
    for (const lang of TARGET_LANGS) {
      const groups = new Map<string, BeadView[]>();
      for (const bead of ctx.beads[lang] ?? []) {
        if (bead.source.length === 0 || bead.source.some((s) => s.heading)) continue;
        const key = sourceKey(bead.source);
        if (!longEnough(key, MIN_SOURCE_CHARS) || targetKey(bead.target) === '') continue;
        groups.set(key, [...(groups.get(key) ?? []), bead]);
      }
      for (const beads of groups.values()) {
        if (beads.length < 2) continue;
        const counts = new Map<string, number>();
        for (const b of beads) counts.set(targetKey(b.target), (counts.get(targetKey(b.target)) ?? 0) + 1);
        let reference = beads[0] as BeadView;
        for (const b of beads) if ((counts.get(targetKey(b.target)) ?? 0) > (counts.get(targetKey(reference.target)) ?? 0)) reference = b;
        const refKey = targetKey(reference.target);
        for (const b of beads) {
          if (targetKey(b.target) === refKey) continue;
          const refText = reference.target.map((t) => t.sentence.text).join(' ');
          findings.push(beadFinding(consistencySource, b, `Same source as bead ${reference.index + 1}, translated differently there: ${quote(refText, 60)}.`));
        }
      }
    }
    return findings;
  },
};
