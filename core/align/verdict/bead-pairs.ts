/**
 * An n:m bead split into its likeliest sub-beads (pairs), so a half translation is judged against
 * its own counterpart and not averaged away by a bead-mate's full one (0004, round 11).
 *
 * The aligner joins 2:2, 3:2 … beads when the lengths fit better together, e.g. a short (half)
 * translation beside a long one. Inside the bead the words usually still say who renders whom: a
 * word of "如今，前现代的天文台大多已经被淘汰…" shows in the first target, the next sentence's words in
 * the second. Two hypotheses per member word the other side shows (its counterparts: which of the
 * other side's members show it):
 *   whole — the bead is one unit: the word's rendering lies in any of the other side's members,
 *           each with probability its share of that side's length;
 *   split — the bead is these sub-beads, in order: the rendering lies in the member's own
 *           sub-bead (each of its members by length share there); found only outside it, the word
 *           is a rendering the sub-bead lacks (the side's miss rate m) that a neighbouring
 *           sentence shows by chance (c, measured on neighbouring 1:1 beads).
 * A word every member shows (a topic word) weighs the same under both. Words no member shows are
 * missed under both and cancel. Per word the log ratio is divided by the side's over-dispersion,
 * as the coverage witnesses elsewhere; the split is taken when its summed ratio is positive. Every
 * rate is the document's own (measured on its 1:1 beads): nothing here is fitted to a test set.
 * With a machine translation its words are a second witness of the same shape (`mt`): a source
 * member's MT words found in the target members, a target member's words found in the source
 * members' MT, at the MT's own rates (mt-evidence.ts).
 *
 * The verdict judges a member's missing part against its sub-bead only when that is a 1:1 pair
 * (bead-verdict.ts): a 2:1 sub-bead of literary prose rendered freely is short as often as a half
 * translation (round 11: one false alarm on mac-dev, none gained).
 */

/** One side's rates (member-gap.ts SideRates): miss rate, chance of a neighbour showing a word, over-dispersion. */
export interface SplitRates {
  miss: number;
  chance: number;
  dispersion: number;
}

export interface BeadSide {
  /** Per member, in order: its length (aligner units). */
  lengths: readonly number[];
  /** Per member: for each of its distinct evidence words the other side shows, a bit mask of the other side's members that show it. */
  shownBy: ReadonlyArray<readonly number[]>;
  rates: SplitRates;
}

/** Beads with more members than this on a side are left whole (the split is enumerated). */
const MAX_MEMBERS = 6;

/** A bead of n source and m target sentences can hold two sub-beads with members on both sides, and is small enough to enumerate. */
export function splittable(n: number, m: number): boolean {
  return n >= 2 && m >= 2 && n <= MAX_MEMBERS && m <= MAX_MEMBERS;
}

/**
 * Per member (source members first, then target members) the index of its sub-bead, when a split
 * into two or more in-order sub-beads, each with members on both sides, is likelier than the whole
 * bead; undefined otherwise.
 */
export function splitBead(src: BeadSide, tgt: BeadSide, mt?: { src: BeadSide; tgt: BeadSide }): number[] | undefined {
  const n = src.lengths.length;
  const m = tgt.lengths.length;
  if (!splittable(n, m)) return undefined;
  let best: { llr: number; groups: number[] } | undefined;
  // Cut masks: bit x set = a sub-bead ends after member x. Both sides need the same number of cuts.
  for (let srcCuts = 1; srcCuts < 1 << (n - 1); srcCuts++) {
    for (let tgtCuts = 1; tgtCuts < 1 << (m - 1); tgtCuts++) {
      if (bitCount(srcCuts) !== bitCount(tgtCuts)) continue;
      const srcGroup = groupsOf(srcCuts, n);
      const tgtGroup = groupsOf(tgtCuts, m);
      const mtLlr = mt ? sideLlr(mt.src, srcGroup, tgtGroup, tgt.lengths) + sideLlr(mt.tgt, tgtGroup, srcGroup, src.lengths) : 0;
      const llr = sideLlr(src, srcGroup, tgtGroup, tgt.lengths) + sideLlr(tgt, tgtGroup, srcGroup, src.lengths) + mtLlr;
      if (llr > 0 && (!best || llr > best.llr)) best = { llr, groups: [...srcGroup, ...tgtGroup] };
    }
  }
  return best?.groups;
}

/** The sub-bead of each of `count` members, given the cut mask. */
function groupsOf(cuts: number, count: number): number[] {
  const out: number[] = [];
  let g = 0;
  for (let x = 0; x < count; x++) {
    out.push(g);
    if (cuts & (1 << x)) g++;
  }
  return out;
}

function bitCount(mask: number): number {
  let c = 0;
  for (let v = mask; v; v &= v - 1) c++;
  return c;
}

/** One side's log ratio, split against whole, summed over its members' shown words. */
function sideLlr(side: BeadSide, ownGroup: readonly number[], otherGroup: readonly number[], otherLengths: readonly number[]): number {
  // Every member takes some room, however short its counted length (a line of digits only).
  const length = (y: number): number => Math.max(1, otherLengths[y]!);
  let total = 0;
  for (let y = 0; y < otherLengths.length; y++) total += length(y);
  const shareOf = (mask: number): number => {
    let s = 0;
    for (let y = 0; y < otherLengths.length; y++) if (mask & (1 << y)) s += length(y);
    return s / total;
  };
  const { miss, chance, dispersion } = side.rates;
  const strayed = Math.log(miss * chance);
  let llr = 0;
  side.shownBy.forEach((words, x) => {
    let groupMask = 0;
    otherGroup.forEach((g, y) => {
      if (g === ownGroup[x]) groupMask |= 1 << y;
    });
    const groupShare = shareOf(groupMask);
    for (const shown of words) {
      const whole = Math.log((1 - miss) * shareOf(shown));
      const inGroup = shown & groupMask;
      llr += (inGroup ? Math.log((1 - miss) * (shareOf(inGroup) / groupShare)) : strayed) - whole;
    }
  });
  return llr / dispersion;
}
