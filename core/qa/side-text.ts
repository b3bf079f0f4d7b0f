import type { LocatedSentence, SentenceRange } from './types';

/**
 * The text of one side of a bead as one string, so a check can search across sentence boundaries
 * (a quotation split over two sentences), and map any offset back to the sentence it came from.
 */
export interface SideText {
  text: string;
  /** Maps [start, end) in `text` to a range inside one sentence (clamped to the sentence of `start`). */
  locate(start: number, end: number): SentenceRange | undefined;
}

/** Sentences are joined with one space: enough to keep words apart, and it never creates a double space. */
const SEPARATOR = ' ';

/** Joined texts by side (the array a BeadView holds): several checks read the same side. */
const joined = new WeakMap<readonly LocatedSentence[], SideText>();

/** Joins the sentences of one side of a bead, keeping the offset map. */
export function sideText(sentences: readonly LocatedSentence[]): SideText {
  let side = joined.get(sentences);
  if (!side) {
    side = join(sentences);
    joined.set(sentences, side);
  }
  return side;
}

function join(sentences: readonly LocatedSentence[]): SideText {
  const starts: number[] = [];
  let text = '';
  sentences.forEach((s, i) => {
    if (i > 0) text += SEPARATOR;
    starts.push(text.length);
    text += s.sentence.text;
  });
  return {
    text,
    locate(start, end) {
      for (let i = sentences.length - 1; i >= 0; i--) {
        const offset = starts[i] ?? 0;
        const s = sentences[i];
        if (s && start >= offset) {
          const length = s.sentence.text.length;
          return { sentence: s.sentence.id, start: Math.min(start - offset, length), end: Math.min(end - offset, length) };
        }
      }
      return undefined;
    },
  };
}
