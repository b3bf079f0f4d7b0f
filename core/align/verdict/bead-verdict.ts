import type { BeadVerdict, TargetLang } from '../../model/types';
import { pairedTargets } from '../../model/verdict';
import type { Lexicon } from '../lexicon';
import { evidenceWords, type LearnedEvidence } from '../learned-evidence';
import type { ModelParams } from '../scorer';
import { splitBead, splittable, type SplitRates } from './bead-pairs';
import { clauseDispersion, missingPart, renderingCounts, sharedRenderings, type PartInput } from './missing-part';
import { countWords, coverageLlr, MIN_PAIRS, memberLlr, pooledCounts, sideRates, strongLlr, withEvidence, type Counts, type SideRates } from './member-gap';
import { KeyInterner, type KeyLookup } from './key-set';
import { lengthModel, memberLengthFit, sentenceLengths, type SentenceLengths } from './member-length';
import { MtChannel, mtQuote, UNINFORMATIVE } from './mt-evidence';
import { residualLlr, type Place } from './residual';
import { loneStretches, stretchGap } from './lone-stretch';
import { oneGapAmong } from './rival-members';
import { speechLengthScales } from './speech-line';
import { addKey, hasKey, isCovered, NAME_KEY, sourceWords, targetKeys, targetWords, type SourceWord } from './source-words';

/** A bead's verdicts before they are tied to sentence ids. */
export type RawVerdict = Omit<BeadVerdict, 'of'>;

export interface VerdictInput {
  src: readonly string[];
  tgt: readonly string[];
  tgtLang: TargetLang;
  lexicon?: Lexicon;
  /** Machine translation of each source sentence (the aligner's `mt`): word evidence of its own (mt-evidence.ts). */
  mt?: readonly string[];
  /** Pairs learned from this document's own beads (learn-pairs.ts), per source sentence: evidence words (learned-evidence.ts). */
  learned?: LearnedEvidence;
  /** The aligner's sentence lengths and its length model for this document. */
  srcLength: ArrayLike<number>;
  tgtLength: ArrayLike<number>;
  params: Pick<ModelParams, 'lengthRatio' | 'lengthVariance' | 'randomSpread'>;
}

type Gaps = { src: ArrayLike<number>; tgt: ArrayLike<number> };

/**
 * Verdicts for every bead of a document: for a bead with both sides non-empty, beadVerdict's, plus
 * each member's own probability of having no counterpart (member-gap.ts), judged against the
 * coverage rates this document's 1:1 beads show; for a 1:0 or 0:1 bead, its sentence's (and its
 * lone stretch's), or undefined when the document has no rates.
 */
export function documentVerdicts(given: VerdictInput, beads: ReadonlyArray<{ src: readonly number[]; tgt: readonly number[] }>, gaps: Gaps): Array<RawVerdict | undefined> {
  // Speech lines and narrative lines each at their own length ratio (speech-line.ts), in both
  // length witnesses, where the document has enough 1:1 beads of each kind to measure it.
  const pairs = beads.filter((b) => b.src.length === 1 && b.tgt.length === 1).map((b) => ({ i: b.src[0]!, j: b.tgt[0]! }));
  const scales = speechLengthScales(given.src, given.srcLength, given.tgtLength, pairs, MIN_PAIRS);
  const input = scales ? { ...given, srcLength: Array.from(given.srcLength, (l, i) => l * scales[i]!) } : given;
  const srcWords: SourceWord[][] = [];
  const wordsOf = (i: number): SourceWord[] => (srcWords[i] ??= evidenceWords(input.src[i]!, input.tgtLang, input.lexicon, input.learned?.forSentence(i)));
  const tgtWords: ReturnType<typeof targetWords>[] = [];
  const tgtWordsOf = (j: number) => (tgtWords[j] ??= targetWords(input.tgt[j]!, input.tgtLang));
  // Each sentence's words once each (distinct): the counts, the shifted pair and the split all read them.
  const srcDistinct: SourceWord[][] = [];
  const distinctWordsOf = (i: number): SourceWord[] => (srcDistinct[i] ??= distinct(wordsOf(i), (w) => w.text));
  const tgtDistinct: ReturnType<typeof targetWords>[] = [];
  const distinctTgtWordsOf = (j: number) => (tgtDistinct[j] ??= distinct(tgtWordsOf(j), (w) => w.key));
  const srcCounts = (i: number, keys: KeyLookup): Counts => countWords(distinctWordsOf(i), (x) => isCovered(x, keys));
  const tgtCounts = (j: number, keys: KeyLookup): Counts => countWords(distinctTgtWordsOf(j), (x) => targetWordCovered(x, keys));
  // Each bead's key sets are used several times below; kept as interned ids (key-set.ts).
  const interner = new KeyInterner();
  const keysT = new Map<number, KeyLookup>();
  const keysS = new Map<number, KeyLookup>();
  const tKeys = (k: number): KeyLookup => {
    let v = keysT.get(k);
    if (!v) keysT.set(k, (v = interner.compact(targetKeys(beads[k]!.tgt.map((j) => input.tgt[j]!), input.tgtLang))));
    return v;
  };
  const sKeys = (k: number): KeyLookup => {
    let v = keysS.get(k);
    if (!v) keysS.set(k, (v = interner.compact(sourceKeys(beads[k]!.src.map(wordsOf)))));
    return v;
  };
  // The document's rates, from its 1:1 beads; "unrelated" = the 1:1 bead half a document away.
  const ones: number[] = [];
  beads.forEach((b, k) => {
    if (b.src.length === 1 && b.tgt.length === 1) ones.push(k);
  });
  const half = Math.floor(ones.length / 2);
  const srcPairs = ones.map((k, x) => ({ own: srcCounts(beads[k]!.src[0]!, tKeys(k)), other: srcCounts(beads[k]!.src[0]!, tKeys(ones[(x + half) % ones.length]!)) }));
  const tgtPairs = ones.map((k, x) => ({ own: tgtCounts(beads[k]!.tgt[0]!, sKeys(k)), other: tgtCounts(beads[k]!.tgt[0]!, sKeys(ones[(x + half) % ones.length]!)) }));
  // The document's letters-only length model (member-length.ts), from the same 1:1 beads.
  const lettersOf = scaledSource(sentenceLengths(input.src, input.tgt), scales);
  const lengthModelOfDoc = lengthModel(lettersOf, ones.map((k) => ({ i: beads[k]!.src[0]!, j: beads[k]!.tgt[0]! })));
  // The MT channel, where there is one: its own rates, measured on the same 1:1 beads.
  const mt =
    input.mt && half > 0
      ? new MtChannel(input.mt, input.tgtLang, tgtWordsOf, ones.map((k, x) => ({ i: beads[k]!.src[0]!, j: beads[k]!.tgt[0]!, keys: tKeys(k), otherI: beads[ones[(x + half) % ones.length]!]!.src[0]!, otherKeys: tKeys(ones[(x + half) % ones.length]!) })))
      : undefined;
  // Where the dictionary is too thin to measure a side's rates, the MT alone may judge it.
  const srcRates = (half > 0 ? sideRates(srcPairs) : undefined) ?? (mt?.srcRates && UNINFORMATIVE);
  const tgtRates = (half > 0 ? sideRates(tgtPairs) : undefined) ?? (mt?.tgtRates && UNINFORMATIVE);
  // A bead-mate's translation is a NEIGHBOUR's: it shares the passage's topic words, so a member
  // with no counterpart finds more of its words there than in a sentence half a document away.
  const next = (x: number): number => ones[x + 1 < ones.length ? x + 1 : x - 1]!;
  const nearSrc = half > 0 ? sideRates(ones.map((k, x) => ({ own: srcPairs[x]!.own, other: srcCounts(beads[k]!.src[0]!, tKeys(next(x))) }))) : undefined;
  const nearTgt = half > 0 ? sideRates(ones.map((k, x) => ({ own: tgtPairs[x]!.own, other: tgtCounts(beads[k]!.tgt[0]!, sKeys(next(x))) }))) : undefined;
  // The member's coverage and how the bead's length fits without it: the two witnesses the
  // posterior, which pools the bead, does not weigh member by member.
  // Parts of sentences are weighed with the clause-level dispersion when it is the larger.
  const partRates = srcRates && {
    ...srcRates,
    dispersion: Math.max(srcRates.dispersion, clauseDispersion(ones.map((k) => ({ text: input.src[beads[k]!.src[0]!]!, words: wordsOf(beads[k]!.src[0]!), covered: (w: SourceWord) => isCovered(w, tKeys(k)) })), srcRates.miss)),
  };
  // `across`: the member's evidence in its other possible place (targetAcrossEdge); the likelier place counts.
  const memberP = (r: SideRates, c: Counts, scale: number, posterior: number, fit: number, mtLlr = 0, across = Infinity): number => withEvidence(posterior, Math.min(coverageLlr(r, c, scale) + mtLlr - fit, across));
  // Where each bead starts on either side: the neighbours of a lone sentence.
  const srcAt: number[] = [];
  const tgtAt: number[] = [];
  let si = 0;
  let tj = 0;
  const beadOfSrc: number[] = [];
  const beadOfTgt: number[] = [];
  beads.forEach((b, k) => {
    srcAt.push(si);
    tgtAt.push(tj);
    si += b.src.length;
    tj += b.tgt.length;
    for (const i of b.src) beadOfSrc[i] = k;
    for (const j of b.tgt) beadOfTgt[j] = k;
  });
  // What a member's mates leave unexplained on the other side, in order (residual.ts): the words of
  // `targets` that the source sentences `mates` do not explain, and the reverse. A word the
  // member's own words explain as well as the mates' cannot tell which of them is translated.
  // One sentence's keys, built once: a sentence alone on its side of its bead has its bead's keys
  // (sKeys / tKeys); another's are interned on first use.
  const srcOwnKeys: KeyLookup[] = [];
  const tgtOwnKeys: KeyLookup[] = [];
  const oneSource = (i: number): KeyLookup => {
    const k = beadOfSrc[i];
    return (srcOwnKeys[i] ??= k !== undefined && beads[k]!.src.length === 1 ? sKeys(k) : interner.compact(sourceKeys([wordsOf(i)])));
  };
  const oneTarget = (j: number): KeyLookup => {
    const k = beadOfTgt[j];
    return (tgtOwnKeys[j] ??= k !== undefined && beads[k]!.tgt.length === 1 ? tKeys(k) : interner.compact(targetKeys([input.tgt[j]!], input.tgtLang)));
  };
  const targetResidual = (member: number, mates: readonly number[], targets: readonly number[], place: Place): number => {
    if (mates.length === 0) return 0;
    const mateKeys = sourceKeys(mates.map(wordsOf));
    const own = oneSource(member);
    const chance = 1 - Math.pow(1 - (nearTgt ?? tgtRates!).chance, mates.length);
    const words = targets.flatMap(tgtWordsOf).filter((w) => !(targetWordCovered(w, own) && targetWordCovered(w, mateKeys)));
    return residualLlr(tgtRates!, chance, words.map((w) => !targetWordCovered(w, mateKeys)), place, shareOf(input.srcLength, [member, ...mates], 0));
  };
  const sourceResidual = (member: number, mates: readonly number[], sources: readonly number[], place: Place): number => {
    if (mates.length === 0) return 0;
    const mateKeys = targetKeys(mates.map((j) => input.tgt[j]!), input.tgtLang);
    const own = oneTarget(member);
    const chance = 1 - Math.pow(1 - (nearSrc ?? srcRates!).chance, mates.length);
    const words = sources.flatMap((i) => inOrder(wordsOf(i))).filter((w) => !(isCovered(w, own) && isCovered(w, mateKeys)));
    return residualLlr(srcRates!, chance, words.map((w) => !isCovered(w, mateKeys)), place, shareOf(input.tgtLength, [member, ...mates], 0));
  };
  // Target sentence j as a member of the bead that holds source sentence i, beside that bead's own
  // targets: gap against translated (memberLlr, the residual, the MT).
  const targetBeside = (j: number, i: number): number => {
    const keys = oneSource(i);
    const members = [j, ...(beads[beadOfSrc[i] ?? -1]?.tgt ?? [])];
    const counts = members.map((o) => ownCounts(tgtWordsOf, members, o, (w) => w.key, (w) => targetWordCovered(w, keys)));
    return memberLlr(nearTgt ?? tgtRates!, counts[0]!, pooledCounts(counts, 0)) + sourceResidual(j, members.slice(1), [i], j < members[1]! ? 'first' : 'last') + (mt?.tgtLlr(j, [i]) ?? 0);
  };
  // A target member at the edge of a 1:n / n:m bead may be a sentence the translator split off the
  // NEIGHBOURING source sentence's rendering — "The lab wasn't very big." | "Equipment for
  // receiving satellite data was squeezed into…", both 这个实验室不大，主机房中挤满了… — which the
  // aligner attached to this bead: translated, just not here. Its evidence there: its words against
  // that source sentence beside the neighbour's own targets, and how much better the neighbour's
  // length fits with it (a planted sentence joined to a bead that fits already fits worse).
  // Infinity for an inner member or one with no neighbour.
  const targetAcrossEdge = (bead: { src: readonly number[]; tgt: readonly number[] }, k: number, x: number): number => {
    const i = x === 0 ? srcAt[k]! - 1 : srcAt[k]! + bead.src.length;
    if ((x !== 0 && x !== bead.tgt.length - 1) || i < 0 || i >= si) return Infinity;
    const neighbour = beads[beadOfSrc[i]!]!;
    const joined = x === 0 ? [...neighbour.tgt, bead.tgt[x]!] : [bead.tgt[x]!, ...neighbour.tgt];
    const fit = lengthFits(input, neighbour.src, joined, false)[neighbour.src.length + (x === 0 ? joined.length - 1 : 0)]!;
    return targetBeside(bead.tgt[x]!, i) - fit;
  };
  // How many words of the translation `targets` each rendering key stands for (sharedRenderings).
  const renderingsOf = (targets: readonly number[], keys: KeyLookup): ((key: string) => number) => {
    const counts = renderingCounts(targets.flatMap(tgtWordsOf));
    return (key) => counts.get(key) ?? (keys.has(key) ? 1 : 0);
  };
  // A dropped sentence the aligner paired 1:1 with its neighbour's translation (a shifted pair: the
  // neighbour itself then hides in the next bead, or is left alone as a 1:0 in the dropped one's
  // place). For the 1:1 bead k of source i and target j, the log-likelihood ratio "i has no
  // counterpart" against "j translates i", from evidence the pair's own posterior did not weigh
  // apart — how j fits the source sentence beside i. Under "no counterpart" j translates that
  // neighbour (either one), or neither: then j's fit tells nothing (ratio 1). The cases are equally
  // likely (a mean of likelihood ratios), so a neighbour that does not explain j costs a gap at
  // most log 3, one that does raises it.
  const shiftedLlr = (k: number, i: number): number => {
    const ratios = [0];
    const pair = { k, targetWords: distinctTgtWordsOf(beads[k]!.tgt[0]!), sourceWords: new Set(wordsOf(i).map((w) => w.text)) };
    for (const n of [k - 1, k + 1]) {
      const beside = beads[n];
      if (!beside || beside.src.length === 0) continue;
      ratios.push(neighbourLlr(pair, beside.src[n < k ? beside.src.length - 1 : 0]!));
    }
    return meanRatio(ratios);
  };
  // "j translates neighbour m" against "j translates i", from two witnesses with the document's
  // rates: j's words, found in the sentence it translates at the recall and in the other by chance
  // (a neighbour's: nearTgt) — words both sources explain tell neither and are left out; and m's
  // words that its own bead's translation lacks (unshownInOwnBead), which j shows at the recall if
  // it is m's translation, by chance if it is i's.
  type ShiftedPair = { k: number; targetWords: ReturnType<typeof targetWords>; sourceWords: ReadonlySet<string> };
  const neighbourLlr = (pair: ShiftedPair, m: number): number => {
    const own = sKeys(pair.k);
    const other = oneSource(m);
    const words = pair.targetWords.filter((w) => !(targetWordCovered(w, own) && targetWordCovered(w, other)));
    const rates = nearTgt ?? tgtRates!;
    const target = coverageLlr(rates, countWords(words, (w) => targetWordCovered(w, own))) - coverageLlr(rates, countWords(words, (w) => targetWordCovered(w, other)));
    const lacking = unshownInOwnBead(m).filter((w) => !pair.sourceWords.has(w.text));
    return target - coverageLlr(nearSrc ?? srcRates!, countWords(lacking, (w) => isCovered(w, tKeys(pair.k))));
  };
  // Source sentence m's words, each once, that its own bead's translation does not show (all of
  // them for a lone sentence): asked by the 1:1 beads on both sides of m's bead, so kept.
  const unshown: SourceWord[][] = [];
  const unshownInOwnBead = (m: number): SourceWord[] => {
    const n = beadOfSrc[m]!;
    return (unshown[m] ??= beads[n]!.tgt.length === 0 ? distinctWordsOf(m) : distinctWordsOf(m).filter((w) => !isCovered(w, tKeys(n))));
  };
  // A stretch of lone beads holding both kinds is judged as a whole too (lone-stretch.ts): a
  // replaced section, or a translated stretch the aligner could not pair for want of evidence —
  // with the MT, where there is one, as a second witness (its words at its own rates).
  const stretchOf = new Map<number, number>();
  if (srcRates && tgtRates) {
    for (const run of loneStretches(beads)) {
      const targets = targetKeys(run.tgt.map((j) => input.tgt[j]!), input.tgtLang);
      const sources = sourceKeys(run.src.map(wordsOf));
      const withMt = mt && { srcRates: mt.srcRates, tgtRates: mt.tgtRates, src: pooledCounts(run.src.map((i) => mt.srcCounts(i, targets))), tgt: pooledCounts(run.tgt.map((j) => mt.tgtCounts(j, run.src))) };
      const p = stretchGap(srcRates, tgtRates, pooledCounts(run.src.map((i) => srcCounts(i, targets))), pooledCounts(run.tgt.map((j) => tgtCounts(j, sources))), run, withMt);
      for (let k = run.from; k < run.to; k++) stretchOf.set(k, round3(p));
    }
  }
  // An n:m bead's in-order sub-beads by its words (bead-pairs.ts), with the MT's words as a second
  // witness where there is one; each side's lengths and the targets' keys are shared by both.
  const splitByWords = (b: { src: readonly number[]; tgt: readonly number[] }, srcRates: SideRates, tgtRates: SideRates): number[] | undefined => {
    const srcLengths = b.src.map((i) => input.srcLength[i]!);
    const tgtLengths = b.tgt.map((j) => input.tgtLength[j]!);
    const targets = b.tgt.map(oneTarget);
    const mtCovered = (w: { key: string }, keys: KeyLookup): boolean => hasKey(keys, w.key);
    return splitBead(
      { lengths: srcLengths, shownBy: b.src.map((i) => shownBy(distinctWordsOf(i), targets, isCovered)), rates: splitRates(srcRates, nearSrc) },
      { lengths: tgtLengths, shownBy: b.tgt.map((j) => shownBy(distinctTgtWordsOf(j), b.src.map(oneSource), targetWordCovered)), rates: splitRates(tgtRates, nearTgt) },
      mt?.srcRates && mt.tgtRates
        ? {
            src: { lengths: srcLengths, shownBy: b.src.map((i) => shownBy(mt.wordsOf(i), targets, mtCovered)), rates: splitRates(mt.srcRates, undefined) },
            tgt: { lengths: tgtLengths, shownBy: b.tgt.map((j) => shownBy(distinctTgtWordsOf(j), b.src.map((i) => mt.keysOf(i)), mtCovered)), rates: splitRates(mt.tgtRates, undefined) },
          }
        : undefined,
    );
  };
  return beads.map((b, k) => {
    if (b.src.length === 0 || b.tgt.length === 0) {
      if (!srcRates || !tgtRates || b.src.length + b.tgt.length !== 1) return undefined;
      const stretch = stretchOf.get(k);
      const inStretch = stretch === undefined ? {} : { stretch };
      // A lone sentence: unaligned, unless its own words say it is translated by (or translates)
      // a sentence just beside it, which the aligner's thinner evidence paired elsewhere — and the
      // likelier unaligned when its words show beside it only by chance.
      if (b.src.length === 1) {
        const i = b.src[0]!;
        // Beside the sentences the neighbour already translates: a lone sentence that a genuine 2:1
        // was split from shows its words there at their rate; a dropped one only by chance.
        const llr = besideLlr(tgtAt[k]!, tj, (j) => {
          const keys = oneTarget(j);
          const members = [i, ...(beads[beadOfTgt[j] ?? -1]?.src ?? [])];
          const counts = members.map((o) => ownCounts(wordsOf, members, o, (w) => w.text, (w) => isCovered(w, keys)));
          return memberLlr(nearSrc ?? srcRates, counts[0]!, pooledCounts(counts, 0)) + targetResidual(i, members.slice(1), [j], i < members[1]! ? 'first' : 'last') + (mt?.srcLlr(i, keys) ?? 0);
        });
        return { src: [round3(gaps.src[i]!)], tgt: [], words: [wordsOf(i).length], gap: [round3(withEvidence(gaps.src[i]!, llr))], ...inStretch };
      }
      const j = b.tgt[0]!;
      const llr = besideLlr(srcAt[k]!, si, (i) => targetBeside(j, i));
      return { src: [], tgt: [round3(gaps.tgt[j]!)], gap: [round3(withEvidence(gaps.tgt[j]!, llr))], ...inStretch };
    }
    const v = beadVerdict(input, b.src, b.tgt, gaps, wordsOf);
    // In a 1:1 bead both sentences are one pool already: the posterior is the verdict. Without
    // the document's rates (a short text), QA falls back on the posterior and the length fit.
    if (!srcRates || !tgtRates) return v;
    const target = b.src.length === 1 && b.tgt.length === 1 ? { covered: tgtWordsOf(b.tgt[0]!).map((w) => targetWordCovered(w, sKeys(k))), rates: tgtRates } : undefined;
    const renderings = renderingsOf(b.tgt, tKeys(k));
    // An n:m bead whose words say it is in-order sub-beads (bead-pairs.ts): a member that is one of
    // a 1:1 pair there has its part judged with the pair's lengths and its translation's own words
    // (as in a 1:1 bead), its words still against the whole bead's translation (a clause rendered in
    // a bead-mate's target is not missing). Members of larger sub-beads are judged with the bead.
    const pairs = splittable(b.src.length, b.tgt.length) ? splitByWords(b, srcRates, tgtRates) : undefined;
    const pairedTarget = pairs && pairedTargets(pairs, b.src.length, b.tgt.length);
    const frame = (x: number): PartFrame => {
      const y = pairedTarget?.[x];
      if (y === undefined) return target ? { ...beadFrame(input, b), target } : beadFrame(input, b);
      const [i, j] = [b.src[x]!, b.tgt[y]!];
      const keys = oneSource(i);
      return { ...beadFrame(input, { src: [i], tgt: [j] }), target: { covered: tgtWordsOf(j).map((w) => targetWordCovered(w, keys)), rates: tgtRates } };
    };
    v.part = partsOf(input, b, partRates!, tKeys(k), wordsOf, frame, renderings, mt);
    if (pairs) v.pairs = pairs;
    if (mt && input.mt) v.mtPart = b.src.map((i, x) => (v.part![3 * x + 2]! > 0 ? mtQuote(input.mt![i] ?? '', input.src[i]!, v.part![3 * x]!, v.part![3 * x + 1]!) : ''));
    if (b.src.length + b.tgt.length === 2) {
      // A 1:1 pair is one pool for its plain words; only its strong words are heard apart.
      const i = b.src[0]!;
      const j = b.tgt[0]!;
      // Its source is also weighed against the neighbour's translation taking its place (shiftedLlr).
      const src = strongLlr(srcRates, srcCounts(i, tKeys(k))) + shiftedLlr(k, i);
      const tgt = strongLlr(tgtRates, tgtCounts(j, sKeys(k)));
      if (src !== 0 || tgt !== 0) v.gap = [round3(withEvidence(gaps.src[i]!, src)), round3(withEvidence(gaps.tgt[j]!, tgt))];
      return v;
    }
    const fits = lengthFits(input, b.src, b.tgt, false);
    // A source member's length witness pools two models of the bead's length with equal weight (a
    // logarithmic opinion pool: the mean of their log ratios, so the length still counts once): the
    // aligner's Gale–Church term and the QA's letters-only ratio with a fitted tail (member-length.ts).
    if (lengthModelOfDoc) {
      for (let x = 0; x < b.src.length; x++) {
        const fit = memberLengthFit(lengthModelOfDoc, lettersOf, b.src, b.tgt, x);
        if (fit !== undefined) fits[x] = (fits[x]! + fit) / 2;
      }
    }
    const srcOwn = ownSourceCounts(wordsOf, b.src, (w) => isCovered(w, tKeys(k)), renderings);
    const tgtOwn = b.tgt.map((j) => ownCounts(tgtWordsOf, b.tgt, j, (w) => w.key, (w) => targetWordCovered(w, sKeys(k))));
    // A source member of an n:1 / n:m bead is judged beside its bead-mates (memberLlr): does the
    // translation carry its words as well as theirs? Target members of 1:n beads keep the member's
    // own coverage: the same test there bought 2 additions for 6 more false alarms (round 4, 0004).
    // What the member's bead-mates leave unexplained on the other side (residual.ts): a target
    // holding more than the mates' translation says the member is translated, however freely.
    // A quotation the source introduces ("刘老老道：“阿弥陀佛！" / "这全仗嫂子方便了。”") may come before
    // its reporting clause in the translation ("'Bless you…!' said Grannie Liu"): either order.
    const srcResidual = (x: number): number => {
      if (b.src.length < 2) return 0;
      const mates = b.src.filter((_, y) => y !== x);
      const place = placeOf(x, b.src.length);
      if (place === 'inner' || !b.src.some((i) => INTRODUCED_QUOTE.test(input.src[i]!))) return targetResidual(b.src[x]!, mates, b.tgt, place);
      return eitherOrder(targetResidual(b.src[x]!, mates, b.tgt, 'first'), targetResidual(b.src[x]!, mates, b.tgt, 'last'));
    };
    const tgtResidual = (x: number): number => (b.tgt.length < 2 ? 0 : sourceResidual(b.tgt[x]!, b.tgt.filter((_, y) => y !== x), b.src, placeOf(x, b.tgt.length)));
    const srcP = b.src.map((i, x) =>
      b.src.length < 2
        ? memberP(srcRates, srcOwn[x]!, b.tgt.length, gaps.src[i]!, fits[x]!, mt?.srcLlr(i, tKeys(k), b.tgt.length, b.src))
        : withEvidence(gaps.src[i]!, memberLlr(nearSrc ?? srcRates, srcOwn[x]!, pooledCounts(srcOwn, x), b.tgt.length) + srcResidual(x) + (mt?.srcLlr(i, tKeys(k), b.tgt.length, b.src) ?? 0) - fits[x]!),
    );
    v.gap = [
      // Source members compete for the bead's length too: one dropped sentence at most (rival-members.ts).
      ...oneGapAmong(srcP).map(round3),
      // Target members compete for the bead's length and residual: one added sentence at most (rival-members.ts).
      // A target member at the bead's edge takes the likelier of its two places, as a lone sentence
      // does (besideLlr): here, or in the neighbour bead (targetAcrossEdge).
      ...oneGapAmong(b.tgt.map((j, x) => memberP(tgtRates, tgtOwn[x]!, b.src.length, gaps.tgt[j]!, fits[b.src.length + x]!, (mt?.tgtLlr(j, b.src, b.tgt) ?? 0) + tgtResidual(x), b.tgt.length > 1 ? targetAcrossEdge(b, k, x) : Infinity))).map(round3),
    ];
    return v;
  });
}

/** Letters-only lengths with each source sentence's translated letters scaled (speechLengthScales). */
function scaledSource(lengths: SentenceLengths, scales: readonly number[] | undefined): SentenceLengths {
  return scales ? { ...lengths, src: lengths.src.map((l, i) => ({ ...l, translated: l.translated * scales[i]! })) } : lengths;
}

/** Member x's share of its side's length in the bead. */
function shareOf(lengths: ArrayLike<number>, members: readonly number[], x: number): number {
  let all = 0;
  for (const i of members) all += lengths[i]!;
  return all > 0 ? lengths[members[x]!]! / all : 0;
}

/** A colon that opens a quotation: speech introduced by a reporting clause (说：“, 道：「, said: "). */
const INTRODUCED_QUOTE = /[:：]\s*["“「『«‘]/;

/**
 * The residual under two equally likely orders of the member's rendering (log-likelihood ratios,
 * gap against translated): the likelihood ratios are averaged, not the logs.
 */
function eitherOrder(a: number, b: number): number {
  const top = Math.min(a, b);
  return top - Math.log((Math.exp(top - a) + Math.exp(top - b)) / 2);
}

/** A hypothesis made of equally likely cases, each against one alternative: the log of their mean likelihood ratio. */
function meanRatio(llrs: readonly number[]): number {
  let top = -Infinity;
  for (const x of llrs) top = Math.max(top, x);
  let sum = 0;
  for (const x of llrs) sum += Math.exp(x - top);
  return top + Math.log(sum / llrs.length);
}

/** Where member x of `count` sits on its side. */
function placeOf(x: number, count: number): Place {
  return x === 0 ? 'first' : x === count - 1 ? 'last' : 'inner';
}

/** A sentence's evidence words in the order they occur (learned pairs may be listed after the dictionary's). */
function inOrder(words: readonly SourceWord[]): SourceWord[] {
  return [...words].sort((a, b) => a.start - b.start);
}

/**
 * The strongest "translated" evidence for a lone sentence against the two sentences of the other
 * side it sits between (positions at - 1 and at): the smaller log-likelihood ratio, gap against
 * translated (0 when it has no neighbour). Evidence both ways: negative clears a sentence whose
 * words show beside it; positive — its words show in neither neighbour as the document's recall
 * says they would — raises a gap whose posterior the alternative "merged into a neighbour" kept
 * low. The min takes the neighbour most favourable to "translated".
 */
function besideLlr(at: number, count: number, llrAgainst: (other: number) => number): number {
  let best = Infinity;
  for (const other of [at - 1, at]) if (other >= 0 && other < count) best = Math.min(best, llrAgainst(other));
  return best === Infinity ? 0 : best;
}

/** What a member's missing part is judged against: its bead's (or sub-bead's) lengths and target count, and for a 1:1 pair the translation's own words. */
type PartFrame = Pick<PartInput, 'beadSource' | 'beadTarget' | 'targets' | 'target'>;

/** A bead's (or sub-bead's) lengths in aligner units and its number of target sentences. */
function beadFrame(input: VerdictInput, b: { src: readonly number[]; tgt: readonly number[] }): PartFrame {
  let beadSource = 0;
  let beadTarget = 0;
  for (const i of b.src) beadSource += input.srcLength[i]!;
  for (const j of b.tgt) beadTarget += input.tgtLength[j]!;
  return { beadSource, beadTarget, targets: b.tgt.length };
}

/** Per source member, its likeliest untranslated part (missing-part.ts), or null. */
function partsOf(input: VerdictInput, b: { src: readonly number[] }, rates: SideRates, keys: KeyLookup, wordsOf: (i: number) => SourceWord[], frame: (x: number) => PartFrame, renderings: PartInput['renderings'], mt?: MtChannel): number[] {
  const out: number[] = [];
  b.src.forEach((i, x) => {
    const mtPart = mt?.partEvidence(i, keys);
    const part = missingPart({ text: input.src[i]!, words: wordsOf(i), covered: (w) => isCovered(w, keys), rates, params: input.params, ...frame(x), ...(renderings ? { renderings } : {}), ...(mtPart ? { mt: mtPart } : {}) });
    if (part && part.p >= MIN_STORED) out.push(part.from, part.to, round3(part.p));
    else out.push(0, 0, 0);
  });
  return out;
}

/**
 * For splitBead: per distinct word, the bit mask of the other side's members whose keys show it;
 * words no member shows are left out (missed under every split alike).
 */
function shownBy<W>(words: readonly W[], others: readonly KeyLookup[], covered: (w: W, keys: KeyLookup) => boolean): number[] {
  const out: number[] = [];
  for (const w of words) {
    let mask = 0;
    others.forEach((keys, y) => {
      if (covered(w, keys)) mask |= 1 << y;
    });
    if (mask) out.push(mask);
  }
  return out;
}

/** A side's rates for splitBead: its miss rate and over-dispersion, the chance a neighbouring sentence shows a word. */
function splitRates(rates: SideRates, near: SideRates | undefined): SplitRates {
  return { miss: rates.miss, chance: (near ?? rates).chance, dispersion: rates.dispersion };
}

/** Below this a missing part is not worth a place in the project file. */
const MIN_STORED = 0.01;

/** The keys a bead's source offers a target word: its words' renderings, their leading letters, names. */
function sourceKeys(sentences: ReadonlyArray<readonly SourceWord[]>): Set<string> {
  const keys = new Set<string>();
  for (const words of sentences) {
    for (const w of words) {
      for (const k of w.keys) addKey(keys, k);
      if (w.name) keys.add(NAME_KEY);
    }
  }
  return keys;
}

function targetWordCovered(w: { key: string; name: boolean }, keys: KeyLookup): boolean {
  return hasKey(keys, w.key) || (w.name && keys.has(NAME_KEY));
}

/**
 * A member's counts without the words it shares with a bead-mate: 请 and 以下 in both "请尝试以下步骤"
 * and "请执行以下步骤" are matched by the same target words, whichever of the two is translated,
 * so they cannot tell which one is.
 */
function ownCounts<W extends { strong?: boolean }>(wordsOf: (i: number) => readonly W[], members: readonly number[], i: number, key: (w: W) => string, covered: (w: W) => boolean): Counts {
  return countWords(ownWords(wordsOf, members, i, key), covered);
}

/** Member i's words, each once, without those it shares with a bead-mate (ownCounts). */
function ownWords<W>(wordsOf: (i: number) => readonly W[], members: readonly number[], i: number, key: (w: W) => string): W[] {
  const mates = new Set<string>();
  for (const o of members) if (o !== i) for (const w of wordsOf(o)) mates.add(key(w));
  return distinct(wordsOf(i), key).filter((w) => !mates.has(key(w)));
}

/**
 * The source members' counts without the words that cannot tell which member is translated: a
 * word shared with a bead-mate (ownCounts), and a found word whose rendering a mate's found word
 * shares when the translation does not show that rendering once for each of them — 比赛 and 竞赛 in
 * two members, one «соревнование» in the translation; a transliterated name of each member and one
 * capitalised word. The one target word is evidence that one of them is translated, not which.
 */
export function ownSourceCounts(wordsOf: (i: number) => readonly SourceWord[], members: readonly number[], covered: (w: SourceWord) => boolean, renderings: (key: string) => number): Counts[] {
  const own = members.map((i) => ownWords(wordsOf, members, i, (w) => w.text));
  const all = own.flat();
  const memberOf = own.flatMap((ws, x) => ws.map(() => x));
  const partners = sharedRenderings(all, covered, renderings);
  let at = 0;
  return own.map((ws, x) => {
    const kept = ws.filter((_, k) => !partners[at + k]!.some((o) => memberOf[o] !== x));
    at += ws.length;
    return countWords(kept, covered);
  });
}

/**
 * Each word once: 疫苗 three times in one sentence is matched three times by one "vaccines" and
 * would weigh as three witnesses.
 */
function distinct<W>(words: readonly W[], key: (w: W) => string): W[] {
  const seen = new Set<string>();
  return words.filter((w) => !seen.has(key(w)) && seen.add(key(w)) !== undefined);
}

/** Probabilities are stored to three places: enough for a reviewer, short in the project file. */
const round3 = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;

/**
 * Verdicts for the members of one bead with both sides non-empty: the aligner's posterior that
 * each sentence is unaligned, and for each source sentence the evidence words the translation
 * does not show.
 */
export function beadVerdict(
  input: VerdictInput,
  srcIdx: readonly number[],
  tgtIdx: readonly number[],
  gaps: Gaps,
  wordsOf: (i: number) => SourceWord[] = (i) => sourceWords(input.src[i]!, input.tgtLang, input.lexicon),
): RawVerdict {
  const keys = targetKeys(tgtIdx.map((j) => input.tgt[j]!), input.tgtLang);
  const words: number[] = [];
  const uncovered: string[] = [];
  for (const i of srcIdx) {
    const found = wordsOf(i);
    words.push(found.length);
    uncovered.push(found.filter((w) => !isCovered(w, keys)).map((w) => w.text.replace(/\s+/g, '')).join(' '));
  }
  const v: RawVerdict = { src: srcIdx.map((i) => round3(gaps.src[i]!)), tgt: tgtIdx.map((j) => round3(gaps.tgt[j]!)), words };
  if (srcIdx.length + tgtIdx.length > 2) v.fits = lengthFits(input, srcIdx, tgtIdx, true);
  if (uncovered.some((u) => u !== '')) v.uncovered = uncovered;
  return v;
}

/**
 * Per member of an n:m bead (source members first, then target members): how much better the
 * bead's length fits with the sentence than without it, as a log-likelihood ratio under the
 * document's length model. Positive: the other side is long enough to hold its translation.
 */
function lengthFits(input: VerdictInput, srcIdx: readonly number[], tgtIdx: readonly number[], rounded: boolean): number[] {
  let ls = 0;
  let lt = 0;
  for (const i of srcIdx) ls += input.srcLength[i]!;
  for (const j of tgtIdx) lt += input.tgtLength[j]!;
  const whole = lengthLlr(input.params, ls, lt);
  // "|| 0": no -0 in the file, which JSON would write as 0 and read back unequal.
  const round2 = (x: number): number => (rounded ? Math.round(x * 100) / 100 || 0 : x);
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
