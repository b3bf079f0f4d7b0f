import type { TargetLang } from '../../model/types';

/**
 * Words that legitimately occur twice in a row ("he had had", "that that", "что что-то" is a hyphen
 * case and never matches). Lower case.
 */
export const LEGIT_DOUBLED_WORDS: Readonly<Record<TargetLang, ReadonlySet<string>>> = {
  // "asked her her business": the object, then the possessive.
  // Interjections doubled on purpose ("ha ha!", "oh oh", "ой-ой" without the hyphen).
  en: new Set(['had', 'that', 'is', 'do', 'did', 'bye', 'no', 'her', 'ha', 'ho', 'hee', 'heh', 'ah', 'oh', 'aha']),
  ru: new Set(['так', 'да', 'нет', 'чуть', 'еле', 'едва', 'ха', 'хе', 'ах', 'ох', 'ой', 'эх', 'ай']),
};
