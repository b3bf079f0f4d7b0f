/**
 * What the editor's spelling quick fixes do to a sentence and to the project's ignore list: pure
 * string work, shared by the app and its tests.
 */
import { serializeWordList } from './word-list';

/** The sentence with `text[start, end)` (a misspelt word) replaced by a correction. */
export function replaceWord(text: string, start: number, end: number, replacement: string): string {
  if (start < 0 || end > text.length || start > end) throw new RangeError(`no word at ${start}–${end} in a sentence of ${text.length} characters`);
  return text.slice(0, start) + replacement + text.slice(end);
}

/** The project's ignore list with `word` added: each word once, sorted like the team dictionary. */
export function withIgnoredWord(list: readonly string[] | undefined, word: string): string[] {
  const text = serializeWordList([...(list ?? []), word]);
  return text === '' ? [] : text.slice(0, -1).split('\n');
}

/** The hover text of a misspelling's squiggle. */
export function misspellingMessage(word: string): string {
  return `Unknown word “${word}” (spelling; Ctrl+. for corrections)`;
}

/** At most this many corrections are offered in the quick-fix menu (Hunspell's order, best first). */
export const MAX_QUICK_FIXES = 5;
