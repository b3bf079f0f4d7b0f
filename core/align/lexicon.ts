/**
 * The zh→target lexicon the aligner uses: for each Chinese word, the stems of the words that can
 * translate it, and for single characters their toneless pinyin (to match transliterated names).
 * Core receives it as data; the Node side reads the file (main/services/lexicon.ts).
 */
export interface LexiconEntry {
  stems: readonly string[];
  pinyin: readonly string[];
}

export interface Lexicon {
  entries: ReadonlyMap<string, LexiconEntry>;
  /** Length in code points of the longest headword, to bound the segmenter's look-ahead. */
  maxWordLength: number;
}

/**
 * Parses the TSV produced by scripts/build-lexicon.mjs: `WORD<TAB>stems<TAB>pinyin`, `#` comments.
 * Throws with the line number on a malformed line, so a corrupt file is never half-used silently.
 */
export function parseLexicon(text: string): Lexicon {
  const entries = new Map<string, LexiconEntry>();
  let maxWordLength = 1;
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 3 || cols[0] === '') throw new Error(`lexicon line ${n + 1}: expected WORD<TAB>stems<TAB>pinyin`);
    const word = cols[0]!;
    entries.set(word, { stems: splitWords(cols[1]!), pinyin: splitWords(cols[2]!) });
    maxWordLength = Math.max(maxWordLength, [...word].length);
  }
  return { entries, maxWordLength };
}

/** Builds a lexicon from in-memory pairs (tests, glossary-derived lexicons). */
export function lexiconFromPairs(pairs: Iterable<readonly [string, LexiconEntry]>): Lexicon {
  const entries = new Map(pairs);
  let maxWordLength = 1;
  for (const word of entries.keys()) maxWordLength = Math.max(maxWordLength, [...word].length);
  return { entries, maxWordLength };
}

function splitWords(col: string): string[] {
  return col === '' ? [] : col.split(' ');
}
