import type { Project, TargetLang } from '../../../core/model';
import { EXPORT_FORMAT_SPECS, describeExportRefusal, exportLanguageRefusal, isExportFormat } from '../../../core/formats/export-formats';
import { exportContents, exportUnitCount, nothingConfirmedIn } from '../../../core/formats/export-project';
import type { AskedLanguages, ExportFlag } from '../../../core/formats/export-formats';
import type { ExportFormatName, ExportOptionsInput } from '../../../core/contract/export-types';

/** Which languages a table format (DOCX, CSV, TSV, HTML) shows: zh | en | ru, or zh and one target. */
export type TableLangs = 'both' | TargetLang;

/** Everything the Export dialog asks, as the translator last left it. */
export interface ExportChoice {
  format: ExportFormatName;
  /** Target of the bilingual formats (TMX, XLIFF 2.1, XLIFF 1.2). */
  target: TargetLang;
  /** Languages of the table formats. */
  tableLangs: TableLangs;
  onlyConfirmed: boolean;
  skipEmpty: boolean;
  mergeNm: boolean;
  qa: boolean;
  bom: boolean;
  excelSafe: boolean;
}

const EXPORT_FLAGS: readonly ExportFlag[] = ['onlyConfirmed', 'skipEmpty', 'mergeNm', 'qa', 'bom', 'excelSafe'];
export type { ExportFlag };

/** The engine's defaults (core/formats ExportOptions, the contract's `qa`). */
export const DEFAULT_EXPORT_CHOICE: ExportChoice = {
  format: 'tmx',
  target: 'en',
  tableLangs: 'both',
  onlyConfirmed: false,
  skipEmpty: false,
  mergeNm: true,
  qa: true,
  bom: false,
  excelSafe: false,
};

/** How a format picks its languages (core/formats/export-formats.ts). */
export function languageKind(format: ExportFormatName): 'bilingual' | 'trilingual' | 'table' {
  return EXPORT_FORMAT_SPECS[format].languages;
}

/** The options a format honours, in the order the dialog lists them (TMX carries no QA findings). */
export function flagsFor(format: ExportFormatName): ExportFlag[] {
  return [...EXPORT_FORMAT_SPECS[format].options];
}

/**
 * Why this format (with these languages) cannot be exported from this project, or null: core's
 * judgement and words (exportLanguageRefusal), which the CLI's errors print too, as a sentence.
 */
export function unavailableReason(format: ExportFormatName, aligned: readonly TargetLang[], asked: AskedLanguages = {}): string | null {
  const refusal = exportLanguageRefusal(format, aligned, asked);
  return refusal ? asSentence(describeExportRefusal(refusal)) : null;
}

/** Core's clause as the dialog shows it: with a capital. */
function asSentence(clause: string): string {
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

/** The choice made to fit this project: a target it has, a format it can export. */
export function fitChoice(choice: ExportChoice, aligned: readonly TargetLang[]): ExportChoice {
  const first = aligned[0] ?? 'en';
  const target = aligned.includes(choice.target) ? choice.target : first;
  const tableLangs: TableLangs = aligned.length >= 2 ? choice.tableLangs : first;
  const format = unavailableReason(choice.format, aligned) && languageKind(choice.format) === 'trilingual' ? 'tmx' : choice.format;
  return { ...choice, format, target, tableLangs };
}

/** The contract request for a choice: only the options its format honours. */
export function exportRequest(choice: ExportChoice, aligned: readonly TargetLang[]): { format: ExportFormatName; options: ExportOptionsInput } {
  const fitted = fitChoice(choice, aligned);
  const options: ExportOptionsInput = {};
  const kind = languageKind(fitted.format);
  if (kind === 'bilingual') options.target = fitted.target;
  if (kind === 'table') options.targets = fitted.tableLangs === 'both' ? [...aligned] : [fitted.tableLangs];
  for (const flag of flagsFor(fitted.format)) options[flag] = fitted[flag];
  return { format: fitted.format, options };
}

/** What the dialog's foot says about a request: how many units it exports, or why it exports none. */
export interface ExportCount {
  /** Units the file holds. */
  kept: number;
  /** Units of these languages before the options drop any. */
  total: number;
  /** Why Export is disabled (no file with no units), or null. */
  refusal: string | null;
  /** Sentences added in the translation that a TMX keeps outside its units (core exportContents); 0 for other formats. */
  addedOutside: number;
}

/**
 * Count a request's units as the writers do, with the engine's own rules (core exportTargets for
 * the languages, exportUnitCount and exportContents, nothingConfirmedIn), so the dialog and the CLI cannot disagree
 * about what a file holds or when "only confirmed" leaves nothing.
 */
export function exportCount(project: Project, request: { format: ExportFormatName; options: ExportOptionsInput }): ExportCount {
  const { format, options } = request;
  const languages: ExportOptionsInput = {};
  if (options.target) languages.target = options.target;
  if (options.targets) languages.targets = options.targets;
  let total, kept, unconfirmed, addedOutside;
  try {
    total = exportUnitCount(project, format, languages);
    ({ units: kept, addedOutside } = exportContents(project, format, options));
    unconfirmed = nothingConfirmedIn(project, format, options);
  } catch (err) {
    return { kept: 0, total: 0, refusal: asSentence((err as Error).message), addedOutside: 0 }; // unavailableReason names these first
  }
  if (unconfirmed) return { kept, total, refusal: asSentence(describeExportRefusal({ kind: 'nothing-confirmed', targets: unconfirmed })), addedOutside };
  return { kept, total, refusal: kept === 0 ? 'Nothing to export with these options' : null, addedOutside };
}

/**
 * What the dialog says about the sentences added in the translation a TMX keeps outside its units
 * (the export's warning says it again afterwards), or null when there are none.
 */
export function addedOutsideNote(n: number): string | null {
  if (n === 0) return null;
  const one = n === 1;
  return `${n} sentence${one ? '' : 's'} added in the translation (no Chinese source) ${one ? 'is not a TMX unit' : 'are not TMX units'}: a TM tool would take ${one ? 'it' : 'them'} for source text. Duizhao keeps ${one ? 'it' : 'them'} in the file for itself; XLIFF, CSV, DOCX and HTML show ${one ? 'it' : 'them'}.`;
}

const STORAGE_KEY = 'duizhao.export';

/**
 * The last choice from the browser's storage (a UI preference, not part of the project file).
 * Anything missing or malformed (another version, a hand edit) falls back field by field.
 */
export function readExportChoice(storage: Pick<Storage, 'getItem'> | undefined): ExportChoice {
  let saved: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
    if (value && typeof value === 'object') saved = value as Record<string, unknown>;
  } catch {
    // Unreadable: the defaults.
  }
  const out: ExportChoice = { ...DEFAULT_EXPORT_CHOICE };
  if (isExportFormat(saved.format)) out.format = saved.format;
  if (saved.target === 'en' || saved.target === 'ru') out.target = saved.target;
  if (saved.tableLangs === 'both' || saved.tableLangs === 'en' || saved.tableLangs === 'ru') out.tableLangs = saved.tableLangs;
  for (const flag of EXPORT_FLAGS) {
    if (typeof saved[flag] === 'boolean') out[flag] = saved[flag];
  }
  return out;
}

/** Remember a choice; storage that refuses (private mode, quota) only costs the memory. */
export function writeExportChoice(storage: Pick<Storage, 'setItem'> | undefined, choice: ExportChoice): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(choice));
  } catch {
    // Not remembered this time.
  }
}
