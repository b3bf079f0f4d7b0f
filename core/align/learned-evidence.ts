import type { TargetLang } from '../model/types';
import type { LearnedPair } from './learn-pairs';
import type { Lexicon } from './lexicon';
import { sourceWords, type SourceWord } from './verdict/source-words';

/**
 * The document's learned pairs (learn-pairs.ts), looked up by the first UTF-16 unit of their
 * Chinese side: a sentence is scanned once, not once per pair.
 */
export type LearnedIndex = ReadonlyMap<number, readonly LearnedPair[]>;

export function learnedIndex(learned: readonly LearnedPair[]): LearnedIndex {
  const byFirst = new Map<number, LearnedPair[]>();
  for (const p of learned) {
    const first = p.zh.charCodeAt(0);
    const list = byFirst.get(first);
    if (list) list.push(p);
    else byFirst.set(first, [p]);
  }
  return byFirst;
}

/** Where a learned pair's Chinese side occurs in an NFKC-normalised sentence (each place once). */
export function learnedOccurrences(norm: string, index: LearnedIndex): Array<{ pair: LearnedPair; start: number; end: number }> {
  const out: Array<{ pair: LearnedPair; start: number; end: number }> = [];
  if (index.size === 0) return out;
  for (let k = 0; k < norm.length; k++) {
    for (const pair of index.get(norm.charCodeAt(k)) ?? []) if (norm.startsWith(pair.zh, k)) out.push({ pair, start: k, end: k + pair.zh.length });
  }
  return out;
}

/**
 * The evidence words of a source sentence, as the verdicts read them: the dictionary's words
 * (sourceWords), and the pairs this document's own confident beads attest (learned-pairs.ts,
 * Dunning's G², Bonferroni-corrected). A learned pair renders a word the dictionary misses or
 * renders in another sense (订单 → приказ in the pivoted lexicon; the document says заказ), so its
 * key joins the words it overlaps; where it overlaps none (a name the dictionary splits into
 * characters), it is a word of its own. Such a word is strong (member-gap.ts weighs strong words
 * apart, with their own miss and chance rates from the document's 1:1 beads): a pair the document
 * attests is carried by nearly every translation of it, like a number.
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
    const merged: SourceWord = { text: norm.slice(from, to), start: from, end: to, keys: [...keys], strong: true };
    if (overlapping.some((w) => w.name)) merged.name = true;
    out = out.filter((w) => !overlapping.includes(w));
    const at = out.findIndex((w) => w.start > from);
    out.splice(at < 0 ? out.length : at, 0, merged);
  }
  return out;
}
