import type { Evidence } from './evidence';

/**
 * Which evidence units match, for every source × target sentence pair inside a corridor. Stored
 * flat (one row of cells per source sentence) so memory grows with the corridor, not with n × m.
 */
export interface CellHits {
  rowLo: Int32Array;
  rowHi: Int32Array;
  rowStart: Int32Array;
  srcHitStart: Int32Array;
  srcHits: Int32Array;
  tgtHitStart: Int32Array;
  tgtHits: Int32Array;
}

/** Index of cell (i, j), or -1 when it lies outside the stored corridor. */
export function cellIndex(cells: CellHits, i: number, j: number): number {
  if (j < cells.rowLo[i]! || j > cells.rowHi[i]!) return -1;
  return cells.rowStart[i]! + j - cells.rowLo[i]!;
}

/** Matches the evidence of every pair (i, j) with rowLo[i] ≤ j ≤ rowHi[i]. */
export function buildCells(ev: Evidence, rowLo: Int32Array, rowHi: Int32Array): CellHits {
  const n = ev.n;
  const rowStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = rowStart[i]! + Math.max(0, rowHi[i]! - rowLo[i]! + 1);
  const cellCount = rowStart[n]!;
  const srcHitStart = new Int32Array(cellCount + 1);
  const tgtHitStart = new Int32Array(cellCount + 1);
  // Grown by doubling and trimmed at the end: most cells of a wide band hold no match, and room for
  // two per cell up front was 16 bytes a cell kept alive by the result (52 MB on the 20k no-overlap pair).
  let srcHits: Int32Array<ArrayBuffer> = new Int32Array(Math.max(1024, cellCount >> 3));
  let tgtHits: Int32Array<ArrayBuffer> = new Int32Array(Math.max(1024, cellCount >> 3));
  let ns = 0;
  let nt = 0;
  let cell = 0;
  // Row i's keys, found by key id: entryOf[k] is valid while keyStamp[k] = i + 1.
  const keyStamp = new Int32Array(ev.keyCount);
  const entryOf = new Int32Array(ev.keyCount);
  const { srcKeyStart, srcKey, srcKeyBits, srcKeyOwnerStart, srcKeyOwners, tgtUnitKey, tgtUnitChannel } = ev;
  for (let i = 0; i < n; i++) {
    const stamp = i + 1;
    for (let e = srcKeyStart[i]!; e < srcKeyStart[i + 1]!; e++) {
      keyStamp[srcKey[e]!] = stamp;
      entryOf[srcKey[e]!] = e;
    }
    const empty = srcKeyStart[i] === srcKeyStart[i + 1];
    for (let j = rowLo[i]!; j <= rowHi[i]!; j++, cell++) {
      srcHitStart[cell] = ns;
      tgtHitStart[cell] = nt;
      if (empty) continue;
      const keys = ev.tgtKeys[j]!;
      for (let x = 0; x < keys.length; x++) {
        const k = keys[x]!;
        if (keyStamp[k] !== stamp) continue;
        const e = entryOf[k]!;
        for (let o = srcKeyOwnerStart[e]!; o < srcKeyOwnerStart[e + 1]!; o++) {
          if (ns === srcHits.length) srcHits = grow(srcHits);
          srcHits[ns++] = srcKeyOwners[o]!;
        }
      }
      for (let t = ev.tgtUnitStart[j]!; t < ev.tgtUnitStart[j + 1]!; t++) {
        const k = tgtUnitKey[t]!;
        if (keyStamp[k] === stamp && srcKeyBits[entryOf[k]!]! & (1 << tgtUnitChannel[t]!)) {
          if (nt === tgtHits.length) tgtHits = grow(tgtHits);
          tgtHits[nt++] = t;
        }
      }
    }
  }
  srcHitStart[cellCount] = ns;
  tgtHitStart[cellCount] = nt;
  return { rowLo, rowHi, rowStart, srcHitStart, srcHits: srcHits.slice(0, ns), tgtHitStart, tgtHits: tgtHits.slice(0, nt) };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
