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
      const groups = new Map<string, Array<{ bead: BeadView; key: string }>>();
      for (const bead of ctx.beads[lang] ?? []) {
        if (bead.source.length === 0 || bead.source.some((s) => s.heading)) continue;
        const key = sourceKey(bead.source);
        const translation = targetKey(bead.target);
        if (translation === '' || !longEnough(key, MIN_SOURCE_CHARS)) continue;
        const group = groups.get(key);
        if (group) group.push({ bead, key: translation });
        else groups.set(key, [{ bead, key: translation }]);
      }
      for (const members of groups.values()) {
        if (members.length < 2 || members.every((m) => m.key === members[0]?.key)) continue;
        const counts = new Map<string, number>();
        for (const m of members) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
        let reference = members[0] as { bead: BeadView; key: string };
        for (const m of members) if ((counts.get(m.key) ?? 0) > (counts.get(reference.key) ?? 0)) reference = m;
        for (const { bead: b, key } of members) {
          if (key === reference.key) continue;
          const refText = reference.bead.target.map((t) => t.sentence.text).join(' ');
          findings.push(beadFinding(consistencySource, b, `Same source as bead ${reference.bead.index + 1}, translated differently there: ${quote(refText, 60)}.`));
        }
      }
    }
    return findings;
  },
};
