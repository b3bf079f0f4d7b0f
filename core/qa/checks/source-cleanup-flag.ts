import type { Doc, NoiseKind, Span } from '../../model/types';
import type { Finding, ProjectCheck, Severity, SideLocation } from '../types';

/**
 * How much each clean-up flag matters to a reviewer. Headings and joined hard-wrapped lines are
 * normal structure, not anomalies, so they are not reported.
 */
const FLAG_SEVERITY: Partial<Record<NoiseKind, Severity>> = {
  'mis-decoded': 'error',
  'broken-word': 'warning',
  'duplicate-paragraph': 'warning',
  'page-marker': 'info',
  'trailing-junk': 'info',
};

/** The sentence (and paragraph) whose imported span contains the flag's start, with the flagged text in it. */
function locate(doc: Doc, flagged: Span): SideLocation {
  for (let para = 0; para < doc.paragraphs.length; para++) {
    for (const s of doc.paragraphs[para]?.sentences ?? []) {
      if (s.span && flagged.start >= s.span.start && flagged.start < Math.max(s.span.end, s.span.start + 1)) {
        const start = flagged.start - s.span.start;
        // A flag may cover several paragraphs (trailing junk): the range stops at the sentence's end.
        const end = Math.min(s.text.length, Math.max(start + 1, flagged.end - s.span.start));
        return { sentences: [s.id], para, range: { sentence: s.id, start, end } };
      }
    }
  }
  return { sentences: [], para: null };
}

/** What the clean-up step flagged in the source (page markers, broken words, duplicates, junk). */
export const sourceCleanupFlag: ProjectCheck = {
  id: 'source.cleanup-flag',
  severity: 'warning',
  scope: 'project',
  description: 'Something the import clean-up flagged in the source (page marker, broken word, duplicate, junk).',
  run(project) {
    const findings: Finding[] = [];
    for (const flag of project.source.flags) {
      const severity = FLAG_SEVERITY[flag.kind];
      if (!severity) continue;
      const where = flag.line !== undefined ? ` (input line ${flag.line})` : '';
      findings.push({
        check: sourceCleanupFlag.id,
        severity,
        message: `${flag.message}${where}`,
        lang: null,
        bead: null,
        source: locate(project.source, flag.span),
        target: null,
      });
    }
    return findings;
  },
};
