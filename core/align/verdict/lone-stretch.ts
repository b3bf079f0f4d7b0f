/**
 * A stretch of lone beads — source sentences in 1:0 beads and target sentences in 0:1 beads, side by
 * side between the same two aligned beads — is either a section replaced by another (the sources
 * omitted, the targets added) or a translated stretch whose pairs the aligner found too little
 * evidence for (chat text with a thin dictionary). The aligner's run model makes the second look
 * like the first: once a run of omissions has begun, more of them are cheap. The stretch's own
 * words decide between the two here, pooled over the stretch and judged at the document's measured
 * coverage rates (member-gap.ts): do its source words show in its targets, and its target words in
 * its sources, as a translation's do, or only as often as chance has them? With a machine
 * translation the same two questions are asked of its words too (a second witness, as for a member).
 */
import { coverageLlr, withEvidence, type Counts, type SideRates } from './member-gap';

/** A run of lone beads holding both kinds: bead indices [from, to). */
export interface LoneStretch {
  from: number;
  to: number;
  src: number[];
  tgt: number[];
}

/** The runs of consecutive 1:0 / 0:1 beads that hold at least one source and one target sentence. */
export function loneStretches(beads: ReadonlyArray<{ src: readonly number[]; tgt: readonly number[] }>): LoneStretch[] {
  const out: LoneStretch[] = [];
  let k = 0;
  while (k < beads.length) {
    if (!isLone(beads[k]!)) {
      k++;
      continue;
    }
    const run: LoneStretch = { from: k, to: k, src: [], tgt: [] };
    for (; k < beads.length && isLone(beads[k]!); k++) {
      for (const i of beads[k]!.src) run.src.push(i);
      for (const j of beads[k]!.tgt) run.tgt.push(j);
    }
    run.to = k;
    if (run.src.length > 0 && run.tgt.length > 0) out.push(run);
  }
  return out;
}

function isLone(b: { src: readonly unknown[]; tgt: readonly unknown[] }): boolean {
  return (b.src.length === 0) !== (b.tgt.length === 0);
}

/**
 * The probability that the stretch's sentences have no counterparts among each other (a replaced
 * section) rather than translating each other, from even odds: the pooled words' log-likelihood
 * ratios, each side looking into all the sentences of the other (chance grows with their number).
 */
export function stretchGap(srcRates: SideRates, tgtRates: SideRates, src: Counts, tgt: Counts, stretch: Pick<LoneStretch, 'src' | 'tgt'>, mt?: StretchMt): number {
  const mtLlr = mt ? sideLlr(mt.srcRates, mt.src, stretch.tgt.length) + sideLlr(mt.tgtRates, mt.tgt, stretch.src.length) : 0;
  return withEvidence(0.5, coverageLlr(srcRates, src, stretch.tgt.length) + coverageLlr(tgtRates, tgt, stretch.src.length) + mtLlr);
}

/**
 * The machine translation's witness of a stretch (mt-evidence.ts), pooled the same way: the
 * sources' MT words found in the stretch's targets, the targets' words found in the sources' MT,
 * each at the MT's own rates (undefined where the document could not measure them).
 */
export interface StretchMt {
  srcRates: SideRates | undefined;
  tgtRates: SideRates | undefined;
  src: Counts;
  tgt: Counts;
}

function sideLlr(rates: SideRates | undefined, c: Counts, scale: number): number {
  return rates ? coverageLlr(rates, c, scale) : 0;
}
