import { BEAD_TYPES, MAX_BEAD_SIDE, PRIOR_TYPE_WEIGHTS } from './bead-types';

/**
 * A length-only alignment path for a long stretch with no anchors (no shared evidence over
 * thousands of sentences), by a beam search: row by row, only the target positions within BEAM
 * sentences of the previous row's best state are kept, so time and memory are linear in the
 * stretch and the path follows the true ratio where it changes along the document — which a band
 * around the straight line from corner to corner misses (a first part translated 1:1.3, the rest
 * 1:1, drifts more than a thousand sentences off the line over 20,000). Summing sentences into
 * blocks and aligning those first (coarse to fine, as vecalign does with embeddings) does not work
 * on lengths alone: sums of a few sentences all look alike, and the coarse path wandered 30–80
 * sentences off the truth where the full search has none.
 */

/** Target sentences either side of the previous row's best state that stay in the search. */
const BEAM = 100;

const TYPE_A = Int32Array.from(BEAD_TYPES, ([a]) => a);
const TYPE_B = Int32Array.from(BEAD_TYPES, ([, b]) => b);
const PRIOR_TOTAL = PRIOR_TYPE_WEIGHTS.reduce((s, w) => s + w, 0);
const LOG_PRIOR = Float64Array.from(PRIOR_TYPE_WEIGHTS, (w) => Math.log(w / PRIOR_TOTAL));

/** The states (i, j) a path visits, as the lowest and highest j in each row i = 0..n. */
export interface RowSpan {
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * The best length-only path through srcLength × tgtLength (characters per sentence) found by the
 * beam: Gale–Church's normal model of the length difference (`ratio` target characters per source
 * character, `variance` per source character) with the bead shape priors. Returns the rows it
 * visits, or undefined if the beam lost the end of the target (the caller keeps its wider band).
 */
export function lengthPath(srcLength: Float64Array, tgtLength: Float64Array, ratio: number, variance: number): RowSpan | undefined {
  const n = srcLength.length;
  const m = tgtLength.length;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const start = new Int32Array(n + 2);
  const width = 2 * BEAM + MAX_BEAD_SIDE + 1;
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  const srcPrefix = prefixSums(srcLength);
  const tgtPrefix = prefixSums(tgtLength);
  best[0] = 0;
  hi[0] = Math.min(m, BEAM);
  const beam: Beam = { lo, hi, start, best, back, srcPrefix, tgtPrefix, ratio, variance };
  let centre = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) {
      // What remains must still fit: at most MAX_BEAD_SIDE target sentences per source sentence and back.
      const c = Math.min(Math.max(centre, m - MAX_BEAD_SIDE * (n - i)), MAX_BEAD_SIDE * i);
      lo[i] = Math.max(0, c - BEAM);
      hi[i] = Math.min(m, c + BEAM + MAX_BEAD_SIDE);
    }
    start[i + 1] = start[i]! + hi[i]! - lo[i]! + 1;
    centre = fillRow(beam, i, centre);
  }
  if (m > hi[n]! || best[start[n]! + m - lo[n]!] === -Infinity) return undefined;
  return backtrack({ lo, hi }, start, back, n, m);
}

/** The beam's tables, shared by the rows. */
interface Beam {
  lo: Int32Array;
  hi: Int32Array;
  start: Int32Array;
  best: Float64Array;
  back: Int8Array;
  srcPrefix: Float64Array;
  tgtPrefix: Float64Array;
  ratio: number;
  variance: number;
}

/**
 * Row i of the beam: each state's best bead into it. Returns the j of the row's best state (the
 * next row's centre), or `centre` if the row has none. A function of its own, called once per row,
 * so V8 optimises it as a whole (a one-shot function's loop only gets on-stack replacement).
 */
function fillRow(beam: Beam, i: number, centre: number): number {
  const { lo, hi, start, best, back, srcPrefix, tgtPrefix, ratio, variance } = beam;
  let rowBest = -Infinity;
  for (let j = lo[i]!; j <= hi[i]!; j++) {
    if (i === 0 && j === 0) continue;
    let top = -Infinity;
    let arg = -1;
    for (let t = 0; t < TYPE_A.length; t++) {
      const pi = i - TYPE_A[t]!;
      const pj = j - TYPE_B[t]!;
      if (pi < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
      const prev = best[start[pi]! + pj - lo[pi]!]!;
      if (prev === -Infinity) continue;
      const withPrior = prev + LOG_PRIOR[t]!;
      // The length term is never positive: a bead whose prior alone does not beat the best so far
      // cannot win, and is skipped without computing it (the same sum, so the same path to the bit).
      if (withPrior <= top) continue;
      const s = withPrior + lengthScore(srcPrefix[i]! - srcPrefix[pi]!, tgtPrefix[j]! - tgtPrefix[pj]!, ratio, variance);
      if (s > top) {
        top = s;
        arg = t;
      }
    }
    best[start[i]! + j - lo[i]!] = top;
    back[start[i]! + j - lo[i]!] = arg;
    if (top > rowBest) {
      rowBest = top;
      centre = j;
    }
  }
  return centre;
}

/** The rows the best path ending at (n, m) visits, from the back pointers of the beam. */
function backtrack(band: RowSpan, start: Int32Array, back: Int8Array, n: number, m: number): RowSpan {
  const { lo } = band;
  const pathLo = new Int32Array(n + 1).fill(m);
  const pathHi = new Int32Array(n + 1);
  let i = n;
  let j = m;
  for (;;) {
    pathLo[i] = Math.min(pathLo[i]!, j);
    pathHi[i] = Math.max(pathHi[i]!, j);
    if (i === 0 && j === 0) break;
    const t = back[start[i]! + j - lo[i]!]!;
    if (t < 0) throw new Error(`length path: no path through (${i}, ${j})`);
    // The rows a many-to-one bead skips over are visited at its start's j.
    for (let k = 1; k < TYPE_A[t]!; k++) {
      pathLo[i - k] = Math.min(pathLo[i - k]!, j - TYPE_B[t]!);
      pathHi[i - k] = Math.max(pathHi[i - k]!, j - TYPE_B[t]!);
    }
    i -= TYPE_A[t]!;
    j -= TYPE_B[t]!;
  }
  return { lo: pathLo, hi: pathHi };
}

/**
 * Log density of a bead's length difference (normal, variance growing with the source length, up to
 * a constant), as Gale and Church score it — an omission too, as a bead with one side empty.
 */
function lengthScore(ls: number, lt: number, ratio: number, variance: number): number {
  const d = lt - ls * ratio;
  return (-0.5 * d * d) / (Math.max(ls > 0 ? ls : lt / ratio, 1) * variance);
}

function prefixSums(xs: Float64Array): Float64Array {
  const out = new Float64Array(xs.length + 1);
  for (let k = 0; k < xs.length; k++) out[k + 1] = out[k]! + xs[k]!;
  return out;
}
