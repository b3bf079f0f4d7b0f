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

/** Scratch arrays for addPairCounts, allocated once per estimate instead of sets per pair. */
export interface PairScratch {
  mark: number;
  keyStamp: Int32Array;
  entryOf: Int32Array;
  unitStamp: Int32Array;
}

export function pairScratch(ev: Evidence): PairScratch {
  return { mark: 0, keyStamp: new Int32Array(ev.keyCount), entryOf: new Int32Array(ev.keyCount), unitStamp: new Int32Array(ev.srcUnitChannel.length) };
}

/** Adds the evidence of the 1:1 pair (i, j) to the running counts. */
export function addPairCounts(ev: Evidence, i: number, j: number, into: { src: PairCounts; tgt: PairCounts }, scratch: PairScratch = pairScratch(ev)): void {
  const mark = ++scratch.mark;
  const { keyStamp, entryOf, unitStamp } = scratch;
  for (let e = ev.srcKeyStart[i]!; e < ev.srcKeyStart[i + 1]!; e++) {
    keyStamp[ev.srcKey[e]!] = mark;
    entryOf[ev.srcKey[e]!] = e;
  }
  const nT = ev.tgtKeyPrefix[j + 1]! - ev.tgtKeyPrefix[j]!;
  // Source units hit: those owning a key of target sentence j.
  const keys = ev.tgtKeys[j]!;
  for (let x = 0; x < keys.length; x++) {
    const k = keys[x]!;
    if (keyStamp[k] !== mark) continue;
    const e = entryOf[k]!;
    for (let o = ev.srcKeyOwnerStart[e]!; o < ev.srcKeyOwnerStart[e + 1]!; o++) unitStamp[ev.srcKeyOwners[o]!] = mark;
  }
  for (let u = ev.srcUnitStart[i]!; u < ev.srcUnitStart[i + 1]!; u++) {
    if (ev.srcUnitQ[u] === 0) continue;
    const c = ev.srcUnitChannel[u]!;
    into.src.units[c]!++;
    if (unitStamp[u] === mark) into.src.hits[c]!++;
    into.src.chance[c]! += chance(ev.srcUnitQ[u]!, nT);
  }
  for (let t = ev.tgtUnitStart[j]!; t < ev.tgtUnitStart[j + 1]!; t++) {
    if (ev.tgtUnitQ[t] === 0) continue;
    const c = ev.tgtUnitChannel[t]!;
    into.tgt.units[c]!++;
    const k = ev.tgtUnitKey[t]!;
    if (keyStamp[k] === mark && ev.srcKeyBits[entryOf[k]!]! & (1 << c)) into.tgt.hits[c]!++;
    into.tgt.chance[c]! += chance(ev.tgtUnitQ[t]!, ev.srcChannelPrefix[c]![i + 1]! - ev.srcChannelPrefix[c]![i]!);
  }
}

/** Probability that a unit with per-key chance q matches one of n keys by accident. */
export function chance(q: number, n: number): number {
  return -Math.expm1(Math.max(1, n) * Math.log1p(-q));
}
