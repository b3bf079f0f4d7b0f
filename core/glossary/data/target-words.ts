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
 * Stems shorter than this are not trusted: the word must then match exactly (lower-cased). Snowball
 * cuts "Си" (Xi) to "си" and "мир" to "мир"; three letters is the shortest stem that rarely joins
 * unrelated words ("мир" peace/world is a single lexeme anyway).
 */
export const MIN_STEM_LENGTH = 3;

/** English possessive endings stripped before stemming ("Organisation's", "States'"). */
export const EN_POSSESSIVE = /['’]s?$/;

/** Snowball algorithm names in snowball-stemmers. */
export const STEMMER_NAMES: Readonly<Record<TargetLang, string>> = { en: 'english', ru: 'russian' };
