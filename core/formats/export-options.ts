import type { TargetLang } from '../model/types';

export { EXPORT_FORMATS } from './export-formats';
export type { ExportFormat } from './export-formats';

/** A QA finding as the exporters show it (DOCX comments, HTML/CSV column, XLIFF notes). */
export interface ExportFinding {
  /** Sentences the finding is about (source or target ids); it is shown on the unit holding them. */
  sentenceIds: string[];
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** Check id ("numbers", "glossary"…), shown before the message. */
  check?: string;
  /** The target language the finding is about; bilingual exports leave out the other language's. */
  lang?: TargetLang | null;
}

export interface ExportOptions {
  /** Target language of the bilingual formats (tmx, xliff, xliff12); default: the first aligned one. */
  target?: TargetLang;
  /** Target languages of the table formats (docx, csv, tsv, html); default: every aligned one. */
  targets?: TargetLang[];
  /** Export only units whose every target is confirmed. */
  onlyConfirmed?: boolean;
  /** Leave out units with a blank source or no target text (omissions, additions, empty drafts). */
  skipEmpty?: boolean;
  /**
   * n:m beads become one unit with their sentences joined (true, the default). False leaves them
   * out, for translation memories that must hold sentence pairs only.
   */
  mergeNm?: boolean;
  /** CSV/TSV: start with a UTF-8 BOM so Excel opens Chinese and Cyrillic correctly. */
  bom?: boolean;
  /**
   * CSV/TSV: put an apostrophe before every cell that starts with =, +, -, @, a tab or a CR, so a
   * spreadsheet shows it as text instead of running it as a formula (OWASP CSV injection). Default:
   * the value of `bom` — a file made for Excel is made safe for it; a plain CSV for a TM tool or a
   * script keeps every segment exactly as written ("- Да.", "+5 %" are real sentences).
   */
  excelSafe?: boolean;
  /** QA findings to show (DOCX comments, a column in HTML/CSV/TSV, notes in XLIFF). */
  findings?: ExportFinding[];
  /** Timestamp written into headers; fixed in tests so output is reproducible. Default: now. */
  date?: Date;
  /** Tool version written into headers. */
  toolVersion?: string;
}

/** What an export produces: the bytes or text to write, and how to name and serve them. */
export interface ExportResult {
  data: Uint8Array | string;
  mimeType: string;
  extension: string;
  /** Things the user should know (e.g. control characters removed), never silently dropped. */
  warnings: string[];
}
