/**
 * What the editor's spelling quick fixes do to a sentence and to the project's ignore list, and the
 * words an unknown word is reported in: pure string work, shared by the app, the check and the tests.
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

/**
 * What the check reports for a probable name (probable-name.ts). Here, beside the editor's hover
 * texts, and not in probable-name.ts, so the page's bundle does not pull in the verdict's tables.
 */
export function probableNameMessage(word: string, speakerLabel = false): string {
  const why = speakerLabel ? 'it labels who speaks' : 'the source has a transliterated one';
  return `Unknown word “${word}”, probably a name (${why}); add it to the team dictionary once checked.`;
}

/** The hover text of a probable name's marker: the check's words, and the key that adds or ignores it. */
export function probableNameHover(word: string, speakerLabel = false): string {
  return `${probableNameMessage(word, speakerLabel).replace(/\.$/u, '')} (Ctrl+.).`;
}

/** At most this many corrections are offered in the quick-fix menu (Hunspell's order, best first). */
export const MAX_QUICK_FIXES = 5;
