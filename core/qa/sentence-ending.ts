import { isSuperscriptDigit } from '../text/footnote-marks';

/** How a sentence ends, closing quotes and brackets looked through: 。” .» ?) */
export type Ending = 'question' | 'exclamation' | 'stop' | 'comma' | 'list' | 'open';

/** Closing quotes and brackets that may follow a sentence's last mark (white space too, tested apart). */
const CLOSERS = new Set(['"', "'", '”', '’', '»', '“', ')', ']', '）', '】', '」', '』', '》', '〉', '〕']);
const SPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ENDINGS: Readonly<Record<string, Ending>> = {
  '？': 'question', '?': 'question', '！': 'exclamation', '!': 'exclamation',
  '。': 'stop', '.': 'stop', '…': 'stop', '．': 'stop',
  '，': 'comma', ',': 'comma', '、': 'comma',
  // A semicolon or colon ends an item of a list or introduces one: «…товаров;» for 。 is the Russian
  // and UN convention, not a cut.
  '；': 'list', ';': 'list', '：': 'list', ':': 'list',
};

/** Endings that close a sentence. */
export const TERMINAL: ReadonlySet<Ending> = new Set(['question', 'exclamation', 'stop']);

/** The ending of a text, and the offset of its last mark (-1 when it ends in a letter or digit). */
export function endingOf(text: string): { ending: Ending; at: number } {
  // Stepped back over from the end, not stripped with an end-anchored regex: that one is tried at
  // every space of the sentence, and QA asks for the ending of every sentence several times.
  let end = text.length;
  while (end > 0 && (CLOSERS.has(text[end - 1]!) || SPACE.test(text[end - 1]!))) end--;
  end = beforeFootnoteReference(text, end);
  while (end > 0 && (CLOSERS.has(text[end - 1]!) || SPACE.test(text[end - 1]!))) end--;
  if (end === 0) return { ending: 'open', at: -1 };
  const last = text[end - 1]!;
  const ending = ENDINGS[last];
  if (ending) return { ending, at: end - 1 };
  // A letter or digit: the sentence just stops. Any other mark (a dash, a symbol) is taken as closing it.
  return LETTER_OR_DIGIT.test(last) ? { ending: 'open', at: -1 } : { ending: 'stop', at: end - 1 };
}

/**
 * The offset of the . ! or ? that closes a Latin or Cyrillic sentence (closing quotes, brackets and a
 * footnote's number looked through), or -1: the text ends otherwise, in an ellipsis ("…", "...") among them.
 */
export function closingMarkAt(text: string): number {
  const { ending, at } = endingOf(text);
  if (!TERMINAL.has(ending) || !LATIN_CLOSING_MARKS.has(text[at]!)) return -1;
  return text[at - 1] === '.' || text[at - 1] === '…' ? -1 : at;
}
const LATIN_CLOSING_MARKS = new Set(['.', '!', '?']);

/**
 * Where a sentence ends before its footnote's number: superscript digits ("report.¹"), or the one
 * or two digits plain text keeps of them after a word's final mark ("information.1", not "3.12").
 */
function beforeFootnoteReference(text: string, end: number): number {
  let at = end;
  while (at > 0 && isSuperscriptDigit(text[at - 1]!)) at--;
  if (at < end) return at;
  while (at > 0 && at > end - 2 && ASCII_DIGIT.test(text[at - 1]!)) at--;
  if (at === end || at < 2 || ASCII_DIGIT.test(text[at - 1]!)) return end;
  const mark = text[at - 1]!;
  const before = text[at - 2]!;
  return ENDINGS[mark] && (LETTER.test(before) || CLOSERS.has(before)) ? at : end;
}
const ASCII_DIGIT = /[0-9]/u;
const LETTER = /\p{L}/u;

/** The offset of a text's last visible character, where a missing mark would go. */
export function lastCharAt(text: string): number {
  return Math.max(0, text.trimEnd().length - 1);
}
