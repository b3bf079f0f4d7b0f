import { wordTokens } from '../../glossary/term-tokens';
import type { TargetLang } from '../../model/types';
import { FUNCTION_WORDS } from '../data/function-words';

/** A stem this long inside a longer word is the same word with a prefix (расчёт → взаиморасчёт). */
const MIN_PREFIXED_STEM = 5;

/** The stems of a text's content words, for the word-by-word presence test below. */
export function contentStems(text: string, lang: TargetLang): string[] {
  const skip = FUNCTION_WORDS[lang];
  return wordTokens(text, lang)
    .filter((t) => !skip.has(t.word))
    .map((t) => t.key);
}

/**
 * Whether every content word of a rendering occurs in the translation, inflected, in any order: the
 * rendering is there, only rearranged ("chemical weapons it abandoned in China" for "chemical
 * weapons abandoned in China", "ядерные и неядерные государства" for "ядерное государство").
 */
export function wordsPresent(rendering: string, targetStems: readonly string[], lang: TargetLang): boolean {
  const wanted = contentStems(rendering, lang);
  if (wanted.length === 0) return false;
  return wanted.every((w) => targetStems.some((t) => t === w || (w.length >= MIN_PREFIXED_STEM && t.endsWith(w))));
}
