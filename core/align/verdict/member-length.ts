/**
 * A second length witness for a member of an n:m bead, from the length model the QA's length check
 * uses (core/text/length-ratio.ts) rather than the aligner's: letters only, the Latin letters of
 * a Chinese source counted as carried into the translation one for one (core/text/carried-letters.ts),
 * and the log length ratio of the document's own 1:1 beads, robustly centred and scaled (median and
 * MAD) with the Gale–Church shrinkage of a short sentence's spread. The aligner's Gale–Church term
 * counts a Latin name's letters as Han characters and its digits; on the half translations of the
 * omission bench the QA's statistic separated far better (decision 0004, round 7).
 *
 * Sound sentences' ratios have heavier tails than a normal (a document's own gaps and free
 * renderings), so the deviation is read through a Student t whose degrees of freedom are fitted by
 * maximum likelihood on the same 1:1 beads — a normal when they look normal, a heavy tail when not.
 */
import { contentLength, sourceLength, type SourceLength } from '../../text/carried-letters';
import { lengthRatioModel, lengthRatioZ, lengthWeight, type LengthPair } from '../../text/length-ratio';
import { logGamma } from './member-gap';

/** A document's length model, from its 1:1 beads. */
export interface LengthModel {
  /** Median log ratio (target letters per translated source letter). */
  median: number;
  /** Median translated source length: the deviation of a longer sentence weighs more. */
  typicalSource: number;
  /** Robust standard deviation (scaled MAD) of the length-weighted deviations. */
  spread: number;
  /** Degrees of freedom of the Student t the deviations follow (Infinity: a normal). */
  nu: number;
}

/** One side's lengths of a sentence: the source's translated and carried letters, the target's letters. */
export interface SentenceLengths {
  src: readonly SourceLength[];
  tgt: readonly number[];
}

/** Degrees of freedom tried (a search grid from Cauchy to normal, not a fitted constant). */
const NU_GRID = [1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 30, 50, 100, Infinity];

export function sentenceLengths(src: readonly string[], tgt: readonly string[]): SentenceLengths {
  return { src: src.map(sourceLength), tgt: tgt.map(contentLength) };
}

/** The model from the document's 1:1 beads (source index, target index); undefined with too few. */
export function lengthModel(lengths: SentenceLengths, ones: ReadonlyArray<{ i: number; j: number }>): LengthModel | undefined {
  const pairs = ones.map(({ i, j }): LengthPair => ({ source: lengths.src[i]!.translated, target: lengths.tgt[j]! - lengths.src[i]!.carried }));
  const model = lengthRatioModel(pairs);
  if (!model) return undefined;
  const { median, typicalSource, spread } = model;
  return { median, typicalSource, spread, nu: fitNu(model.deviations.map((d) => d / spread)) };
}

/** Maximum-likelihood degrees of freedom of a unit-scale Student t over the deviations z. */
export function fitNu(z: readonly number[]): number {
  let best = -Infinity;
  let nu = Infinity;
  for (const v of NU_GRID) {
    let ll = 0;
    for (const x of z) ll += logDensity(x, v);
    if (ll > best) {
      best = ll;
      nu = v;
    }
  }
  return nu;
}

/** Log density of a unit-scale Student t with v degrees of freedom (a normal for v = Infinity). */
function logDensity(z: number, v: number): number {
  if (v === Infinity) return -0.5 * z * z - 0.5 * Math.log(2 * Math.PI);
  return logGamma((v + 1) / 2) - logGamma(v / 2) - 0.5 * Math.log(v * Math.PI) - ((v + 1) / 2) * Math.log(1 + (z * z) / v);
}

/**
 * How much better a bead's length fits with source member x translated than with it left out (a
 * log-likelihood ratio, positive: the target is long enough to hold its translation), or undefined
 * when either hypothesis leaves no length to judge. Under "left out" the target is the mates'
 * translation alone, carrying only their Latin letters.
 */
export function memberLengthFit(model: LengthModel, lengths: SentenceLengths, src: readonly number[], tgt: readonly number[], x: number): number | undefined {
  let translated = 0;
  let carried = 0;
  let letters = 0;
  for (const i of src) {
    translated += lengths.src[i]!.translated;
    carried += lengths.src[i]!.carried;
  }
  for (const j of tgt) letters += lengths.tgt[j]!;
  const member = lengths.src[src[x]!]!;
  const withIt = logLength(model, translated, letters - carried);
  const without = logLength(model, translated - member.translated, letters - (carried - member.carried));
  return withIt === undefined || without === undefined ? undefined : withIt - without;
}

/**
 * Log density of the log ratio of `target` letters to `source` translated letters; the deviation's
 * scale shrinks as √(typical / source), so its normaliser counts (the Jacobian of the target's
 * length is the same under both hypotheses and cancels).
 */
function logLength(model: LengthModel, source: number, target: number): number | undefined {
  if (source <= 0 || target <= 0) return undefined;
  const weight = lengthWeight(model, source);
  return logDensity(lengthRatioZ(model, source, target, weight), model.nu) + Math.log(weight);
}
