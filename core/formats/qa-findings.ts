import type { Project } from '../model/types';
import { partitionDismissed } from '../qa/dismissals';
import { isSpellingFinding } from '../qa/report/spelling-groups';
import { runChecks } from '../qa/run-checks';
import type { Finding, QaTermMatcher } from '../qa/types';
import type { ExportFinding } from './export-options';

/**
 * QA findings (core/qa runChecks) in the shape the exporters show: keyed by the sentences they name.
 * Spelling findings are grouped per word and sentence: one comment "… (×2)" rather than two.
 */
export function findingsForExport(findings: readonly Finding[]): ExportFinding[] {
  const out: ExportFinding[] = [];
  const spelling = new Map<string, { finding: ExportFinding; count: number }>();
  for (const f of findings) {
    const finding: ExportFinding = {
      sentenceIds: [...(f.source?.sentences ?? []), ...(f.target?.sentences ?? [])],
      severity: f.severity,
      message: f.message,
      check: f.check,
      lang: f.lang,
    };
    if (!isSpellingFinding(f)) {
      out.push(finding);
      continue;
    }
    const key = `${f.lang}\u0000${finding.sentenceIds.join(',')}\u0000${f.message}`;
    const seen = spelling.get(key);
    if (seen) seen.count++;
    else {
      spelling.set(key, { finding, count: 1 });
      out.push(finding);
    }
  }
  for (const { finding, count } of spelling.values()) if (count > 1) finding.message = `${finding.message} (×${count})`;
  return out;
}

/**
 * The findings an export carries: every enabled check with the glossary's matcher, less the ones
 * the translator dismissed, in the exporters' shape. The app's Export and `duizhao export --qa` both.
 */
export function exportFindings(project: Project, matcher?: QaTermMatcher): ExportFinding[] {
  return findingsForExport(partitionDismissed(project, runChecks(project, matcher ? { matcher } : {})).shown);
}
