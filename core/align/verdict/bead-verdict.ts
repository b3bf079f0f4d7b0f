import type { BeadVerdict, TargetLang } from '../../model/types';
import type { Lexicon } from '../lexicon';
import type { ModelParams } from '../scorer';
import { isCovered, sourceWords, targetKeys } from './source-words';

/** A bead's verdicts before they are tied to sentence ids. */
export type RawVerdict = Omit<BeadVerdict, 'of'>;

export interface VerdictInput {
  src: readonly string[];
  tgt: readonly string[];
  tgtLang: TargetLang;
  lexicon?: Lexicon;
  /** The aligner's sentence lengths and its length model for this document. */
  srcLength: ArrayLike<number>;
  tgtLength: ArrayLike<number>;
  params: Pick<ModelParams, 'lengthRatio' | 'lengthVariance' | 'randomSpread'>;
}

/** Probabilities are stored to three places: enough for a reviewer, short in the project file. */
const round3 = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/**
 * Verdicts for the members of one bead with both sides non-empty: the aligner's posterior that
 * each sentence is unaligned, and for each source sentence the evidence words the translation
 * does not show.
 */
export function beadVerdict(input: VerdictInput, srcIdx: readonly number[], tgtIdx: readonly number[], gaps: { src: ArrayLike<number>; tgt: ArrayLike<number> }): RawVerdict {
  const keys = targetKeys(tgtIdx.map((j) => input.tgt[j]!), input.tgtLang);
  const words: number[] = [];
  const uncovered: string[] = [];
  for (const i of srcIdx) {
    const found = sourceWords(input.src[i]!, input.tgtLang, input.lexicon);
    words.push(found.length);
    uncovered.push(found.filter((w) => !isCovered(w, keys)).map((w) => w.text.replace(/\s+/g, '')).join(' '));
  }
  const v: RawVerdict = { src: srcIdx.map((i) => round3(gaps.src[i]!)), tgt: tgtIdx.map((j) => round3(gaps.tgt[j]!)), words };
  if (srcIdx.length + tgtIdx.length > 2) v.fits = lengthFits(input, srcIdx, tgtIdx);
  if (uncovered.some((u) => u !== '')) v.uncovered = uncovered;
  return v;
}

/**
 * Per member of an n:m bead (source members first, then target members): how much better the
 * bead's length fits with the sentence than without it, as a log-likelihood ratio under the
 * document's length model. Positive: the other side is long enough to hold its translation.
 */
function lengthFits(input: VerdictInput, srcIdx: readonly number[], tgtIdx: readonly number[]): number[] {
  let ls = 0;
  let lt = 0;
  for (const i of srcIdx) ls += input.srcLength[i]!;
  for (const j of tgtIdx) lt += input.tgtLength[j]!;
  const whole = lengthLlr(input.params, ls, lt);
  // "|| 0": no -0 in the file, which JSON would write as 0 and read back unequal.
  const round2 = (x: number): number => Math.round(x * 100) / 100 || 0;
  return [
    ...srcIdx.map((i) => round2(whole - lengthLlr(input.params, ls - input.srcLength[i]!, lt))),
    ...tgtIdx.map((j) => round2(whole - lengthLlr(input.params, ls, lt - input.tgtLength[j]!))),
  ];
}

/** The bead model's length term (Gale–Church deviation, aligned against unrelated; scorer.ts). */
function lengthLlr(p: VerdictInput['params'], ls: number, lt: number): number {
  const mean = (ls + lt / p.lengthRatio) / 2;
  const delta = (lt - p.lengthRatio * ls) / Math.sqrt(p.lengthVariance * Math.max(1, mean));
  return -0.5 * delta * delta * (1 - 1 / (p.randomSpread * p.randomSpread));
}
