import type { TargetLang } from '../model/types';
import { ZH_STOPWORDS } from './data/zh-stopwords';
import type { Lexicon } from './lexicon';
import { ZH_NUMERAL_CHARS } from './numbers';
import { targetTokens } from './target-tokens';
import { hasKey, addKey } from './verdict/source-words';

/** A content word of a Chinese sentence and the target stems its lexicon entry offers (maybe none). */
export interface ContentWord {
  text: string;
  stems: readonly string[];
}

/** How many content words a lexicon can show in one translation. */
export interface Coverage {
  words: number;
  /** Words whose entry offers at least one target stem. */
  has: number;
  /** Words with a stem among the translation's stems, as the aligner matches keys. */
  exact: number;
  /** Words with a stem matching on the verdict's looser key (five letters, ё as е). */
  loose: number;
}

const ZH_STOP = new Set(ZH_STOPWORDS);
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/u;

/**
 * The dictionary words of a Chinese sentence (forward maximum matching over every headword, as
 * the aligner segments), function words and numerals left out: what a lexicon should cover.
 */
export function contentWords(text: string, lexicon: Lexicon): ContentWord[] {
  const s = text.normalize('NFKC');
  const out: ContentWord[] = [];
  for (let i = 0; i < s.length; ) {
    if (!HAN.test(s[i]!)) {
      i++;
      continue;
    }
    let len = Math.min(lexicon.maxWordLength, s.length - i);
    while (len > 1 && !lexicon.entries.has(s.slice(i, i + len))) len--;
    const word = s.slice(i, i + len);
    const numeral = [...word].every((c) => ZH_NUMERAL_CHARS.has(c));
    if (!ZH_STOP.has(word) && !numeral) out.push({ text: word, stems: lexicon.entries.get(word)?.stems ?? [] });
    i += len;
  }
  return out;
}

/** Counts the words whose lexicon stems the translation shows (see Coverage). */
export function coverageOf(words: readonly ContentWord[], translation: string, lang: TargetLang): Coverage {
  const exact = new Set<string>();
  const loose = new Set<string>();
  for (const t of targetTokens(translation, lang)) {
    if (t.kind !== 'word') continue;
    exact.add(t.key);
    addKey(loose, t.key);
  }
  const c: Coverage = { words: words.length, has: 0, exact: 0, loose: 0 };
  for (const w of words) {
    if (w.stems.length > 0) c.has++;
    if (w.stems.some((s) => exact.has(s))) c.exact++;
    if (w.stems.some((s) => hasKey(loose, s))) c.loose++;
  }
  return c;
}
