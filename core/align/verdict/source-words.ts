import type { TargetLang } from '../../model/types';
import { ZH_STOPWORDS } from '../data/zh-stopwords';
import type { Lexicon } from '../lexicon';
import { numberKey, parseArabic, parseZhNumeral, ZH_NUMERAL_CHARS } from '../numbers';
import { longestHeadwordAt } from '../source-units';
import { isStopword, stemWord, targetTokens } from '../target-tokens';

/** One evidence word of a Chinese sentence, where it is, and the target keys that render it. */
export interface SourceWord {
  text: string;
  /** UTF-16 offsets into the NFKC-normalised sentence. */
  start: number;
  end: number;
  keys: readonly string[];
}

const ZH_STOP = new Set(ZH_STOPWORDS);
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3007]/u;
const DIGIT = /[\p{Nd}]/u;
const LATIN = /[A-Za-z]/;
/** Dictionary headwords worth looking up are short; longer entries are idioms the search would not gain from. */
const MAX_WORD = 8;

/**
 * The words of a Chinese sentence that carry evidence a translation must show: dictionary words
 * (forward maximum matching, stopwords left out), numbers, Latin tokens, with their positions, so
 * a finding can name them ("白烟, 工厂 have no counterpart") and tell where in the sentence they sit.
 */
export function sourceWords(text: string, lang: TargetLang, lexicon: Lexicon | undefined): SourceWord[] {
  const norm = text.normalize('NFKC');
  const words: SourceWord[] = [];
  let i = 0;
  while (i < norm.length) {
    const c = norm[i]!;
    if (HAN.test(c)) {
      let n = i;
      while (n < norm.length && ZH_NUMERAL_CHARS.has(norm[n]!)) n++;
      let best = 0;
      let stems: readonly string[] = [];
      const longest = lexicon ? Math.min(MAX_WORD, lexicon.maxWordLength, norm.length - i, longestHeadwordAt(lexicon, norm, i)) : 0;
      for (let len = longest; len >= 1 && lexicon; len--) {
        const e = lexicon.entries.get(norm.slice(i, i + len));
        if (e) {
          best = len;
          stems = e.stems;
          break;
        }
      }
      if (n > i && n - i >= best) {
        const value = parseZhNumeral(norm.slice(i, n));
        if (value !== undefined && value >= 2) words.push({ text: norm.slice(i, n), start: i, end: n, keys: [numberKey(value)] });
        i = n;
        continue;
      }
      const word = norm.slice(i, i + Math.max(1, best));
      if (best > 0 && stems.length > 0 && !ZH_STOP.has(word)) words.push({ text: word, start: i, end: i + best, keys: stems });
      i += Math.max(1, best);
      continue;
    }
    if (DIGIT.test(c)) {
      let j = i;
      while (j < norm.length && /[\p{Nd}.,]/u.test(norm[j]!)) j++;
      const raw = norm.slice(i, j).replace(/[.,]$/, '');
      const value = parseArabic(raw);
      if (value !== undefined) words.push({ text: raw, start: i, end: i + raw.length, keys: [numberKey(value)] });
      i = j;
      continue;
    }
    if (LATIN.test(c)) {
      let j = i;
      while (j < norm.length && /[A-Za-z0-9'-]/.test(norm[j]!)) j++;
      const word = norm.slice(i, j).toLowerCase();
      if (!isStopword(word, lang)) words.push({ text: norm.slice(i, j), start: i, end: j, keys: [word, stemWord(word, lang)] });
      i = j;
      continue;
    }
    i++;
  }
  return words;
}

/** The keys a translation offers (word stems and numbers), to test source words against. */
export function targetKeys(texts: readonly string[], lang: TargetLang): Set<string> {
  const keys = new Set<string>();
  for (const t of texts) for (const tok of targetTokens(t, lang)) if (tok.kind === 'word' || tok.kind === 'number') keys.add(tok.key);
  return keys;
}

/** True when some rendering of the word occurs in the translation. */
export function isCovered(word: SourceWord, keys: ReadonlySet<string>): boolean {
  for (const k of word.keys) if (keys.has(k)) return true;
  return false;
}
