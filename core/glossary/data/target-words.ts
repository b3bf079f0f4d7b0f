import type { TargetLang } from '../../model/types';

/**
 * Words a term match skips on both sides, so "the Charter of the United Nations" matches "Charter
 * of the United Nations" and "a Belt and Road project" matches "Belt and Road". Only articles:
 * prepositions carry meaning in terms ("Treaty on …" vs "Treaty of …"). Russian has no articles.
 */
export const SKIPPED_WORDS: Readonly<Record<TargetLang, ReadonlySet<string>>> = {
  en: new Set(['the', 'a', 'an']),
  ru: new Set(),
};

/**
 * Stems shorter than this are not used: the word itself is the key (в, о, и — prepositions and
 * conjunctions are words, not stems).
 */
export const MIN_STEM_LENGTH = 2;

/**
 * A one-word term whose key is shorter than this matches only its own form: a two-letter stem
 * (Snowball: "Юг" → "юг", "Си" → "си") joins too many unrelated words on its own. Inside a longer
 * term its neighbours make it safe, so "Глобальный Юг" still matches "Глобального Юга".
 */
export const SAFE_STEM_LENGTH = 3;

/** English possessive endings stripped before stemming ("Organisation's", "States'"). */
export const EN_POSSESSIVE = /['’]s?$/;

