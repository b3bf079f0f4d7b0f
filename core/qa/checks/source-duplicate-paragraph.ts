import type { Finding, ProjectCheck } from '../types';

/** Shorter paragraphs (a heading "一", a date line) repeat legitimately. */
const MIN_CHARS = 10;

/**
 * An exact repeat of an earlier source paragraph, as a bad copy-paste leaves. Paragraphs the
 * clean-up already excluded as duplicates are reported by source.cleanup-flag instead, not twice.
 */
export const sourceDuplicateParagraph: ProjectCheck = {
  id: 'source.duplicate-paragraph',
  severity: 'warning',
  scope: 'project',
  description: 'A source paragraph repeats an earlier one exactly.',
  run(project) {
    const seen = new Map<string, number>();
    const findings: Finding[] = [];
    project.source.paragraphs.forEach((p, para) => {
      if (p.excluded) return;
      const key = p.sentences.map((s) => s.text).join('').replace(/\s+/gu, '');
      if ([...key].length < MIN_CHARS) return;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, para);
        return;
      }
      findings.push({
        check: sourceDuplicateParagraph.id,
        severity: sourceDuplicateParagraph.severity,
        message: `Source paragraph ${para + 1} repeats paragraph ${first + 1} word for word.`,
        lang: null,
        bead: null,
        source: { sentences: p.sentences.map((s) => s.id), para },
        target: null,
      });
    });
    return findings;
  },
};
