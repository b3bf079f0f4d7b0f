import type { BeadVerdict } from '../../model/types';
import { pairedTargets } from '../../model/verdict';
import { splitBead, splittable, type SplitRates } from './bead-pairs';
import { beadLayout, DocumentEvidence, distinct, sourceKeys, targetWordCovered, type BeadLayout, type BeadShape, type TargetWord, type VerdictInput } from './document-evidence';
import { documentModels, type DocumentRates } from './document-rates';
import { missingPart, renderingCounts, sharedRenderings, type PartInput } from './missing-part';
import { countWords, coverageLlr, MIN_PAIRS, memberLlr, pooledCounts, strongLlr, withEvidence, type Counts, type SideRates } from './member-gap';
import type { KeyLookup } from './key-set';
import { memberLengthFit, type LengthModel, type SentenceLengths } from './member-length';
import { mtQuote, type MtChannel } from './mt-evidence';
import { residualLlr, type Place } from './residual';
import { loneStretches, stretchGap } from './lone-stretch';
import { oneGapAmong } from './rival-members';
import { speechLengthScales } from './speech-line';
import { hasKey, isCovered, sourceWords, targetKeys, type SourceWord } from './source-words';

export type { VerdictInput } from './document-evidence';

/** A bead's verdicts before they are tied to sentence ids. */
export type RawVerdict = Omit<BeadVerdict, 'of'>;

type Gaps = { src: ArrayLike<number>; tgt: ArrayLike<number> };

/** What judging one bead's members reads: the document, its beads, their cached evidence and the document's rates. */
interface Doc {
  input: VerdictInput;
  beads: readonly BeadShape[];
  gaps: Gaps;
  layout: BeadLayout;
  ev: DocumentEvidence;
  rates: DocumentRates;
  mt: MtChannel | undefined;
  letters: SentenceLengths;
  lengthModel: LengthModel | undefined;
}

/**
 * Verdicts for every bead of a document: for a bead with both sides non-empty, beadVerdict's, plus
 * each member's own probability of having no counterpart (member-gap.ts), judged against the
 * coverage rates this document's 1:1 beads show; for a 1:0 or 0:1 bead, its sentence's (and its
 * lone stretch's), or undefined when the document has no rates.
 */
export function documentVerdicts(given: VerdictInput, beads: readonly BeadShape[], gaps: Gaps): Array<RawVerdict | undefined> {
  const { input, scales } = speechScaled(given, beads);
  const layout = beadLayout(beads);
  const ev = new DocumentEvidence(input, beads, layout);
  const { rates, ...models } = documentModels(input, beads, ev, scales);
  // Without the document's rates (a short text), QA falls back on the posterior and the length fit.
  if (!rates) return beads.map((b) => (b.src.length === 0 || b.tgt.length === 0 ? undefined : beadVerdict(input, b.src, b.tgt, gaps, ev.wordsOf)));
  const d: Doc = { input, beads, gaps, layout, ev, rates, ...models };
  const stretchOf = loneStretchGaps(d);
  return beads.map((b, k) => {
    if (b.src.length > 0 && b.tgt.length > 0) return pairedBeadVerdict(d, b, k);
    if (b.src.length + b.tgt.length !== 1) return undefined;
    const stretch = stretchOf.get(k);
    const inStretch = stretch === undefined ? {} : { stretch };
    return b.src.length === 1 ? loneSourceVerdict(d, k, b.src[0]!, inStretch) : loneTargetVerdict(d, k, b.tgt[0]!, inStretch);
  });
}

/**
 * The input with speech lines and narrative lines each at their own length ratio (speech-line.ts),
 * for both length witnesses, where the document has enough 1:1 beads of each kind to measure it;
 * `scales` per source sentence, or undefined and the input as it was.
 */
function speechScaled(given: VerdictInput, beads: readonly BeadShape[]): { input: VerdictInput; scales: number[] | undefined } {
  const pairs = beads.filter((b) => b.src.length === 1 && b.tgt.length === 1).map((b) => ({ i: b.src[0]!, j: b.tgt[0]! }));
  const scales = speechLengthScales(given.src, given.srcLength, given.tgtLength, pairs, MIN_PAIRS);
  return { input: scales ? { ...given, srcLength: Array.from(given.srcLength, (l, i) => l * scales[i]!) } : given, scales };
}

/**
 * A stretch of lone beads holding both kinds is judged as a whole too (lone-stretch.ts): a
 * replaced section, or a translated stretch the aligner could not pair for want of evidence —
 * with the MT, where there is one, as a second witness (its words at its own rates). Per bead of
 * a stretch, the stretch's gap.
 */
function loneStretchGaps({ input, beads, ev, rates, mt }: Doc): Map<number, number> {
  const stretchOf = new Map<number, number>();
  for (const run of loneStretches(beads)) {
    const targets = targetKeys(run.tgt.map((j) => input.tgt[j]!), input.tgtLang);
    const sources = sourceKeys(run.src.map(ev.wordsOf));
    const withMt = mt && { srcRates: mt.srcRates, tgtRates: mt.tgtRates, src: pooledCounts(run.src.map((i) => mt.srcCounts(i, targets))), tgt: pooledCounts(run.tgt.map((j) => mt.tgtCounts(j, run.src))) };
    const p = stretchGap(rates.src, rates.tgt, pooledCounts(run.src.map((i) => ev.srcCounts(i, targets))), pooledCounts(run.tgt.map((j) => ev.tgtCounts(j, sources))), run, withMt);
    for (let k = run.from; k < run.to; k++) stretchOf.set(k, round3(p));
  }
  return stretchOf;
}

/**
 * A lone source sentence: unaligned, unless its own words say it is translated by a sentence just
 * beside it, which the aligner's thinner evidence paired elsewhere — and the likelier unaligned
 * when its words show beside it only by chance.
 */
function loneSourceVerdict(d: Doc, k: number, i: number, inStretch: { stretch?: number }): RawVerdict {
  const llr = besideLlr(d.layout.tgtAt[k]!, d.layout.tgtCount, (j) => sourceBeside(d, i, j));
  return { src: [round3(d.gaps.src[i]!)], tgt: [], words: [d.ev.wordsOf(i).length], gap: [round3(withEvidence(d.gaps.src[i]!, llr))], ...inStretch };
}

/** A lone target sentence: unaligned, unless its own words say it translates a source sentence just beside it (loneSourceVerdict). */
function loneTargetVerdict(d: Doc, k: number, j: number, inStretch: { stretch?: number }): RawVerdict {
  const llr = besideLlr(d.layout.srcAt[k]!, d.layout.srcCount, (i) => targetBeside(d, j, i));
  return { src: [], tgt: [round3(d.gaps.tgt[j]!)], gap: [round3(withEvidence(d.gaps.tgt[j]!, llr))], ...inStretch };
}

/**
 * Source sentence i as a member of the bead that holds target sentence j, beside the sentences
 * that bead's target already translates: a lone sentence that a genuine 2:1 was split from shows
 * its words there at their rate; a dropped one only by chance. Gap against translated (memberLlr,
 * the residual, the MT).
 */
function sourceBeside(d: Doc, i: number, j: number): number {
  const { beads, ev, rates, mt } = d;
  const keys = ev.oneTarget(j);
  const members = [i, ...(beads[d.layout.beadOfTgt[j] ?? -1]?.src ?? [])];
  const counts = members.map((o) => ownCounts(ev.wordsOf, members, o, (w) => w.text, (w) => isCovered(w, keys)));
  return memberLlr(rates.nearSrc ?? rates.src, counts[0]!, pooledCounts(counts, 0)) + targetResidual(d, i, members.slice(1), [j], i < members[1]! ? 'first' : 'last') + (mt?.srcLlr(i, keys) ?? 0);
}

/**
 * Target sentence j as a member of the bead that holds source sentence i, beside that bead's own
 * targets: gap against translated (memberLlr, the residual, the MT).
 */
function targetBeside(d: Doc, j: number, i: number): number {
  const { beads, ev, rates, mt } = d;
  const keys = ev.oneSource(i);
  const members = [j, ...(beads[d.layout.beadOfSrc[i] ?? -1]?.tgt ?? [])];
  const counts = members.map((o) => ownCounts(ev.tgtWordsOf, members, o, (w) => w.key, (w) => targetWordCovered(w, keys)));
  return memberLlr(rates.nearTgt ?? rates.tgt, counts[0]!, pooledCounts(counts, 0)) + sourceResidual(d, j, members.slice(1), [i], j < members[1]! ? 'first' : 'last') + (mt?.tgtLlr(j, [i]) ?? 0);
}

// What a member's mates leave unexplained on the other side, in order (residual.ts): the words of
// `targets` that the source sentences `mates` do not explain, and the reverse. A word the
// member's own words explain as well as the mates' cannot tell which of them is translated.
function targetResidual({ input, ev, rates }: Doc, member: number, mates: readonly number[], targets: readonly number[], place: Place): number {
  if (mates.length === 0) return 0;
  const mateKeys = sourceKeys(mates.map(ev.wordsOf));
  const own = ev.oneSource(member);
  const chance = 1 - Math.pow(1 - (rates.nearTgt ?? rates.tgt).chance, mates.length);
  const words = targets.flatMap(ev.tgtWordsOf).filter((w) => !(targetWordCovered(w, own) && targetWordCovered(w, mateKeys)));
  return residualLlr(rates.tgt, chance, words.map((w) => !targetWordCovered(w, mateKeys)), place, shareOf(input.srcLength, [member, ...mates], 0));
}

function sourceResidual({ input, ev, rates }: Doc, member: number, mates: readonly number[], sources: readonly number[], place: Place): number {
  if (mates.length === 0) return 0;
  const mateKeys = targetKeys(mates.map((j) => input.tgt[j]!), input.tgtLang);
  const own = ev.oneTarget(member);
  const chance = 1 - Math.pow(1 - (rates.nearSrc ?? rates.src).chance, mates.length);
  const words = sources.flatMap((i) => inOrder(ev.wordsOf(i))).filter((w) => !(isCovered(w, own) && isCovered(w, mateKeys)));
  return residualLlr(rates.src, chance, words.map((w) => !isCovered(w, mateKeys)), place, shareOf(input.tgtLength, [member, ...mates], 0));
}

/**
 * A target member at the edge of a 1:n / n:m bead may be a sentence the translator split off the
 * NEIGHBOURING source sentence's rendering — "The lab wasn't very big." | "Equipment for
 * receiving satellite data was squeezed into…", both 这个实验室不大，主机房中挤满了… — which the
 * aligner attached to this bead: translated, just not here. Its evidence there: its words against
 * that source sentence beside the neighbour's own targets, and how much better the neighbour's
 * length fits with it (a planted sentence joined to a bead that fits already fits worse).
 * Infinity for an inner member or one with no neighbour.
 */
function targetAcrossEdge(d: Doc, bead: BeadShape, k: number, x: number): number {
  const { srcAt, beadOfSrc, srcCount } = d.layout;
  const i = x === 0 ? srcAt[k]! - 1 : srcAt[k]! + bead.src.length;
  if ((x !== 0 && x !== bead.tgt.length - 1) || i < 0 || i >= srcCount) return Infinity;
  const neighbour = d.beads[beadOfSrc[i]!]!;
  const joined = x === 0 ? [...neighbour.tgt, bead.tgt[x]!] : [bead.tgt[x]!, ...neighbour.tgt];
  const fit = lengthFits(d.input, neighbour.src, joined, false)[neighbour.src.length + (x === 0 ? joined.length - 1 : 0)]!;
  return targetBeside(d, bead.tgt[x]!, i) - fit;
}

/** How many words of the translation `targets` each rendering key stands for (sharedRenderings). */
function renderingsOf(ev: DocumentEvidence, targets: readonly number[], keys: KeyLookup): (key: string) => number {
  const counts = renderingCounts(targets.flatMap(ev.tgtWordsOf));
  return (key) => counts.get(key) ?? (keys.has(key) ? 1 : 0);
}

/**
 * A dropped sentence the aligner paired 1:1 with its neighbour's translation (a shifted pair: the
 * neighbour itself then hides in the next bead, or is left alone as a 1:0 in the dropped one's
 * place). For the 1:1 bead k of source i and target j, the log-likelihood ratio "i has no
 * counterpart" against "j translates i", from evidence the pair's own posterior did not weigh
 * apart — how j fits the source sentence beside i. Under "no counterpart" j translates that
 * neighbour (either one), or neither: then j's fit tells nothing (ratio 1). The cases are equally
 * likely (a mean of likelihood ratios), so a neighbour that does not explain j costs a gap at
 * most log 3, one that does raises it.
 */
function shiftedLlr(d: Doc, k: number, i: number): number {
  const ratios = [0];
  const pair = { k, targetWords: d.ev.distinctTgtWordsOf(d.beads[k]!.tgt[0]!), sourceWords: new Set(d.ev.wordsOf(i).map((w) => w.text)) };
  for (const n of [k - 1, k + 1]) {
    const beside = d.beads[n];
    if (!beside || beside.src.length === 0) continue;
    ratios.push(neighbourLlr(d, pair, beside.src[n < k ? beside.src.length - 1 : 0]!));
  }
  return meanRatio(ratios);
}

type ShiftedPair = { k: number; targetWords: readonly TargetWord[]; sourceWords: ReadonlySet<string> };

/**
 * "j translates neighbour m" against "j translates i", from two witnesses with the document's
 * rates: j's words, found in the sentence it translates at the recall and in the other by chance
 * (a neighbour's: nearTgt) — words both sources explain tell neither and are left out; and m's
 * words that its own bead's translation lacks (unshownInOwnBead), which j shows at the recall if
 * it is m's translation, by chance if it is i's.
 */
function neighbourLlr({ ev, rates }: Doc, pair: ShiftedPair, m: number): number {
  const own = ev.sKeys(pair.k);
  const other = ev.oneSource(m);
  const words = pair.targetWords.filter((w) => !(targetWordCovered(w, own) && targetWordCovered(w, other)));
  const near = rates.nearTgt ?? rates.tgt;
  const target = coverageLlr(near, countWords(words, (w) => targetWordCovered(w, own))) - coverageLlr(near, countWords(words, (w) => targetWordCovered(w, other)));
  const lacking = ev.unshownInOwnBead(m).filter((w) => !pair.sourceWords.has(w.text));
  return target - coverageLlr(rates.nearSrc ?? rates.src, countWords(lacking, (w) => isCovered(w, ev.tKeys(pair.k))));
}

/**
 * An n:m bead's in-order sub-beads by its words (bead-pairs.ts), with the MT's words as a second
 * witness where there is one; each side's lengths and the targets' keys are shared by both.
 */
function splitByWords({ input, ev, rates, mt }: Doc, b: BeadShape): number[] | undefined {
  const srcLengths = b.src.map((i) => input.srcLength[i]!);
  const tgtLengths = b.tgt.map((j) => input.tgtLength[j]!);
  const targets = b.tgt.map(ev.oneTarget);
  const mtCovered = (w: { key: string }, keys: KeyLookup): boolean => hasKey(keys, w.key);
  return splitBead(
    { lengths: srcLengths, shownBy: b.src.map((i) => shownBy(ev.distinctWordsOf(i), targets, isCovered)), rates: splitRates(rates.src, rates.nearSrc) },
    { lengths: tgtLengths, shownBy: b.tgt.map((j) => shownBy(ev.distinctTgtWordsOf(j), b.src.map(ev.oneSource), targetWordCovered)), rates: splitRates(rates.tgt, rates.nearTgt) },
    mt?.srcRates && mt.tgtRates
      ? {
          src: { lengths: srcLengths, shownBy: b.src.map((i) => shownBy(mt.wordsOf(i), targets, mtCovered)), rates: splitRates(mt.srcRates, undefined) },
          tgt: { lengths: tgtLengths, shownBy: b.tgt.map((j) => shownBy(ev.distinctTgtWordsOf(j), b.src.map((i) => mt.keysOf(i)), mtCovered)), rates: splitRates(mt.tgtRates, undefined) },
        }
      : undefined,
  );
}

/**
 * A bead with both sides non-empty: beadVerdict's, each source member's missing part, and each
 * member's gap weighed on the document's rates (a 1:1 pair: onePairGap; larger: memberGaps).
 */
function pairedBeadVerdict(d: Doc, b: BeadShape, k: number): RawVerdict {
  const { input, ev, rates, mt } = d;
  const v = beadVerdict(input, b.src, b.tgt, d.gaps, ev.wordsOf);
  const renderings = renderingsOf(ev, b.tgt, ev.tKeys(k));
  const pairs = splittable(b.src.length, b.tgt.length) ? splitByWords(d, b) : undefined;
  v.part = partsOf(input, b, rates.part, ev.tKeys(k), ev.wordsOf, partFrames(d, b, k, pairs), renderings, mt);
  if (pairs) v.pairs = pairs;
  if (mt && input.mt) v.mtPart = b.src.map((i, x) => (v.part![3 * x + 2]! > 0 ? mtQuote(input.mt![i] ?? '', input.src[i]!, v.part![3 * x]!, v.part![3 * x + 1]!) : ''));
  if (b.src.length + b.tgt.length === 2) {
    // In a 1:1 bead both sentences are one pool already: the posterior is the verdict, unless its strong words or a shifted pair say otherwise.
    const gap = onePairGap(d, k, b.src[0]!, b.tgt[0]!);
    if (gap) v.gap = gap;
    return v;
  }
  v.gap = memberGaps(d, b, k, renderings);
  return v;
}

/**
 * What each source member's missing part is judged against. An n:m bead whose words say it is
 * in-order sub-beads (bead-pairs.ts): a member that is one of a 1:1 pair there has its part judged
 * with the pair's lengths and its translation's own words (as in a 1:1 bead), its words still
 * against the whole bead's translation (a clause rendered in a bead-mate's target is not missing).
 * Members of larger sub-beads are judged with the bead.
 */
function partFrames({ input, ev, rates }: Doc, b: BeadShape, k: number, pairs: number[] | undefined): (x: number) => PartFrame {
  const target = b.src.length === 1 && b.tgt.length === 1 ? { covered: ev.tgtWordsOf(b.tgt[0]!).map((w) => targetWordCovered(w, ev.sKeys(k))), rates: rates.tgt } : undefined;
  const pairedTarget = pairs && pairedTargets(pairs, b.src.length, b.tgt.length);
  return (x) => {
    const y = pairedTarget?.[x];
    if (y === undefined) return target ? { ...beadFrame(input, b), target } : beadFrame(input, b);
    const [i, j] = [b.src[x]!, b.tgt[y]!];
    const keys = ev.oneSource(i);
    return { ...beadFrame(input, { src: [i], tgt: [j] }), target: { covered: ev.tgtWordsOf(j).map((w) => targetWordCovered(w, keys)), rates: rates.tgt } };
  };
}

/**
 * A 1:1 pair is one pool for its plain words; only its strong words are heard apart. Its source is
 * also weighed against the neighbour's translation taking its place (shiftedLlr). Undefined when
 * neither says anything.
 */
function onePairGap(d: Doc, k: number, i: number, j: number): number[] | undefined {
  const { ev, rates } = d;
  const src = strongLlr(rates.src, ev.srcCounts(i, ev.tKeys(k))) + shiftedLlr(d, k, i);
  const tgt = strongLlr(rates.tgt, ev.tgtCounts(j, ev.sKeys(k)));
  return src !== 0 || tgt !== 0 ? [round3(withEvidence(d.gaps.src[i]!, src)), round3(withEvidence(d.gaps.tgt[j]!, tgt))] : undefined;
}

/**
 * Each member's gap in a bead larger than 1:1: its coverage and how the bead's length fits
 * without it — the two witnesses the posterior, which pools the bead, does not weigh member by
 * member — source members first, then target members.
 */
function memberGaps(d: Doc, b: BeadShape, k: number, renderings: (key: string) => number): number[] {
  const { ev, gaps, rates, mt } = d;
  const fits = memberLengthFits(d, b);
  const srcOwn = ownSourceCounts(ev.wordsOf, b.src, (w) => isCovered(w, ev.tKeys(k)), renderings);
  const tgtOwn = b.tgt.map((j) => ownCounts(ev.tgtWordsOf, b.tgt, j, (w) => w.key, (w) => targetWordCovered(w, ev.sKeys(k))));
  // A source member of an n:1 / n:m bead is judged beside its bead-mates (memberLlr): does the
  // translation carry its words as well as theirs? Target members of 1:n beads keep the member's
  // own coverage: the same test there bought 2 additions for 6 more false alarms (round 4, 0004).
  const srcP = b.src.map((i, x) =>
    b.src.length < 2
      ? memberP(rates.src, srcOwn[x]!, b.tgt.length, gaps.src[i]!, fits[x]!, mt?.srcLlr(i, ev.tKeys(k), b.tgt.length, b.src))
      : withEvidence(gaps.src[i]!, memberLlr(rates.nearSrc ?? rates.src, srcOwn[x]!, pooledCounts(srcOwn, x), b.tgt.length) + sourceMemberResidual(d, b, x) + (mt?.srcLlr(i, ev.tKeys(k), b.tgt.length, b.src) ?? 0) - fits[x]!),
  );
  return [
    // Source members compete for the bead's length too: one dropped sentence at most (rival-members.ts).
    ...oneGapAmong(srcP).map(round3),
    // Target members compete for the bead's length and residual: one added sentence at most (rival-members.ts).
    // A target member at the bead's edge takes the likelier of its two places, as a lone sentence
    // does (besideLlr): here, or in the neighbour bead (targetAcrossEdge).
    ...oneGapAmong(b.tgt.map((j, x) => memberP(rates.tgt, tgtOwn[x]!, b.src.length, gaps.tgt[j]!, fits[b.src.length + x]!, (mt?.tgtLlr(j, b.src, b.tgt) ?? 0) + targetMemberResidual(d, b, x), b.tgt.length > 1 ? targetAcrossEdge(d, b, k, x) : Infinity))).map(round3),
  ];
}

/**
 * Per member (source first), how much better the bead's length fits with it than without. A
 * source member's length witness pools two models of the bead's length with equal weight (a
 * logarithmic opinion pool: the mean of their log ratios, so the length still counts once): the
 * aligner's Gale–Church term and the QA's letters-only ratio with a fitted tail (member-length.ts).
 */
function memberLengthFits({ input, letters, lengthModel }: Doc, b: BeadShape): number[] {
  const fits = lengthFits(input, b.src, b.tgt, false);
  if (lengthModel) {
    for (let x = 0; x < b.src.length; x++) {
      const fit = memberLengthFit(lengthModel, letters, b.src, b.tgt, x);
      if (fit !== undefined) fits[x] = (fits[x]! + fit) / 2;
    }
  }
  return fits;
}

/**
 * What source member x's bead-mates leave unexplained in the bead's translation (residual.ts): a
 * target holding more than the mates' translation says the member is translated, however freely.
 * A quotation the source introduces ("刘老老道：“阿弥陀佛！" / "这全仗嫂子方便了。”") may come before
 * its reporting clause in the translation ("'Bless you…!' said Grannie Liu"): either order.
 */
function sourceMemberResidual(d: Doc, b: BeadShape, x: number): number {
  if (b.src.length < 2) return 0;
  const mates = b.src.filter((_, y) => y !== x);
  const place = placeOf(x, b.src.length);
  if (place === 'inner' || !b.src.some((i) => INTRODUCED_QUOTE.test(d.input.src[i]!))) return targetResidual(d, b.src[x]!, mates, b.tgt, place);
  return eitherOrder(targetResidual(d, b.src[x]!, mates, b.tgt, 'first'), targetResidual(d, b.src[x]!, mates, b.tgt, 'last'));
}

/** What target member x's bead-mates leave unexplained in the bead's source (residual.ts). */
function targetMemberResidual(d: Doc, b: BeadShape, x: number): number {
  return b.tgt.length < 2 ? 0 : sourceResidual(d, b.tgt[x]!, b.tgt.filter((_, y) => y !== x), b.src, placeOf(x, b.tgt.length));
}

/**
 * A member's gap from its coverage and length fit at its side's rates. `across`: the member's
 * evidence in its other possible place (targetAcrossEdge); the likelier place counts.
 */
function memberP(r: SideRates, c: Counts, scale: number, posterior: number, fit: number, mtLlr = 0, across = Infinity): number {
  return withEvidence(posterior, Math.min(coverageLlr(r, c, scale) + mtLlr - fit, across));
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
function beadFrame(input: VerdictInput, b: BeadShape): PartFrame {
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
