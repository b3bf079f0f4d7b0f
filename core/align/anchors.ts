import { Channel } from './channels';
import type { Evidence } from './evidence';
import { hitBonus } from './scorer';
import type { ModelParams } from './scorer';

/** Units more likely than this to match a random sentence are too common to anchor on. */
const ANCHOR_MAX_Q = 0.01;
/** Extra evidence (nats) an anchor needs beyond the multiple-comparison cost of its window. */
const ANCHOR_MARGIN = 4;
/** Evidence keys expected more often than this in a search window are skipped by the first pass. */
const MAX_EXPECTED_IN_WINDOW = 4;

/**
 * First pass: confident 1:1 pairs found through rare shared evidence (numbers, names, rare words,
 * MT), near the diagonal, mutual best matches, then the longest chain that keeps them in order.
 * A pair is kept when its evidence beats log(window size) — the chance of finding that much
 * evidence somewhere in the window by accident — by a margin, and beats the runner-up by the same.
 */
export function findAnchors(ev: Evidence, params: ModelParams): Array<[number, number]> {
  const { n, m } = ev;
  if (n === 0 || m === 0) return [];
  // Postings of each key over target sentences (ascending), as one flat array.
  const K = ev.keyCount;
  const postStart = new Int32Array(K + 1);
  for (let j = 0; j < m; j++) {
    const keys = ev.tgtKeys[j]!;
    for (let x = 0; x < keys.length; x++) postStart[keys[x]! + 1]!++;
  }
  for (let k = 0; k < K; k++) postStart[k + 1]! += postStart[k]!;
  const postings = new Int32Array(postStart[K]!);
  const fill = postStart.slice(0, K);
  for (let j = 0; j < m; j++) {
    const keys = ev.tgtKeys[j]!;
    for (let x = 0; x < keys.length; x++) postings[fill[keys[x]!]!++] = j;
  }
  const window = Math.max(50, Math.ceil(0.1 * Math.max(n, m)));
  // Target sentences a source sentence is compared with: the window, clipped to the target (a draft
  // of a few sentences is searched whole), which is also the room a key's postings spread over.
  const span = Math.min(2 * window + 1, m);
  // The multiple-comparison cost counts both ways: a target sentence is compared with every source
  // sentence whose window reaches it, all of them when the target is a short part of the source.
  const sourceSpan = Math.min(Math.ceil(((2 * window + 1) * n) / m), n);
  const threshold = Math.log(Math.max(span, sourceSpan)) + ANCHOR_MARGIN;
  const bestOfTarget = new Float64Array(m).fill(-Infinity);
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  // Scores of the target sentences touched for this source sentence, in order of first touch.
  const score = new Float64Array(m);
  const touched = new Uint8Array(m);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let x = 0; x < order.length; x++) {
      const j = order[x]!;
      score[j] = 0;
      touched[j] = 0;
    }
    order.length = 0;
    const center = (i * m) / n;
    const lo = Math.max(0, Math.floor(center - window));
    const hi = Math.min(m - 1, Math.ceil(center + window));
    for (let e = ev.srcKeyStart[i]!; e < ev.srcKeyStart[i + 1]!; e++) {
      const ownersFrom = ev.srcKeyOwnerStart[e]!;
      const ownersTo = ev.srcKeyOwnerStart[e + 1]!;
      if (ownersFrom === ownersTo) continue; // a name-only key: no unit of its own
      const k = ev.srcKey[e]!;
      const listFrom = postStart[k]!;
      const listTo = postStart[k + 1]!;
      // Keys expected more than a few times in the window cannot single out one sentence.
      if (listFrom === listTo || ((listTo - listFrom) * span) / m > MAX_EXPECTED_IN_WINDOW) continue;
      let bonus = -Infinity;
      for (let o = ownersFrom; o < ownersTo; o++) {
        const u = ev.srcKeyOwners[o]!;
        const c = ev.srcUnitChannel[u]!;
        if (c === Channel.Punct || ev.srcUnitQ[u]! > ANCHOR_MAX_Q) continue;
        bonus = Math.max(bonus, hitBonus(ev.srcUnitQ[u]!, 12, params.rSrc[c]!) - Math.log(1 - params.rSrc[c]!));
      }
      if (bonus === -Infinity) continue;
      for (let p = lowerBound(postings, listFrom, listTo, lo); p < listTo && postings[p]! <= hi; p++) {
        const j = postings[p]!;
        if (!touched[j]) {
          touched[j] = 1;
          order.push(j);
        }
        score[j] = score[j]! + bonus;
      }
    }
    let best = -Infinity;
    let second = 0;
    let arg = -1;
    for (let x = 0; x < order.length; x++) {
      const j = order[x]!;
      const s = score[j]!;
      if (s > best) {
        second = Math.max(second, best);
        best = s;
        arg = j;
      } else if (s > second) second = s;
    }
    if (arg >= 0 && best >= threshold && best - second >= ANCHOR_MARGIN) {
      candidates.push({ i, j: arg, score: best });
      bestOfTarget[arg] = Math.max(bestOfTarget[arg]!, best);
    }
  }
  const mutual = candidates.filter((c) => c.score >= bestOfTarget[c.j]!);
  return longestChain(mutual);
}

/** First position p in a[from, to) with a[p] >= x. */
function lowerBound(a: Int32Array, from: number, to: number, x: number): number {
  let l = from;
  let h = to;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (a[mid]! < x) l = mid + 1;
    else h = mid;
  }
  return l;
}

/** Longest chain increasing in both i and j (patience sorting, O(k log k)); i is already increasing. */
function longestChain(cands: ReadonlyArray<{ i: number; j: number }>): Array<[number, number]> {
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev = new Int32Array(cands.length).fill(-1);
  cands.forEach((c, k) => {
    let l = 0;
    let h = tails.length;
    while (l < h) {
      const mid = (l + h) >> 1;
      if (tails[mid]! < c.j) l = mid + 1;
      else h = mid;
    }
    tails[l] = c.j;
    tailIdx[l] = k;
    prev[k] = l > 0 ? tailIdx[l - 1]! : -1;
  });
  const out: Array<[number, number]> = [];
  for (let k = tails.length ? tailIdx[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push([cands[k]!.i, cands[k]!.j]);
  return out.reverse();
}
