import type { QaReport, ReportMark, ReportSide } from './report-model';
import { dismissedNote, groupLocation, summaryLine } from './report-model';
import { isSpellingFinding, spellingLine } from './spelling-groups';
import type { Severity } from '../types';
import { visibleText } from './visible-text';
import { tallyLine } from '../completeness-tally';

/** ANSI styles; empty strings when colour is off. */
interface Palette {
  severity: Record<Severity, string>;
  dim: string;
  bold: string;
  mark: string;
  reset: string;
}

const COLOUR: Palette = {
  severity: { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' },
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  mark: '\u001b[7m',
  reset: '\u001b[0m',
};
const PLAIN: Palette = { severity: { error: '', warning: '', info: '' }, dim: '', bold: '', mark: '', reset: '' };

/** Longest sentence text shown in a plain-text report before it is shortened around the mark. */
const MAX_SHOWN = 160;

function shown(side: ReportSide | null, label: string, mark: ReportMark | undefined, p: Palette): string | undefined {
  if (!side || side.sentences.length === 0) return side ? `  ${p.dim}${label}${p.reset} (none)` : undefined;
  const full = side.text;
  // A window of the text around the mark, so a long sentence stays one readable line.
  const from = mark && full.length > MAX_SHOWN && mark.start > MAX_SHOWN / 2 ? Math.min(mark.start - MAX_SHOWN / 2, full.length - MAX_SHOWN) : 0;
  const to = Math.min(full.length, from + MAX_SHOWN);
  const cut = (a: number, b: number): string => visibleText(full.slice(Math.max(a, from), Math.min(b, to)));
  const body = mark && p.mark && mark.end > from && mark.start < to
    ? `${cut(from, mark.start)}${p.mark}${cut(mark.start, mark.end)}${p.reset}${cut(mark.end, to)}`
    : visibleText(full.slice(from, to));
  return `  ${p.dim}${label}${p.reset} ${from > 0 ? '…' : ''}${body}${to < full.length ? '…' : ''}`;
}

/**
 * The human report: findings grouped by sentence (bead), each group with its location, the source
 * and target text (the first finding's text highlighted on a terminal), then one line per finding.
 */
export function renderTextReport(report: QaReport, options: { colour: boolean }): string {
  const p = options.colour ? COLOUR : PLAIN;
  const lines: string[] = [];
  // Spelling findings are listed once per word at the end, not sentence by sentence.
  for (const all of report.groups) {
    const g = { ...all, findings: all.findings.filter((f) => !isSpellingFinding(f)) };
    if (g.findings.length === 0) continue;
    lines.push(`${p.bold}${visibleText(groupLocation(g))}${p.reset}`);
    const first = g.findings[0];
    const src = shown(g.source, 'zh', first?.marks.source, p);
    const tgt = shown(g.target, g.lang ?? '', first?.marks.target, p);
    if (src) lines.push(src);
    if (tgt && g.lang) lines.push(tgt);
    for (const f of g.findings) {
      const sev = `${p.severity[f.severity]}${f.severity.padEnd(7)}${p.reset}`;
      lines.push(`  ${sev} ${visibleText(f.message)} ${p.dim}[${f.check}]${p.reset}`);
    }
    lines.push('');
  }
  if (report.spelling.length > 0) {
    lines.push(`${p.bold}Spelling${p.reset}`);
    for (const s of report.spelling) lines.push(`  ${p.severity[s.severity]}${s.severity.padEnd(7)}${p.reset} ${s.lang}  ${visibleText(spellingLine(s))}`);
    lines.push('');
  }
  // The promise first in the closing lines: every source sentence translated, or what is not.
  for (const t of report.completeness) lines.push(`Completeness ${tallyLine(t)}`);
  lines.push(`${report.groups.length === 0 ? 'No findings' : summaryLine(report.counts)}${dismissedNote(report)}${report.groups.length === 0 ? '.' : ''}`);
  return `${lines.join('\n')}\n`;
}
