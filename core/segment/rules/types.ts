/**
 * The shape of one language's segmentation rules. Rules are data: adding an abbreviation or a
 * closing bracket is an edit to a table, never to the algorithm in ../segment.ts.
 * All characters are given in their half-width form: the segmenter scans width-folded text.
 */
export interface SegmentRules {
  /** Characters that end a sentence; a run of them ("?!", "……", "...") counts as one. */
  terminators: string;
  /**
   * Terminators that end a sentence only before a closing quote/bracket, a blank line or the end
   * of the text: the ellipsis, which in running text (and dialogue) mostly marks a pause. Three
   * periods ("...", ". . .") count as an ellipsis in languages that separate words with spaces.
   */
  weakTerminators?: string;
  /** Closing quotes and brackets that stay with the sentence they end ("。”", ".)"). */
  closers: string;
  /** True when a sentence break needs whitespace after it (English, Russian), false for Chinese. */
  needsSpaceAfter: boolean;
  /**
   * Abbreviations (lower-case, without the final period) after which a period never ends a
   * sentence: titles, "No.", "Art.", "e.g.", "т.е.", "ст.".
   */
  neverFinal?: readonly string[];
  /** Abbreviations only before a number ("No. 5", "Art. IV", "p. 3"); elsewhere ordinary words ("No."). */
  beforeNumber?: readonly string[];
  /**
   * Abbreviations that may end a sentence ("etc.", "т.д.", "г."): the period ends the sentence
   * only when the next word starts with a capital letter.
   */
  mayEndBeforeCapital?: readonly string[];
  /**
   * Abbreviations usually followed by a capitalised name ("U.S. President", "U.N. Charter"): the
   * period ends the sentence only before one of `sentenceStarters`.
   */
  beforeNames?: readonly string[];
  /** Words that typically open a sentence, for the `beforeNames` decision (as written). */
  sentenceStarters?: readonly string[];
  /** Pairs of brackets inside which a terminator does not end the sentence (Chinese book titles). */
  quotedTitles?: readonly (readonly [open: string, close: string])[];
}
