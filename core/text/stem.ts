import type { TargetLang } from '../model/types';
import { BoundedMemo } from './bounded-memo';
import { englishStem } from './english-stem';
import { russianStem } from './russian-stem';

/**
 * The one Snowball stemmer wrapper: the aligner (evidence keys) and the glossary matcher
 * (inflection-aware term keys) both stem through here, so an English or Russian word has one stem
 * everywhere. The stemmers are the Snowball English and Russian algorithms written out by hand
 * (english-stem.ts, russian-stem.ts): the same stems as the generated `snowball-stemmers` code,
 * which the tests keep as the reference, ~10× cheaper and without loading its 870 KB of code (issue
 * 13). Words repeat a lot within a document, so stems are cached per language — bounded, so a
 * long-running app does not grow forever.
 */
const CACHE_LIMIT = 200_000;

const stems: Record<TargetLang, BoundedMemo<string, string>> = {
  en: new BoundedMemo(CACHE_LIMIT, englishStem),
  ru: new BoundedMemo(CACHE_LIMIT, russianStem),
};

/** Snowball stem of a lower-cased English or Russian word. */
export function snowballStem(word: string, lang: TargetLang): string {
  return stems[lang].get(word);
}
