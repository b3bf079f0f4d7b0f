import type { TargetLang } from '../model/types';
import { langName } from './input-langs';

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
  /** Its name for people: the Export dialog's list and the reasons a file cannot be made. */
  name: string;
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
  tmx: { name: 'TMX 1.4b', extension: 'tmx', mimeType: 'application/x-tmx+xml', languages: 'bilingual', carriesQa: false, options: UNITS, menuLabel: 'TMX (bilingual)…' },
  tmx3: { name: 'TMX trilingual', extension: 'tmx', mimeType: 'application/x-tmx+xml', languages: 'trilingual', carriesQa: false, options: UNITS, menuLabel: 'TMX (trilingual zh/en/ru)…' },
  xliff: { name: 'XLIFF 2.1', extension: 'xlf', nameTag: 'xliff2', mimeType: 'application/xliff+xml', languages: 'bilingual', carriesQa: true, options: WITH_QA, menuLabel: 'XLIFF 2.1…' },
  xliff12: { name: 'XLIFF 1.2', extension: 'xlf', nameTag: 'xliff12', mimeType: 'application/x-xliff+xml', languages: 'bilingual', carriesQa: true, options: WITH_QA, menuLabel: 'XLIFF 1.2…' },
  docx: {
    name: 'Word (DOCX)',
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    languages: 'table',
    carriesQa: true,
    options: WITH_QA,
    menuLabel: 'Word table (DOCX)…',
  },
  csv: { name: 'CSV', extension: 'csv', mimeType: 'text/csv; charset=utf-8', languages: 'table', carriesQa: true, options: SPREADSHEET, menuLabel: 'CSV…' },
  tsv: { name: 'TSV', extension: 'tsv', mimeType: 'text/tab-separated-values; charset=utf-8', languages: 'table', carriesQa: true, options: SPREADSHEET, menuLabel: 'TSV…' },
  html: { name: 'HTML', extension: 'html', mimeType: 'text/html; charset=utf-8', languages: 'table', carriesQa: true, options: WITH_QA, menuLabel: 'HTML side by side…' },
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

/**
 * Why a file cannot be made. One judgement and one wording for the app and the CLI: the Export
 * dialog greys out and explains with it, the engine (exportTargets) throws it, the CLI prints it.
 */
export type ExportRefusal =
  /** Neither translation is aligned to the source. */
  | { kind: 'nothing-aligned' }
  /** A language was asked for (a bilingual target, a table column) that is not aligned. */
  | { kind: 'not-aligned'; missing: TargetLang; aligned: readonly TargetLang[] }
  /** The trilingual format with one alignment. */
  | { kind: 'needs-both'; format: ExportFormat; aligned: readonly TargetLang[] }
  /** "Only confirmed" with nothing confirmed in these targets: the file would be empty. */
  | { kind: 'nothing-confirmed'; targets: readonly TargetLang[] };

/** The languages an export asks for: a bilingual format's target, a table's columns. */
export interface AskedLanguages {
  target?: TargetLang;
  targets?: readonly TargetLang[];
}

/**
 * What stops `format` with these languages in a project whose aligned targets are `aligned`, or
 * undefined. A bilingual format without a target takes the first aligned one, a table without
 * columns every aligned one.
 */
export function exportLanguageRefusal(format: ExportFormat, aligned: readonly TargetLang[], asked: AskedLanguages = {}): ExportRefusal | undefined {
  if (aligned.length === 0) return { kind: 'nothing-aligned' };
  const { languages } = EXPORT_FORMAT_SPECS[format];
  if (languages === 'trilingual') return aligned.length < 2 ? { kind: 'needs-both', format, aligned } : undefined;
  const wanted = languages === 'bilingual' ? (asked.target ? [asked.target] : []) : (asked.targets ?? []);
  const missing = wanted.find((t) => !aligned.includes(t));
  return missing ? { kind: 'not-aligned', missing, aligned } : undefined;
}

const both = (langs: readonly TargetLang[]) => (langs.length > 1 ? `both ${langs.map(langName).join(' and ')}` : langs.map(langName).join(''));

/** The refusal in one sentence, without a capital or a full stop (the dialog adds them, the CLI its prefix). */
export function describeExportRefusal(refusal: ExportRefusal): string {
  switch (refusal.kind) {
    case 'nothing-aligned':
      return 'the project has no aligned English or Russian translation to export';
    case 'not-aligned':
      return `the project has no aligned ${langName(refusal.missing)} translation (only ${both(refusal.aligned)})`;
    case 'needs-both':
      return `${EXPORT_FORMAT_SPECS[refusal.format].name} needs both the English and the Russian alignment; the project has only ${both(refusal.aligned)}`;
    case 'nothing-confirmed':
      return `no unit is confirmed in ${both(refusal.targets)}, so “only confirmed” leaves nothing to export (confirm segments first, or export them all)`;
  }
}
