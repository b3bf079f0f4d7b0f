import type { Lang } from '../../../core/model';
import { checkSlots, langName, slotName } from '../../../core/formats/input-langs';
import type { SlotFix, SlotProblem } from '../../../core/formats/input-langs';

/** What the New project dialog holds in each slot: text, and the file it came from. */
export type SlotTexts = Record<Lang, { text: string; fileName?: string }>;

/** A pasted text's name in a message (a chosen file is named by its file name). */
const PASTED: Record<Lang, string> = { zh: 'the Chinese source', en: 'the text pasted as English', ru: 'the text pasted as Russian' };


/**
 * The slots' language problem as the dialog shows it, judged by core checkSlots (the CLI's script
 * tests), with each slot named by its file or as pasted text; null when the slots look right.
 */
export function slotProblem(texts: SlotTexts, whenCreating = false): SlotProblem | null {
  const input = (lang: Lang) => ({ name: texts[lang].fileName ?? PASTED[lang], text: texts[lang].text });
  const problem = checkSlots({ zh: input('zh'), en: input('en'), ru: input('ru') }, { whenCreating });
  if (!problem) return null;
  // A sentence starting with a pasted text's name starts with a capital; a file's name stays as it is.
  const pasted = Object.values(PASTED).find((name) => problem.message.startsWith(name));
  return pasted ? { ...problem, message: `T${problem.message.slice(1)}` } : problem;
}

/** The remedy's button: "Swap English and Russian", "Move to the English slot". */
export function fixLabel(fix: SlotFix): string {
  if (fix.kind === 'move') return `Move to ${slotName(fix.to)}`;
  const name = (lang: Lang) => (lang === 'zh' ? 'source' : langName(lang));
  return `Swap ${name(fix.a)} and ${name(fix.b)}`;
}

/** The slots after the remedy: the two exchanged, or one moved into the empty slot (file names go along). */
export function applyFix(texts: SlotTexts, fix: SlotFix): SlotTexts {
  return fix.kind === 'swap' ? { ...texts, [fix.a]: texts[fix.b], [fix.b]: texts[fix.a] } : { ...texts, [fix.to]: texts[fix.from], [fix.from]: { text: '' } };
}
