import { newStemmer, type Stemmer } from 'snowball-stemmers';
import type { TargetLang } from '../model/types';
import { englishStem } from './english-stem';

/**
 * The one Snowball stemmer wrapper: the aligner (evidence keys) and the glossary matcher
 * (inflection-aware term keys) both stem through here, so an English or Russian word has one stem
 * everywhere. Words repeat a lot within a document and Snowball is the costliest step of
 * tokenising, so stems are cached per language — bounded, so a long-running app does not grow
 * forever.
 */
const SNOWBALL_NAMES: Record<TargetLang, string> = { en: 'english', ru: 'russian' };
const CACHE_LIMIT = 200_000;

const stemmers = new Map<TargetLang, { stemmer: Stemmer; cache: Map<string, string> }>();

/** Snowball stem of a lower-cased English or Russian word. */
export function snowballStem(word: string, lang: TargetLang): string {
  let s = stemmers.get(lang);
  if (!s) {
    // English through the hand-written Porter2 (same stems, ~10× cheaper: core/text/english-stem.ts).
    s = { stemmer: lang === 'en' ? { stem: englishStem } : newStemmer(SNOWBALL_NAMES[lang]), cache: new Map() };
    stemmers.set(lang, s);
  }
  let stem = s.cache.get(word);
  if (stem === undefined) {
    if (s.cache.size >= CACHE_LIMIT) s.cache.clear();
    stem = s.stemmer.stem(word);
    s.cache.set(word, stem);
  }
  return stem;
}
