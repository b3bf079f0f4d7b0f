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

/**
 * The flag's note as a sentence of the Problems panel and the report: capitalised, and with the
 * input line added only when the note does not name that line already ("… (lines 29–113) (input
 * line 29)" said the same place twice). A note naming another line (a project saved before round
 * 12 says "exact repeat of the paragraph at line 1" of line 2) keeps the suffix.
 */
export function findingMessage(note: string, line: number | undefined): string {
  const sentence = note.charAt(0).toUpperCase() + note.slice(1);
  if (line === undefined || new RegExp(`\\blines? ${line}(?!\\d)`, 'i').test(note)) return sentence;
  return `${sentence} (input line ${line})`;
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
      findings.push({
        check: sourceCleanupFlag.id,
        severity,
        message: findingMessage(flag.message, flag.line),
        lang: null,
        bead: null,
        source: locate(project.source, flag.span),
        target: null,
      });
    }
    return findings;
  },
};
