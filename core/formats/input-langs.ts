import type { Lang, TargetLang } from '../model/types';
import { TARGET_LANGS } from '../model/types';
import { detectLangByScript, heaviestScript, scriptWeights } from './detect-lang';

/**
 * Plausibility of the languages of a source and its translations, judged by script before
 * anything is aligned: an English file taken as the "Chinese source" otherwise aligns at high
 * confidence and reports itself as translated. Pure: the CLI and the app phrase the problems.
 */

/** One input as the caller sees it: a name for messages and its text. */
export interface LangInput {
  name: string;
  text: string;
}

export type InputLangProblem =
  /** The source's letters are mostly Latin or Cyrillic (or there are none). */
  | { kind: 'source-not-chinese'; source: string; looksLike: Lang | undefined }
  /** The source looks like a translation and a target looks Chinese: the arguments are swapped. */
  | { kind: 'swapped'; source: string; sourceLooksLike: Lang; target: string }
  /** A translation given as one language whose script is clearly another's (English given as Russian). */
  | { kind: 'not-stated-lang'; target: string; stated: Lang; looksLike: Lang };

/**
 * A translation's stated language is contradicted when less than this share of its script weight
 * (scriptWeights) is that language's script: over 90 % Latin for Russian, Cyrillic (or Chinese) for
 * English. A Russian text quoting English names, or an English one quoting Russian, stays far above.
 */
const STATED_SCRIPT_MIN_SHARE = 0.1;

const LANG_NAMES: Record<Lang, string> = { zh: 'Chinese', en: 'English', ru: 'Russian' };

/** The language's English name ("Chinese"), or "no text" for undefined. */
export function langName(lang: Lang | undefined): string {
  return lang ? LANG_NAMES[lang] : 'without letters';
}

/**
 * The one problem with the inputs' languages, or undefined when the source is Chinese. A swap is
 * reported in preference to a plain non-Chinese source because it says what to do.
 */
export function checkInputLangs(source: LangInput, targets: readonly LangInput[]): InputLangProblem | undefined {
  const looksLike = detectLangByScript(source.text);
  if (looksLike === 'zh') return undefined;
  const chineseTarget = targets.find((t) => detectLangByScript(t.text) === 'zh');
  if (chineseTarget && looksLike) return { kind: 'swapped', source: source.name, sourceLooksLike: looksLike, target: chineseTarget.name };
  return { kind: 'source-not-chinese', source: source.name, looksLike };
}

/**
 * The problem with a file given as `stated` whose letters are clearly of another language, or
 * undefined (also for a file without letters: nothing contradicts the statement).
 */
export function checkStatedLang(input: LangInput, stated: Lang): InputLangProblem | undefined {
  const weights = scriptWeights(input.text);
  const total = weights.zh + weights.en + weights.ru;
  if (total === 0 || weights[stated] >= total * STATED_SCRIPT_MIN_SHARE) return undefined;
  // total > 0, so some script weighs.
  const looksLike = heaviestScript(weights)!;
  return { kind: 'not-stated-lang', target: input.name, stated, looksLike };
}

/** One line for the problem, naming the files: "a.txt looks English and b.txt Chinese — swapped?". */
export function describeInputLangProblem(problem: InputLangProblem): string {
  switch (problem.kind) {
    case 'swapped':
      return `${problem.source} looks ${langName(problem.sourceLooksLike)} and ${problem.target} Chinese — swapped? The Chinese source comes first`;
    case 'not-stated-lang':
      return `${problem.target} looks ${langName(problem.looksLike)}, but was given as ${langName(problem.stated)}`;
    case 'source-not-chinese':
      return problem.looksLike
        ? `${problem.source} looks ${langName(problem.looksLike)}, not Chinese: the source must be the Chinese text`
        : `${problem.source} has no Chinese text: the source must be the Chinese text`;
  }
}

/** The New project dialog's three slots: the Chinese source and the two drafts (text may be ''). */
export type SlotInputs = Record<Lang, LangInput>;

/** A one-click remedy: exchange two slots' contents, or move one into an empty slot. */
export type SlotFix = { kind: 'swap'; a: Lang; b: Lang } | { kind: 'move'; from: Lang; to: Lang };

/** What is wrong with the slots, in a sentence naming the files, and the remedy when there is one. */
export interface SlotProblem {
  message: string;
  fix?: SlotFix;
}

const SLOT_NAMES: Record<Lang, string> = { zh: 'the Chinese source', en: 'the English slot', ru: 'the Russian slot' };

/** The slot's name in a sentence: "the English slot", "the Chinese source". */
export function slotName(lang: Lang): string {
  return SLOT_NAMES[lang];
}

/**
 * The first problem with what the slots hold, judged by script as the CLI judges its inputs
 * (checkInputLangs for the source, checkStatedLang for each draft), or undefined. With a remedy when
 * one click makes it right: the two drafts in each other's slots (or the source and a draft) are
 * swapped; a lone draft, or a source, in the wrong slot moves to the empty one it belongs in.
 * A source without any letters (digits only) is reported only `whenCreating`: while it is typed
 * its first characters say nothing yet.
 */
export function checkSlots(slots: SlotInputs, { whenCreating = false } = {}): SlotProblem | undefined {
  const filled = (lang: Lang) => slots[lang].text.trim() !== '';
  const misplaced = (lang: TargetLang) => {
    if (!filled(lang)) return undefined;
    const problem = checkStatedLang(slots[lang], lang);
    return problem?.kind === 'not-stated-lang' ? problem.looksLike : undefined;
  };
  const looks = { en: misplaced('en'), ru: misplaced('ru') };
  if (looks.en === 'ru' && looks.ru === 'en') {
    return { message: `${slots.en.name} looks Russian and ${slots.ru.name} English: the drafts are in each other's slots`, fix: { kind: 'swap', a: 'en', b: 'ru' } };
  }
  const source = filled('zh') ? detectLangByScript(slots.zh.text) : 'zh';
  if (source === undefined && whenCreating) return { message: describeInputLangProblem({ kind: 'source-not-chinese', source: slots.zh.name, looksLike: undefined }) };
  if (source === 'en' || source === 'ru') {
    const chineseIn = TARGET_LANGS.find((t) => looks[t] === 'zh');
    if (chineseIn) {
      const message = `${slots.zh.name} looks ${langName(source)} and ${slots[chineseIn].name} looks Chinese: the Chinese text belongs in the source`;
      return source === chineseIn ? { message, fix: { kind: 'swap', a: 'zh', b: chineseIn } } : { message };
    }
    const message = describeInputLangProblem({ kind: 'source-not-chinese', source: slots.zh.name, looksLike: source });
    return filled(source) ? { message } : { message, fix: { kind: 'move', from: 'zh', to: source } };
  }
  for (const slot of TARGET_LANGS) {
    const looksLike = looks[slot];
    if (!looksLike) continue;
    const message = `${slots[slot].name} looks ${langName(looksLike)}, but is in ${SLOT_NAMES[slot]}`;
    return filled(looksLike) ? { message } : { message, fix: { kind: 'move', from: slot, to: looksLike } };
  }
  return undefined;
}
