import { BEAD_TYPES } from './bead-types';
import type { BeadScorer } from './scorer';
import { TYPE_A, TYPE_B, type BeadBonus, type ContentMemo, type SearchBead } from './search';

/** How far (in target sentences) from the best path alternative paths are summed over. */
const BAND = 3;
/** Log-probability gap below which an alternative is treated as impossible (e^-20 ≈ 2·10⁻⁹). */
const NEGLIGIBLE = 20;

/**
 * Confidence of each bead of the best path: its posterior probability under the bead model, by the
 * forward–backward algorithm over all alignments that stay within BAND sentences of the best path
 * (the alternatives that matter; the rest carry negligible probability and would cost n × m).
 * `memo`, from the last search with the same content model, supplies the content scores it already
 * computed and keeps the ones computed here (for the next search of that model).
 */
export function beadPosteriors(
  scorer: BeadScorer,
  path: readonly SearchBead[],
  corridor: { lo: Int32Array; hi: Int32Array },
  bonus?: BeadBonus,
  memo?: ContentMemo,
  gaps?: GapPosteriors,
): number[] {
  const { n, m } = scorer.ev;
  memo?.checkModel(scorer);
  const logPrior = scorer.params.logPrior;
  // Band: for each row i, the path's target positions at that row, widened, inside the corridor.
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  const mark = (i: number, j: number): void => {
    lo[i] = Math.min(lo[i]!, j);
    hi[i] = Math.max(hi[i]!, j);
  };
  mark(0, 0);
  for (const b of path) {
    for (let k = 0; k <= b.a; k++) {
      mark(b.i + k, b.j);
      mark(b.i + k, b.j + b.b);
    }
  }
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(corridor.lo[i]!, lo[i]! - BAND);
    hi[i] = Math.min(corridor.hi[i]!, hi[i]! + BAND);
  }
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) start[i + 1] = start[i]! + Math.max(0, hi[i]! - lo[i]! + 1);
  const states = start[n + 1]!;
  const T = BEAD_TYPES.length;
  const at = (i: number, j: number): number => (j < lo[i]! || j > hi[i]! ? -1 : start[i]! + j - lo[i]!);
  const weight = new Float64Array(states * T).fill(-Infinity); // bead ending at state, by type
  const fwd = new Float64Array(states).fill(-Infinity);
  fwd[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const s = at(i, j);
      if (s === 0) continue;
      let sum = -Infinity;
      let top = -Infinity;
      for (let t = 0; t < T; t++) {
        const a = TYPE_A[t]!;
        const b = TYPE_B[t]!;
        if (i - a < 0 || j - b < 0) continue;
        const p = at(i - a, j - b);
        if (p < 0 || fwd[p] === -Infinity) continue;
        const base = logPrior[t]! + (bonus ? bonus(i - a, a, j - b, b) : 0);
        // A bead that even at its best adds less than e^-NEGLIGIBLE of the leading term is left out.
        if (a > 0 && b > 0 && fwd[p]! + base + scorer.bound(i - a, a, j - b, b) < top - NEGLIGIBLE) continue;
        let content = 0;
        if (a > 0 && b > 0) {
          content = memo ? memo.get(i, j, t) : NaN;
          if (Number.isNaN(content)) {
            content = scorer.content(i - a, a, j - b, b);
            memo?.record(i, j, t, content);
          }
        }
        const w = base + content;
        if (w === -Infinity) continue;
        weight[s * T + t] = w;
        sum = logAdd(sum, fwd[p]! + w);
        top = Math.max(top, fwd[p]! + w);
      }
      fwd[s] = sum;
    }
  }
  const end = at(n, m);
  const bwd = new Float64Array(states).fill(-Infinity);
  bwd[end] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = hi[i]!; j >= lo[i]!; j--) {
      const s = at(i, j);
      if (bwd[s] === -Infinity) continue;
      for (let t = 0; t < T; t++) {
        const w = weight[s * T + t]!;
        if (w === -Infinity) continue;
        const p = at(i - TYPE_A[t]!, j - TYPE_B[t]!);
        bwd[p] = logAdd(bwd[p]!, bwd[s]! + w);
      }
    }
  }
  const z = fwd[end]!;
  if (gaps) addGapPosteriors(gaps, { n, m, lo, hi, at, weight, fwd, bwd, z, T });
  return path.map((b) => {
    const s = at(b.i + b.a, b.j + b.b);
    const p = at(b.i, b.j);
    const w = weight[s * T + b.type]!;
    const posterior = Math.exp(fwd[p]! + w + bwd[s]! - z);
    return Number.isFinite(posterior) ? Math.min(1, Math.max(0, posterior)) : 0;
  });
}

/**
 * Per sentence, the posterior probability that it is unaligned (in a 1:0 bead for a source sentence,
 * a 0:1 bead for a target one), summed over every alignment in the band: what the verdict weighs
 * against the sentence's own evidence when the best path hid it inside an n:1 or 1:n bead.
 */
export interface GapPosteriors {
  src: Float64Array;
  tgt: Float64Array;
}

const OMISSION_TYPE = BEAD_TYPES.findIndex(([a, b]) => a === 1 && b === 0);
const ADDITION_TYPE = BEAD_TYPES.findIndex(([a, b]) => a === 0 && b === 1);

interface Lattice {
  n: number;
  m: number;
  lo: Int32Array;
  hi: Int32Array;
  at: (i: number, j: number) => number;
  weight: Float64Array;
  fwd: Float64Array;
  bwd: Float64Array;
  z: number;
  T: number;
}

function addGapPosteriors(gaps: GapPosteriors, l: Lattice): void {
  for (let i = 0; i <= l.n; i++) {
    for (let j = l.lo[i]!; j <= l.hi[i]!; j++) {
      const s = l.at(i, j);
      if (l.bwd[s] === -Infinity) continue;
      if (i > 0) {
        const p = l.at(i - 1, j);
        const w = l.weight[s * l.T + OMISSION_TYPE]!;
        if (p >= 0 && w !== -Infinity) gaps.src[i - 1] = gaps.src[i - 1]! + Math.exp(l.fwd[p]! + w + l.bwd[s]! - l.z);
      }
      if (j > 0) {
        const p = l.at(i, j - 1);
        const w = l.weight[s * l.T + ADDITION_TYPE]!;
        if (p >= 0 && w !== -Infinity) gaps.tgt[j - 1] = gaps.tgt[j - 1]! + Math.exp(l.fwd[p]! + w + l.bwd[s]! - l.z);
      }
    }
  }
}

function logAdd(x: number, y: number): number {
  if (x === -Infinity) return y;
  if (y === -Infinity) return x;
  const hi = Math.max(x, y);
  return hi + Math.log1p(Math.exp(-Math.abs(x - y)));
}
