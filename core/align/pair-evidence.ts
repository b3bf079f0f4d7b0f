import { CHANNEL_COUNT } from './channels';
import type { Evidence } from './evidence';

/**
 * Per-channel hit counts of one sentence pair, with the hits expected by chance: the sufficient
 * statistics for estimating each channel's recall from pairs believed to be translations.
 */
export interface PairCounts {
  units: Float64Array;
  hits: Float64Array;
  chance: Float64Array;
}

export function emptyCounts(): { src: PairCounts; tgt: PairCounts } {
  const make = (): PairCounts => ({ units: new Float64Array(CHANNEL_COUNT), hits: new Float64Array(CHANNEL_COUNT), chance: new Float64Array(CHANNEL_COUNT) });
  return { src: make(), tgt: make() };
}

/** Adds the evidence of the 1:1 pair (i, j) to the running counts. */
export function addPairCounts(ev: Evidence, i: number, j: number, into: { src: PairCounts; tgt: PairCounts }): void {
  const tgtKeys = new Set(ev.tgtKeys[j]);
  const nT = ev.tgtKeyPrefix[j + 1]! - ev.tgtKeyPrefix[j]!;
  const owners = ev.srcKeyUnits[i]!;
  const hitUnits = new Set<number>();
  for (const k of tgtKeys) for (const u of owners.get(k) ?? []) hitUnits.add(u);
  const base = ev.srcUnitStart[i]!;
  for (let u = base; u < ev.srcUnitStart[i + 1]!; u++) {
    if (ev.srcUnitQ[u] === 0) continue;
    const c = ev.srcUnitChannel[u]!;
    into.src.units[c]!++;
    if (hitUnits.has(u - base)) into.src.hits[c]!++;
    into.src.chance[c]! += chance(ev.srcUnitQ[u]!, nT);
  }
  const mask = ev.srcKeyMask[i]!;
  for (let t = ev.tgtUnitStart[j]!; t < ev.tgtUnitStart[j + 1]!; t++) {
    if (ev.tgtUnitQ[t] === 0) continue;
    const c = ev.tgtUnitChannel[t]!;
    into.tgt.units[c]!++;
    const bits = mask.get(ev.tgtUnitKey[t]!);
    if (bits !== undefined && bits & (1 << c)) into.tgt.hits[c]!++;
    into.tgt.chance[c]! += chance(ev.tgtUnitQ[t]!, ev.srcChannelPrefix[c]![i + 1]! - ev.srcChannelPrefix[c]![i]!);
  }
}

/** Probability that a unit with per-key chance q matches one of n keys by accident. */
export function chance(q: number, n: number): number {
  return -Math.expm1(Math.max(1, n) * Math.log1p(-q));
}
