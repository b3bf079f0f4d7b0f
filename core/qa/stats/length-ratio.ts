import type { BeadView, RatioStats } from '../types';

/** Below this many beads a document's own length ratio distribution says too little to judge a bead by. */
export const MIN_BEADS_FOR_STATS = 8;

/** Short beads ("一" ↔ "I") have ratios dominated by noise; they neither feed nor face the statistics. */
export const MIN_SOURCE_CHARS = 12;

/** Scales the median absolute deviation to a standard-deviation estimate for normal data. */
const MAD_TO_SD = 1.4826;

/** Characters that carry meaning: letters, Han characters and digits, not spaces or punctuation. */
function contentLength(text: string): number {
  let n = 0;
  for (const ch of text) if (/[\p{L}\p{N}]/u.test(ch)) n++;
  return n;
}

/** log(target length / source length) of a bead, or undefined when the bead is too short or one-sided. */
export function beadLogRatio(bead: BeadView): number | undefined {
  const src = bead.source.reduce((n, s) => n + contentLength(s.sentence.text), 0);
  const tgt = bead.target.reduce((n, s) => n + contentLength(s.sentence.text), 0);
  if (src < MIN_SOURCE_CHARS || tgt === 0) return undefined;
  return Math.log(tgt / src);
}

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Median and scaled MAD of the beads' log length ratios: robust statistics, so the very omissions we
 * hunt for (and a few odd beads) do not shift the yardstick the way a mean and standard deviation would.
 */
export function lengthRatioStats(beads: readonly BeadView[]): RatioStats | undefined {
  const ratios: number[] = [];
  for (const b of beads) {
    const r = beadLogRatio(b);
    if (r !== undefined) ratios.push(r);
  }
  if (ratios.length < MIN_BEADS_FOR_STATS) return undefined;
  ratios.sort((a, b) => a - b);
  const m = median(ratios);
  const deviations = ratios.map((r) => Math.abs(r - m)).sort((a, b) => a - b);
  return { median: m, spread: median(deviations) * MAD_TO_SD, count: ratios.length };
}
