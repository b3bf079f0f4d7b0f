/**
 * Export speed: every format over a large trilingual project (the strategic-stability sample with
 * its en and ru drafts, repeated to 5,000 and 20,000 source sentences), QA findings included as the
 * CLI and the app pass them (DOCX comments, HTML/CSV columns, XLIFF notes). Target: DOCX of 20k
 * beads in a few seconds (25–46 s when the table and comments were built from docx objects).
 */
import { exportProject, EXPORT_FORMATS, findingsForExport } from '../core/formats';
import { runChecks } from '../core/qa';
import { repeatProject, sampleProject } from './repeat-project';

export const title = 'Export: every format over a 5,000 / 20,000-sentence trilingual project';

const SIZES = [5_000, 20_000];

export default async function run(): Promise<string[]> {
  const base = sampleProject();
  const lines: string[] = [];
  const table = ['| format | ' + SIZES.map((n) => `${n / 1000}k wall s | ${n / 1000}k CPU s | ${n / 1000}k MB`).join(' | ') + ' |', `|---|${SIZES.map(() => '---|---|---|').join('')}`];
  const cells = new Map<string, string[]>(EXPORT_FORMATS.map((f) => [f, []]));
  for (const n of SIZES) {
    const project = repeatProject(base, n);
    const findings = findingsForExport(runChecks(project));
    lines.push(`${n}: ${project.alignments.en!.beads.length} zh→en and ${project.alignments.ru!.beads.length} zh→ru beads, ${findings.length} QA findings`);
    for (const format of EXPORT_FORMATS) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const r = await exportProject(project, format, { findings });
      const used = process.cpuUsage(cpu);
      const bytes = typeof r.data === 'string' ? Buffer.byteLength(r.data) : r.data.length;
      cells.get(format)!.push(((performance.now() - start) / 1000).toFixed(2), ((used.user + used.system) / 1e6).toFixed(2), (bytes / 1e6).toFixed(1));
    }
  }
  for (const [format, c] of cells) table.push(`| ${format} | ${c.join(' | ')} |`);
  return [...lines, ...table];
}
