/** How a sentence ends, closing quotes and brackets looked through: 。” .» ?) */
export type Ending = 'question' | 'exclamation' | 'stop' | 'comma' | 'list' | 'open';

/** Closing quotes and brackets (and spaces) that may follow a sentence's last mark. */
const CLOSERS = /[\s"'”’»“)\]）】」』》〉〕]+$/u;
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
  const body = text.replace(CLOSERS, '');
  const last = body.at(-1);
  if (last === undefined) return { ending: 'open', at: -1 };
  const ending = ENDINGS[last];
  if (ending) return { ending, at: body.length - 1 };
  // A letter or digit: the sentence just stops. Any other mark (a dash, a symbol) is taken as closing it.
  return /[\p{L}\p{N}]/u.test(last) ? { ending: 'open', at: -1 } : { ending: 'stop', at: body.length - 1 };
}

/** The offset of a text's last visible character, where a missing mark would go. */
export function lastCharAt(text: string): number {
  return Math.max(0, text.trimEnd().length - 1);
}
