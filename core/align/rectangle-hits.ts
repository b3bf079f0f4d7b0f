import type { Evidence } from './evidence';

/** Counts the matches a full rectangle of cells would hold; stops counting once past `budget`. */
export type RectangleHits = (ia: number, ib: number, ja: number, jb: number, budget: number) => number;

/**
 * The number of source-unit matches in the cells of source [ia, ib) × target [ja, jb), found
 * without building the cells: Σ over target sentences of how many source units in the range share
 * each of their keys. Linear in the two ranges' keys (one scratch array, cleared by what it touched).
 *
 * Why: the search's cost grows with the matches in its corridor, not only the cells. Ordinary
 * prose has few matches per cell, so a 2,000 × 2,000 rectangle is cheap; a document of one
 * sentence repeated matches in every cell and made the same rectangle take minutes.
 */
export function rectangleHitCounter(ev: Pick<Evidence, 'keyCount' | 'srcKeyStart' | 'srcKey' | 'srcKeyOwnerStart' | 'tgtKeys'>): RectangleHits {
  const owners = new Float64Array(ev.keyCount);
  const touched: number[] = [];
  return (ia, ib, ja, jb, budget) => {
    for (let i = ia; i < ib; i++) {
      for (let e = ev.srcKeyStart[i]!; e < ev.srcKeyStart[i + 1]!; e++) {
        const k = ev.srcKey[e]!;
        if (owners[k] === 0) touched.push(k);
        owners[k] = owners[k]! + (ev.srcKeyOwnerStart[e + 1]! - ev.srcKeyOwnerStart[e]!);
      }
    }
    let hits = 0;
    for (let j = ja; j < jb && hits <= budget; j++) {
      const keys = ev.tgtKeys[j]!;
      for (let x = 0; x < keys.length; x++) hits += owners[keys[x]!]!;
    }
    for (const k of touched) owners[k] = 0;
    touched.length = 0;
    return hits;
  };
}
