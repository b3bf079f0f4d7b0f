import type { QaReport } from './report-model';

/** Version of the JSON report's shape, bumped when a field changes meaning. */
export const JSON_REPORT_VERSION = 1;

/** The machine report: every finding with its location and the exact text it points at. */
export function renderJsonReport(report: QaReport): string {
  const findings = report.groups.flatMap((g) => g.findings);
  return `${JSON.stringify({ version: JSON_REPORT_VERSION, title: report.title, inputs: report.inputs, counts: report.counts, findings }, null, 2)}\n`;
}
