import type { TargetLang } from '../model/types';
import { learnedIndex, learnedOccurrences, learnPairs, type LearnedIndex, type LearnedPair } from './learn-pairs';
import type { Lexicon } from './lexicon';
import { sourceWords, type SourceWord } from './verdict/source-words';

/** The learned pairs a source sentence's verdict may read. */
export interface LearnedEvidence {
  forSentence(i: number): LearnedIndex;
}

/**
 * Learned pairs for the verdicts, cross-fitted: the first alignment's 1:1 / n:m beads are dealt
 * alternately into two halves, pairs are learned from each half (learnPairs: G², Bonferroni), and a
 * sentence is judged with the pairs of the half it is not in. Pairs learned from a sentence's own
 * bead are found in its translation by construction (96 % of them on the omission bench's 1:1 pairs),
 * which would make the verdicts' rates, measured on those same beads, promise more than the pairs
 * deliver on a sentence they were not learned from.
 */
export function crossFittedPairs(src: readonly string[], tgt: readonly string[], beads: ReadonlyArray<{ i: number; a: number; j: number; b: number }>, lang: TargetLang, lexicon?: Lexicon): LearnedEvidence {
  const aligned = beads.filter((b) => b.a > 0 && b.b > 0);
  const half = new Uint8Array(src.length);
  aligned.forEach((b, k) => {
    for (let i = b.i; i < b.i + b.a; i++) half[i] = k % 2;
  });
  const byHalf = [0, 1].map((h) => learnedIndex(learnPairs(src, tgt, aligned.filter((_, k) => k % 2 === h), lang, lexicon)));
  return { forSentence: (i) => byHalf[1 - half[i]!]! };
}

/**
 * The evidence words of a source sentence, as the verdicts read them: the dictionary's words
 * (sourceWords), and the pairs this document's own confident beads attest (learned-pairs.ts,
 * Dunning's G², Bonferroni-corrected). A learned pair renders a word the dictionary misses or
 * renders in another sense (订单 → приказ in the pivoted lexicon; the document says заказ), so its
 * key joins the words it overlaps, which stay what they were (a dictionary word stays plain); where
 * it overlaps none (a name or term the dictionary does not know), it is a word of its own, and
 * strong: member-gap.ts weighs strong words apart, with their own miss and chance rates from the
 * document's 1:1 beads, as a document's own term is carried by nearly every translation of it.
 */
export function evidenceWords(text: string, lang: TargetLang, lexicon: Lexicon | undefined, learned?: LearnedIndex): SourceWord[] {
  const words = sourceWords(text, lang, lexicon);
  if (!learned || learned.size === 0) return words;
  const norm = text.normalize('NFKC');
  const found = learnedOccurrences(norm, learned);
  return found.length === 0 ? words : withLearned(norm, words, found);
}

/** `words` with each learned occurrence merged into the words it overlaps (see evidenceWords). */
function withLearned(norm: string, words: readonly SourceWord[], found: ReadonlyArray<{ pair: LearnedPair; start: number; end: number }>): SourceWord[] {
  let out = words.slice();
  for (const { pair, start, end } of found) {
    // A learned n-gram is two or three characters: it overlaps at most three words.
    const overlapping = out.filter((w) => w.start < end && start < w.end);
    let from = start;
    let to = end;
    const keys = new Set<string>();
    for (const w of overlapping) {
      from = Math.min(from, w.start);
      to = Math.max(to, w.end);
      for (const k of w.keys) keys.add(k);
    }
    keys.add(pair.key);
    const merged: SourceWord = { text: norm.slice(from, to), start: from, end: to, keys: [...keys], strong: overlapping.length === 0 || overlapping.some((w) => w.strong) };
    if (overlapping.some((w) => w.name)) merged.name = true;
    out = out.filter((w) => !overlapping.includes(w));
    const at = out.findIndex((w) => w.start > from);
    out.splice(at < 0 ? out.length : at, 0, merged);
  }
  return out;
}
