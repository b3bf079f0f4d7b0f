/**
 * What one document's own 1:1 beads measure, for judging its other beads: how often a translated
 * sentence's words show on the other side and how often an unrelated sentence's do (member-gap.ts),
 * the same against a neighbour's sentence, its letters-only length model (member-length.ts) and the
 * MT channel's own rates (mt-evidence.ts).
 */
import { clauseDispersion } from './missing-part';
import { sideRates, type SideRates } from './member-gap';
import { lengthModel, sentenceLengths, type LengthModel, type SentenceLengths } from './member-length';
import { MtChannel, UNINFORMATIVE } from './mt-evidence';
import { isCovered, type SourceWord } from './source-words';
import type { BeadShape, DocumentEvidence, VerdictInput } from './document-evidence';

/** A document's coverage rates, when both sides could be measured. */
export interface DocumentRates {
  src: SideRates;
  tgt: SideRates;
  /** The same against the next 1:1 bead's sentence instead of one half a document away. */
  nearSrc: SideRates | undefined;
  nearTgt: SideRates | undefined;
  /** The source rates for parts of sentences: the clause-level dispersion when it is the larger. */
  part: SideRates;
}

/** Everything measured on a document's 1:1 beads. */
export interface DocumentModels {
  /** Undefined when a side has too few words to measure (a short text): QA then falls back on the posterior and the length fit. */
  rates: DocumentRates | undefined;
  letters: SentenceLengths;
  lengthModel: LengthModel | undefined;
  mt: MtChannel | undefined;
}

/** The beads with one sentence on each side: the document's own examples of a translated sentence. */
function oneToOneBeads(beads: readonly BeadShape[]): number[] {
  const ones: number[] = [];
  beads.forEach((b, k) => {
    if (b.src.length === 1 && b.tgt.length === 1) ones.push(k);
  });
  return ones;
}

/** The document's rates, length model and MT channel, from its 1:1 beads; "unrelated" = the 1:1 bead half a document away. */
export function documentModels(input: VerdictInput, beads: readonly BeadShape[], ev: DocumentEvidence, scales?: readonly number[]): DocumentModels {
  const ones = oneToOneBeads(beads);
  const half = Math.floor(ones.length / 2);
  const unrelated = (x: number): number => ones[(x + half) % ones.length]!;
  const srcOf = (k: number): number => beads[k]!.src[0]!;
  const tgtOf = (k: number): number => beads[k]!.tgt[0]!;
  const srcPairs = ones.map((k, x) => ({ own: ev.srcCounts(srcOf(k), ev.tKeys(k)), other: ev.srcCounts(srcOf(k), ev.tKeys(unrelated(x))) }));
  const tgtPairs = ones.map((k, x) => ({ own: ev.tgtCounts(tgtOf(k), ev.sKeys(k)), other: ev.tgtCounts(tgtOf(k), ev.sKeys(unrelated(x))) }));
  // The document's letters-only length model (member-length.ts), from the same 1:1 beads.
  // Each source sentence's translated letters scaled as its aligner length is (speechLengthScales).
  const letters = scaledSource(sentenceLengths(input.src, input.tgt), scales);
  const lengthModelOfDoc = lengthModel(letters, ones.map((k) => ({ i: srcOf(k), j: tgtOf(k) })));
  // The MT channel, where there is one: its own rates, measured on the same 1:1 beads.
  const mt =
    input.mt && half > 0
      ? new MtChannel(input.mt, input.tgtLang, ev.tgtWordsOf, ones.map((k, x) => ({ i: srcOf(k), j: tgtOf(k), keys: ev.tKeys(k), otherI: srcOf(unrelated(x)), otherKeys: ev.tKeys(unrelated(x)) })))
      : undefined;
  // Where the dictionary is too thin to measure a side's rates, the MT alone may judge it.
  const src = (half > 0 ? sideRates(srcPairs) : undefined) ?? (mt?.srcRates && UNINFORMATIVE);
  const tgt = (half > 0 ? sideRates(tgtPairs) : undefined) ?? (mt?.tgtRates && UNINFORMATIVE);
  const models = { letters, lengthModel: lengthModelOfDoc, mt };
  // Rates on either side come from the 1:1 beads (half > 0), directly or through the MT channel.
  if (!src || !tgt) return { rates: undefined, ...models };
  // A bead-mate's translation is a NEIGHBOUR's: it shares the passage's topic words, so a member
  // with no counterpart finds more of its words there than in a sentence half a document away.
  const next = (x: number): number => ones[x + 1 < ones.length ? x + 1 : x - 1]!;
  const nearSrc = sideRates(ones.map((k, x) => ({ own: srcPairs[x]!.own, other: ev.srcCounts(srcOf(k), ev.tKeys(next(x))) })));
  const nearTgt = sideRates(ones.map((k, x) => ({ own: tgtPairs[x]!.own, other: ev.tgtCounts(tgtOf(k), ev.sKeys(next(x))) })));
  // Parts of sentences are weighed with the clause-level dispersion when it is the larger.
  const clauses = ones.map((k) => ({ text: input.src[srcOf(k)]!, words: ev.wordsOf(srcOf(k)), covered: (w: SourceWord) => isCovered(w, ev.tKeys(k)) }));
  const part = { ...src, dispersion: Math.max(src.dispersion, clauseDispersion(clauses, src.miss)) };
  return { rates: { src, tgt, nearSrc, nearTgt, part }, ...models };
}

/** Letters-only lengths with each source sentence's translated letters scaled (speech-line.ts, speechLengthScales). */
function scaledSource(lengths: SentenceLengths, scales: readonly number[] | undefined): SentenceLengths {
  return scales ? { ...lengths, src: lengths.src.map((l, i) => ({ ...l, translated: l.translated * scales[i]! })) } : lengths;
}
