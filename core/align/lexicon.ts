import type { HeadwordLengths } from './headword-lengths';

/**
 * The zh→target lexicon the aligner uses: for each Chinese word, the stems of the words that can
 * translate it, and for single characters their toneless pinyin (to match transliterated names).
 * Core receives it as data; the Node side reads the file (services/lexicon.ts).
 */
export interface LexiconEntry {
  stems: readonly string[];
  pinyin: readonly string[];
}

export interface Lexicon {
  entries: ReadonlyMap<string, LexiconEntry>;
  /** Length in code points of the longest headword, to bound the segmenter's look-ahead. */
  maxWordLength: number;
  /** The headword-length bounds, when the lexicon was stored with them built (lexicon-binary.ts). */
  headwordLengths?: HeadwordLengths;
}

/**
 * Parses the TSV produced by scripts/build-lexicon.mjs: `WORD<TAB>stems<TAB>pinyin`, `#` comments.
 * Throws with the line number on a malformed line, so a corrupt file is never half-used silently.
 * Only the headwords are read up front; an entry's stem and pinyin lists are split when first used
 * (a document touches a few thousand of the ~120,000 entries, and the CLI parses the file per run).
 */
export function parseLexicon(text: string): Lexicon {
  const entries = new Map<string, LexiconEntry>();
  let maxWordLength = 1;
  let lineNo = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    if (end > start && text.charCodeAt(start) !== 0x23 /* # */) {
      const tab1 = text.indexOf('\t', start);
      const tab2 = tab1 >= 0 && tab1 < end ? text.indexOf('\t', tab1 + 1) : -1;
      const tab3 = tab2 >= 0 && tab2 < end ? text.indexOf('\t', tab2 + 1) : -1;
      if (tab1 <= start || tab1 >= end || tab2 < 0 || tab2 >= end || (tab3 >= 0 && tab3 < end)) {
        throw new Error(`lexicon line ${lineNo}: expected WORD<TAB>stems<TAB>pinyin`);
      }
      const word = text.slice(start, tab1);
      entries.set(word, new LazyEntry(text.slice(tab1 + 1, tab2), text.slice(tab2 + 1, end)));
      maxWordLength = Math.max(maxWordLength, codePointLength(word));
    }
    start = end + 1;
  }
  return { entries, maxWordLength };
}

/** An entry whose space-separated columns are split on first access. */
class LazyEntry implements LexiconEntry {
  private stemList?: readonly string[];
  private pinyinList?: readonly string[];

  constructor(
    private readonly stemCol: string,
    private readonly pinyinCol: string,
  ) {}

  get stems(): readonly string[] {
    return (this.stemList ??= splitWords(this.stemCol));
  }

  get pinyin(): readonly string[] {
    return (this.pinyinList ??= splitWords(this.pinyinCol));
  }
}

/**
 * Length in code points, as [...s].length counts it, without allocating a string per character;
 * of s.slice(from, to) when a range is given.
 */
export function codePointLength(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let k = from; k < to; k++, n++) {
    const c = s.charCodeAt(k);
    // A high surrogate followed by a low one is one code point; a lone surrogate counts alone.
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < to && (s.charCodeAt(k + 1) & 0xfc00) === 0xdc00) k++;
  }
  return n;
}

/** Builds a lexicon from in-memory pairs (tests, glossary-derived lexicons). */
export function lexiconFromPairs(pairs: Iterable<readonly [string, LexiconEntry]>): Lexicon {
  const entries = new Map(pairs);
  let maxWordLength = 1;
  for (const word of entries.keys()) maxWordLength = Math.max(maxWordLength, codePointLength(word));
  return { entries, maxWordLength };
}

function splitWords(col: string): string[] {
  return col === '' ? [] : col.split(' ');
}
