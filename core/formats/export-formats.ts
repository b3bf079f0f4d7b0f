/**
 * The one table of export formats. The contract (its zod enum), the desktop menu, the Export
 * dialog and its stored preferences, the CLI and the export service all read it, so a format's
 * file type, languages and options are written once. The writers themselves are in export-project.ts.
 */

/** Every export format the app and the CLI offer, in menu order (a tuple: the contract's zod enum). */
export const EXPORT_FORMATS = ['tmx', 'tmx3', 'xliff', 'xliff12', 'docx', 'csv', 'tsv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export option a format may honour (the contract's boolean export options). */
export type ExportFlag = 'onlyConfirmed' | 'skipEmpty' | 'mergeNm' | 'qa' | 'bom' | 'excelSafe';

export interface ExportFormatSpec {
  /** File extension, without the dot. */
  extension: string;
  /**
   * A tag before the extension when two formats share it (XLIFF 2.1 and 1.2 are both .xlf): the
   * default file names then differ (`….zh-en.xliff2.xlf`, `….zh-en.xliff12.xlf`), and the file still
   * ends in the extension CAT tools and our own import recognise.
   */
  nameTag?: string;
  mimeType: string;
  /**
   * How the format picks its languages: `bilingual` zh and one target (`target`), `trilingual` zh,
   * en and ru in every unit (needs both alignments), `table` zh beside one or both targets (`targets`).
   */
  languages: 'bilingual' | 'trilingual' | 'table';
  /** Whether QA findings travel in the file (DOCX comments, HTML/CSV/TSV column, XLIFF notes); TMX has no place for them. */
  carriesQa: boolean;
  /** The options it honours, in the order the Export dialog lists them. */
  options: readonly ExportFlag[];
  /** Its name in the File › Export menu. */
  menuLabel: string;
}

const UNITS: readonly ExportFlag[] = ['onlyConfirmed', 'skipEmpty', 'mergeNm'];
const WITH_QA: readonly ExportFlag[] = [...UNITS, 'qa'];
const SPREADSHEET: readonly ExportFlag[] = [...WITH_QA, 'bom', 'excelSafe'];

export const EXPORT_FORMAT_SPECS: Record<ExportFormat, ExportFormatSpec> = {
  tmx: { extension: 'tmx', mimeType: 'application/x-tmx+xml', languages: 'bilingual', carriesQa: false, options: UNITS, menuLabel: 'TMX (bilingual)…' },
  tmx3: { extension: 'tmx', mimeType: 'application/x-tmx+xml', languages: 'trilingual', carriesQa: false, options: UNITS, menuLabel: 'TMX (trilingual zh/en/ru)…' },
  xliff: { extension: 'xlf', nameTag: 'xliff2', mimeType: 'application/xliff+xml', languages: 'bilingual', carriesQa: true, options: WITH_QA, menuLabel: 'XLIFF 2.1…' },
  xliff12: { extension: 'xlf', nameTag: 'xliff12', mimeType: 'application/x-xliff+xml', languages: 'bilingual', carriesQa: true, options: WITH_QA, menuLabel: 'XLIFF 1.2…' },
  docx: {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    languages: 'table',
    carriesQa: true,
    options: WITH_QA,
    menuLabel: 'Word table (DOCX)…',
  },
  csv: { extension: 'csv', mimeType: 'text/csv; charset=utf-8', languages: 'table', carriesQa: true, options: SPREADSHEET, menuLabel: 'CSV…' },
  tsv: { extension: 'tsv', mimeType: 'text/tab-separated-values; charset=utf-8', languages: 'table', carriesQa: true, options: SPREADSHEET, menuLabel: 'TSV…' },
  html: { extension: 'html', mimeType: 'text/html; charset=utf-8', languages: 'table', carriesQa: true, options: WITH_QA, menuLabel: 'HTML side by side…' },
};

/** How a default file name of `format` ends, without the first dot: `tmx`, `xliff2.xlf`, `xliff12.xlf`. */
export function exportFileEnding(format: ExportFormat): string {
  const { extension, nameTag } = EXPORT_FORMAT_SPECS[format];
  return nameTag ? `${nameTag}.${extension}` : extension;
}

/** Whether `name` is an export format (a CLI flag, a stored preference, a menu argument). */
export function isExportFormat(name: unknown): name is ExportFormat {
  return (EXPORT_FORMATS as readonly unknown[]).includes(name);
}
