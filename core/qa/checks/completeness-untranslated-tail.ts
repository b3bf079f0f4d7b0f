import { sideLocation } from '../finding';
import { TARGET_LANGS } from '../../model/types';
import type { Finding, ProjectCheck } from '../types';

/**
 * The translation stops before the source does: one finding for the whole untranslated end, at its
 * first sentence, instead of one omission per sentence. An error all the same: the text is incomplete.
 */
export const completenessUntranslatedTail: ProjectCheck = {
  id: 'completeness.untranslated-tail',
  severity: 'error',
  scope: 'project',
  description: 'The translation stops before the end of the source (a draft in progress).',
  run(_project, ctx) {
    const findings: Finding[] = [];
    for (const lang of TARGET_LANGS) {
      const start = ctx.untranslatedTail?.[lang];
      const beads = ctx.beads[lang] ?? [];
      const first = start === undefined ? undefined : beads[start];
      if (start === undefined || !first) continue;
      const rest = beads.slice(start);
      const sentences = rest.reduce((n, b) => n + b.source.length, 0);
      const lastPara = rest.reduce((p, b) => Math.max(p, ...b.source.map((s) => s.para)), 0);
      const from = first.source[0]?.para ?? 0;
      findings.push({
        check: completenessUntranslatedTail.id,
        severity: completenessUntranslatedTail.severity,
        message: `The translation stops here: the last ${sentences} source sentences (paragraphs ${from + 1}–${lastPara + 1}) are not translated.`,
        lang,
        bead: start,
        source: sideLocation(first.source),
        target: sideLocation(first.target),
      });
    }
    return findings;
  },
};
