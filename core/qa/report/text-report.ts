import type { QaReport, ReportSide } from './report-model';
import { groupLocation, summaryLine } from './report-model';
import type { Severity } from '../types';

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

function shown(side: ReportSide | null, label: string, mark: string | undefined, p: Palette): string | undefined {
  if (!side || side.sentences.length === 0) return side ? `  ${p.dim}${label}${p.reset} (none)` : undefined;
  let text = side.text;
  const at = mark ? text.indexOf(mark) : -1;
  if (text.length > MAX_SHOWN) {
    const from = at > MAX_SHOWN / 2 ? at - MAX_SHOWN / 2 : 0;
    text = `${from > 0 ? '…' : ''}${text.slice(from, from + MAX_SHOWN)}${from + MAX_SHOWN < text.length ? '…' : ''}`;
  }
  if (mark && p.mark) text = text.replace(mark, `${p.mark}${mark}${p.reset}`);
  return `  ${p.dim}${label}${p.reset} ${text}`;
}

/**
 * The human report: findings grouped by sentence (bead), each group with its location, the source
 * and target text (the first finding's text highlighted on a terminal), then one line per finding.
 */
export function renderTextReport(report: QaReport, options: { colour: boolean }): string {
  const p = options.colour ? COLOUR : PLAIN;
  const lines: string[] = [];
  for (const g of report.groups) {
    lines.push(`${p.bold}${groupLocation(g)}${p.reset}`);
    const first = g.findings[0];
    const src = shown(g.source, 'zh', first?.excerpt.source, p);
    const tgt = shown(g.target, g.lang ?? '', first?.excerpt.target, p);
    if (src) lines.push(src);
    if (tgt && g.lang) lines.push(tgt);
    for (const f of g.findings) {
      const sev = `${p.severity[f.severity]}${f.severity.padEnd(7)}${p.reset}`;
      lines.push(`  ${sev} ${f.message} ${p.dim}[${f.check}]${p.reset}`);
    }
    lines.push('');
  }
  lines.push(report.groups.length === 0 ? 'No findings.' : summaryLine(report.counts));
  return `${lines.join('\n')}\n`;
}
