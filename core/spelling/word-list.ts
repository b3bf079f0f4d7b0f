/**
 * The team dictionary's file format: a plain word list, one word a line, UTF-8, sorted, no
 * duplicates. Blank lines and lines starting with # are ignored on reading, so a teammate can
 * annotate the file by hand; adding a word (insertWord) inserts one line and keeps every other
 * line — comments included — as it was.
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
  unique.sort(byCodePoint);
  return unique.length === 0 ? '' : `${unique.join('\n')}\n`;
}

/** Whether `word` can go into a word list (one word, not too long). */
export function isListableWord(word: string): boolean {
  const w = word.trim();
  return w !== '' && w.length <= MAX_WORD && !SPACE.test(w);
}

/** Code-point order, the order the file is kept in (locale-free, the same on every teammate's machine). */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The word list `text` with `word` inserted as one line before the first listed word that sorts
 * after it, every other line (comments, blank lines, lines that are not words, the BOM, CRLF line
 * ends) unchanged; null when the word is already listed. A word list is a set, so adding to the
 * file as it is on disk now keeps whatever a teammate added or removed meanwhile.
 */
export function insertWord(text: string, word: string): string | null {
  const w = word.trim().normalize('NFC');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.slice(bom.length).split(/\r?\n/u);
  if (lines[lines.length - 1] === '') lines.pop();
  let at = -1;
  for (let i = 0; i < lines.length; i++) {
    const listed = lines[i]!.trim().normalize('NFC');
    if (listed === '' || listed.startsWith('#') || SPACE.test(listed)) continue;
    if (listed === w) return null;
    if (at < 0 && byCodePoint(listed, w) > 0) at = i;
  }
  lines.splice(at < 0 ? lines.length : at, 0, w);
  return `${bom}${lines.join(eol)}${eol}`;
}
