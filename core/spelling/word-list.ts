/**
 * The team dictionary's file format: a plain word list, one word a line, UTF-8, sorted, no
 * duplicates. Blank lines and lines starting with # are ignored on reading, so a teammate can
 * annotate the file by hand; writing keeps only the words.
 */

/** A line of a word list that is not one word, with its 1-based line number. */
export interface WordListProblem {
  line: number;
  message: string;
}

/** Longest word accepted: a line longer than this is not a word (a pasted paragraph, a binary file). */
const MAX_WORD = 100;
const SPACE = /\s/u;

/** Reads a word list. Lines with spaces or over-long lines are reported, not taken. */
export function parseWordList(text: string): { words: string[]; problems: WordListProblem[] } {
  const words: string[] = [];
  const problems: WordListProblem[] = [];
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  lines.forEach((raw, i) => {
    const word = raw.trim().normalize('NFC');
    if (word === '' || word.startsWith('#')) return;
    if (SPACE.test(word)) problems.push({ line: i + 1, message: `“${word.slice(0, 40)}” is more than one word: one word a line` });
    else if (word.length > MAX_WORD) problems.push({ line: i + 1, message: `a word of ${word.length} characters (at most ${MAX_WORD})` });
    else words.push(word);
  });
  return { words, problems };
}

/** The words sorted by code point, each once, one a line with a final newline. */
export function serializeWordList(words: Iterable<string>): string {
  const unique = [...new Set(Array.from(words, (w) => w.trim().normalize('NFC')).filter((w) => w !== ''))];
  unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return unique.length === 0 ? '' : `${unique.join('\n')}\n`;
}

/** Whether `word` can go into a word list (one word, not too long). */
export function isListableWord(word: string): boolean {
  const w = word.trim();
  return w !== '' && w.length <= MAX_WORD && !SPACE.test(w);
}
