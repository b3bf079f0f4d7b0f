import type { Lang, SegmentStatus } from '../../../core/model';
import type { Severity } from '../../../core/qa/types';
import { langName } from '../../../core/formats/input-langs';

/**
 * The sentence editor's accessible name: which row and which language ("Russian translation of row
 * 12"), and which sentence when the cell holds several. Rows are counted from 1, as the grid's "#"
 * column and the status bar count them. What the sentence lacks is the editor's description
 * (lacksDescription), so that the name stays the same while the translator types.
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

/**
 * What a target sentence lacks (a glossary term, a number), as its edge flag says it to a screen
 * reader: each finding with its severity word, as a sentence ("Warning: Glossary: 零和博弈 should
 * be translated …."), worst first as the grid orders them. It describes the flag's cell and the
 * sentence editor (aria-describedby), since the text itself carries no mark for it.
 */
export function lacksDescription(flags: ReadonlyArray<{ severity: Severity; message: string }>): string {
  // Each a sentence of its own, so a screen reader pauses between them (most messages end in a full stop already).
  return flags.map((f) => `${SEVERITY_WORD[f.severity]}: ${f.message.trim()}${/[.!?…]$/u.test(f.message.trim()) ? '' : '.'}`).join(' ');
}

const STATUS_WORD: Record<SegmentStatus, string> = { empty: 'empty', mt: 'machine translation', draft: 'draft', edited: 'edited', confirmed: 'confirmed' };

/**
 * A grid cell's accessible name: the row (from 1) and language, the status of its sentence(s), then
 * the text — the status dot and the column a sighted reader sees. The text is part of the name
 * because a screen reader reads a named cell's name, not its content. A cell with no sentence says
 * so ("no translation"), as its hatched placeholder does.
 */
export function gridCellLabel(row: number, lang: Lang, statuses: readonly SegmentStatus[], text: string, none = 'no translation'): string {
  const what = `Row ${row}, ${lang === 'zh' ? 'Chinese source' : langName(lang)}`;
  if (statuses.length === 0) return `${what}, ${none}`;
  const words = [...new Set(statuses.map((s) => STATUS_WORD[s]))].join(' and ');
  const status = statuses.length > 1 ? `${statuses.length} sentences, ${words}` : words;
  return `${what}, ${status}: ${text.replace(/\s+/gu, ' ').trim()}`;
}

/** The gutter's name (the row header): row number, how sure the alignment is, and open problems. */
export function gridRowHeaderLabel(row: number, confidence: string, problems: number): string {
  return `Row ${row}${confidence ? `, ${confidence}` : ''}${problems > 0 ? `, ${problems} ${problems === 1 ? 'problem' : 'problems'}` : ''}`;
}
