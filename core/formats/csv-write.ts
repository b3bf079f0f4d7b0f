import type { Project } from '../model/types';
import { tableRows } from './table-rows';
import type { ExportOptions } from './export-options';

/**
 * CSV (RFC 4180: CRLF records, fields quoted when they hold the delimiter, a quote or a line break,
 * quotes doubled) or TSV with the same quoting (Excel and LibreOffice read quoted TSV; a bare TSV
 * would have to mangle tabs and line breaks). Columns: #, zh, each target, per-target status and
 * confidence, QA findings. Optional UTF-8 BOM so Excel detects the encoding. With `excelSafe`
 * (default: on when `bom` is) a cell a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function writeDelimited(project: Project, delimiter: ',' | '\t', options: ExportOptions = {}): string {
  const { langs, rows } = tableRows(project, options);
  const targets = langs.filter((l) => l !== 'zh');
  const header = ['#', ...langs, ...targets.flatMap((t) => [`${t} status`, `${t} confidence`]), 'QA'];
  const lines = [header];
  for (const r of rows) {
    lines.push([
      String(r.n),
      ...langs.map((l) => r.text[l] ?? ''),
      ...targets.flatMap((t) => {
        const c = r.confidence[t as 'en' | 'ru'];
        return [r.status[t as 'en' | 'ru'] ?? '', c === undefined ? '' : c.toFixed(3)];
      }),
      r.findings.join('\n'),
    ]);
  }
  const safe = options.excelSafe ?? options.bom ?? false;
  const body = lines.map((fields) => fields.map((f) => quoteField(safe ? defuseFormula(f) : f, delimiter)).join(delimiter)).join('\r\n') + '\r\n';
  return (options.bom ? '\uFEFF' : '') + body;
}

/** One field, quoted only when it must be. */
export function quoteField(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * OWASP's CSV-injection rule: Excel and LibreOffice run a cell that starts with =, +, -, @, a tab or
 * a carriage return as a formula (`=HYPERLINK(…)`, `@SUM(…)`, DDE `=cmd|…`), quoted or not. A
 * leading apostrophe makes it text. Only the first character counts, so "-" and "+" inside a
 * sentence are left alone; a sentence that starts with a dash gets the apostrophe too.
 */
export function defuseFormula(field: string): string {
  return /^[=+\-@\t\r]/.test(field) ? `'${field}` : field;
}
