import type { Finding } from '../qa/types';
import type { ExportFinding } from './export-options';

/** QA findings (core/qa runChecks) in the shape the exporters show: keyed by the sentences they name. */
export function findingsForExport(findings: readonly Finding[]): ExportFinding[] {
  return findings.map((f) => ({
    sentenceIds: [...(f.source?.sentences ?? []), ...(f.target?.sentences ?? [])],
    severity: f.severity,
    message: f.message,
    check: f.check,
    lang: f.lang,
  }));
}
