import type { Lang } from '../../../core/model';
import type { Severity } from '../../../core/qa/types';
import { langName } from '../../../core/formats/input-langs';

/**
 * What a screen reader hears on entering the sentence editor: which row and which language ("Russian
 * translation of row 12"), and which sentence when the cell holds several. Rows are counted from 1,
 * as the grid's "#" column and the status bar count them.
 */
export function sentenceEditorLabel(lang: Lang, row: number, sentence: number, sentences: number): string {
  const what = lang === 'zh' ? 'Chinese source' : `${langName(lang)} translation`;
  const which = sentences > 1 ? `, sentence ${sentence} of ${sentences}` : '';
  return `${what} of row ${row}${which}`;
}

const SEVERITY_WORD: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

/**
 * A finding's accessible name in the Problems panel: the severity, the row (counted from 1; a finding
 * of the whole document has none) and language, then the message — what the icon, the "12 RU" column
 * and the text say to a sighted reader.
 */
export function problemLabel(severity: Severity, row: number, lang: Lang, message: string): string {
  const where = row >= 1 ? `row ${row}, ${langName(lang)}` : `${langName(lang)}, no row`;
  return `${SEVERITY_WORD[severity]}, ${where}: ${message}`;
}
