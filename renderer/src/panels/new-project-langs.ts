import type { Lang, TargetLang } from '../../../core/model';
import { checkStatedLang, langName } from '../../../core/formats/input-langs';

/** What the New project dialog holds in each slot: text, and the file it came from. */
export type SlotTexts = Record<Lang, { text: string; fileName?: string }>;

/** A draft put in the wrong slot: English in the Russian one, Chinese in a translation slot. */
export interface MisplacedDraft {
  slot: TargetLang;
  looksLike: Lang;
  /** "draft.txt looks English, but is in the Russian slot". */
  text: string;
  /** The slot it looks like it belongs in, when that one is empty: one click moves it there. */
  moveTo: Lang | null;
}

const SLOT_NAMES: Record<Lang, string> = { zh: 'the Chinese source', en: 'the English slot', ru: 'the Russian slot' };

/** Where a move goes, in a button's words: "Move to the English slot". */
export function moveLabel(to: Lang): string {
  return `Move to ${SLOT_NAMES[to]}`;
}

/**
 * The first draft whose letters contradict its slot, judged as the CLI judges `--target-lang`
 * (core checkStatedLang), or null. A draft quoting names in another script is not misplaced.
 */
export function misplacedDraft(texts: SlotTexts): MisplacedDraft | null {
  for (const slot of ['en', 'ru'] as const) {
    const { text, fileName } = texts[slot];
    if (!text.trim()) continue;
    const problem = checkStatedLang({ name: fileName ?? 'The pasted text', text }, slot);
    if (problem?.kind !== 'not-stated-lang') continue;
    const { looksLike } = problem;
    return {
      slot,
      looksLike,
      text: `${problem.target} looks ${langName(looksLike)}, but is in the ${langName(slot)} slot`,
      moveTo: looksLike !== slot && !texts[looksLike].text.trim() ? looksLike : null,
    };
  }
  return null;
}
