import type { Lang, Project, SegmentStatus, TargetLang } from '../model/types';
import { buildUnits, sideText } from './export-units';
import { filterUnits } from './unit-filter';
import { findingsFor, indexFindings, noteText } from './unit-findings';
import type { ExportOptions } from './export-options';

/** One row of the side-by-side formats (DOCX, HTML, CSV/TSV). */
export interface TableRow {
  n: number;
  text: Partial<Record<Lang, string>>;
  status: Partial<Record<TargetLang, SegmentStatus>>;
  confidence: Partial<Record<TargetLang, number>>;
  /** QA findings on this row, one line each. */
  findings: string[];
  /** The same findings by the column they concern: a target's own, or zh for source-only ones. */
  findingsAt: Partial<Record<Lang, string[]>>;
  /** True when the source sentence(s) open a new paragraph: the table shows paragraph breaks. */
  paragraphStart: boolean;
  /** A sentence added in the translation: target text and no source (a 0:1 bead). Its empty source cell says so. */
  added: boolean;
}

/**
 * Whether a row's target cell is empty where a translation belongs: the row has a bead in that
 * language (an omission, an untranslated sentence). A row with none there (a sentence added in the
 * other target) leaves the cell empty with nothing missing, so it is not marked.
 */
export function isUntranslated(row: TableRow, target: TargetLang): boolean {
  return row.status[target] !== undefined && (row.text[target] ?? '').trim() === '';
}

/**
 * The status column's lines, DOCX's and HTML's: one per target with a bead in the row ("en
 * confirmed", "ru draft"), a bilingual table just the status; a target with no bead there (an
 * addition in the other language) none. A no-break space: a narrow column never parts the language
 * from its status.
 */
export function statusLines(row: TableRow, targets: TargetLang[]): Array<{ target: TargetLang; label: string }> {
  return targets.flatMap((target) => {
    const status = row.status[target];
    if (status === undefined) return [];
    return [{ target, label: targets.length === 1 ? status : `${target}\u00A0${status}` }];
  });
}

/** What an added sentence's empty source cell says (DOCX as text, HTML as a CSS label), so it reads as an addition, not a lost source. */
export const ADDED_LABEL = 'no source: added in the translation';

/** The target columns of the side-by-side formats: the ones asked for (default: both) that are aligned. */
export function tableTargets(project: Project, options: ExportOptions): TargetLang[] {
  return (options.targets ?? (['en', 'ru'] as TargetLang[])).filter((t) => project.alignments[t] && project.targets[t]);
}

/** The rows every side-by-side writer renders, and the language columns they have. */
export function tableRows(project: Project, options: ExportOptions): { langs: Lang[]; rows: TableRow[] } {
  const targets = tableTargets(project, options);
  const units = filterUnits(buildUnits(project, targets), options);
  const index = indexFindings(options.findings);
  let lastPara: string | undefined;
  const rows = units.map((u, i): TableRow => {
    const firstPara = u.source.paraIds[0];
    const paragraphStart = firstPara !== undefined && firstPara !== lastPara;
    if (u.source.paraIds.length) lastPara = u.source.paraIds.at(-1);
    // A finding about a language the table does not show has no place in it.
    const found = findingsFor(u, index).filter((f) => !f.lang || targets.includes(f.lang));
    const findingsAt: TableRow['findingsAt'] = {};
    for (const f of found) {
      const column: Lang = f.lang ?? 'zh';
      (findingsAt[column] ??= []).push(noteText(f));
    }
    const row: TableRow = { n: i + 1, text: { zh: sideText(u.source, 'zh') }, status: {}, confidence: {}, findings: found.map(noteText), findingsAt, paragraphStart, added: false };
    for (const t of targets) {
      const side = u.targets[t];
      row.text[t] = sideText(side, t);
      if (side) {
        row.status[t] = side.status;
        row.confidence[t] = side.score;
      }
    }
    row.added = row.text.zh!.trim() === '' && targets.some((t) => row.text[t]!.trim() !== '');
    return row;
  });
  return { langs: ['zh', ...targets], rows };
}

/** Column titles in the languages' own words, so a reviewer sees at once which column is which. */
export const COLUMN_TITLE: Record<Lang, string> = { zh: '中文', en: 'English', ru: 'Русский' };
