/**
 * A stretch of lone beads — source sentences in 1:0 beads and target sentences in 0:1 beads, side by
 * side between the same two aligned beads — is either a section replaced by another (the sources
 * omitted, the targets added) or a translated stretch whose pairs the aligner found too little
 * evidence for (chat text with a thin dictionary). The aligner's run model makes the second look
 * like the first: once a run of omissions has begun, more of them are cheap. The stretch's own
 * words decide between the two here, pooled over the stretch and judged at the document's measured
 * coverage rates (member-gap.ts): do its source words show in its targets, and its target words in
 * its sources, as a translation's do, or only as often as chance has them?
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
export function stretchGap(srcRates: SideRates, tgtRates: SideRates, src: Counts, tgt: Counts, stretch: Pick<LoneStretch, 'src' | 'tgt'>): number {
  return withEvidence(0.5, coverageLlr(srcRates, src, stretch.tgt.length) + coverageLlr(tgtRates, tgt, stretch.src.length));
}
