import type { QaReport } from './report-model';

/** Version of the JSON report's shape, bumped when a field changes meaning. */
export const JSON_REPORT_VERSION = 1;

/**
 * The machine report: every finding with its location, the exact text it points at (`excerpt`) and
 * the full text of the sentences it is about (`context`); then `spelling`, the spelling findings
 * grouped per word.
 */
export function renderJsonReport(report: QaReport): string {
  const findings = report.groups.flatMap((g) =>
    g.findings.map(({ marks: _marks, ...f }) => ({ ...f, context: { source: g.source?.text ?? null, target: g.target?.text ?? null } })),
  );
  return `${JSON.stringify({ version: JSON_REPORT_VERSION, title: report.title, inputs: report.inputs, counts: report.counts, dismissed: report.dismissed ?? 0, completeness: report.completeness, findings, spelling: report.spelling }, null, 2)}\n`;
}
