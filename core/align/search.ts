import { BEAD_TYPES, MAX_BEAD_SIDE } from './bead-types';
import { lengthPath } from './length-path';
import type { BeadScorer } from './scorer';
import type { RectangleHits } from './rectangle-hits';

/** A bead found by the search, with its shape and the evidence score behind it. */
export interface SearchBead {
  i: number;
  j: number;
  a: number;
  b: number;
  type: number;
  /** Evidence log-likelihood ratio (0 for 1:0 / 0:1). */
  content: number;
}

/** Extra score for a bead, e.g. paragraph boundaries; 0 when there is nothing to add. */
export type BeadBonus = (i: number, a: number, j: number, b: number) => number;

/** Bead class for the run model: 0 aligned, 1 omission (1:0), 2 addition (0:1). */
export function beadClass(a: number, b: number): number {
  return a > 0 && b > 0 ? 0 : b === 0 ? 1 : 2;
}

const CLASSES = 3;
/** BEAD_TYPES as flat arrays for the inner loops: source count, target count and class of each shape. */
export const TYPE_COUNT = BEAD_TYPES.length;
export const TYPE_A = Int32Array.from(BEAD_TYPES, ([a]) => a);
export const TYPE_B = Int32Array.from(BEAD_TYPES, ([, b]) => b);
const TYPE_CLASS = Int32Array.from(BEAD_TYPES, ([a, b]) => beadClass(a, b));

/**
 * Dynamic programming over bead sequences, restricted to a corridor of states: for each number of
 * source sentences consumed i, the numbers of target sentences lo[i]..hi[i]. A bead's prior is a
 * transition from the class of the bead before it (aligned, omission, addition), so omissions and
 * additions come in runs as they do in real drafts (an untranslated section is one block, not
 * scattered gaps). Returns the best path.
 */
export function searchBeads(scorer: BeadScorer, lo: Int32Array, hi: Int32Array, bonus?: BeadBonus, memo?: ContentMemo, known?: ContentMemo): SearchBead[] {
  const { n, m } = scorer.ev;
  const { logShape, logTrans } = scorer.params;
  const start = memo?.start ?? statesStart(lo, hi);
  if (memo && (memo.lo !== lo || memo.hi !== hi)) throw new Error('content memo built for another corridor');
  memo?.checkModel(scorer);
  known?.checkModel(scorer);
  const memoValues = memo?.values;
  const size = start[n + 1]! * CLASSES;
  const best = new Float64Array(size).fill(-Infinity);
  const back = new Int8Array(size).fill(-1);
  const backClass = new Int8Array(size);
  best[0] = 0; // state (0, 0) as if after an aligned bead
  const top = new Float64Array(CLASSES);
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      const state = start[i]! + j - lo[i]!;
      const here = state * CLASSES;
      top.fill(-Infinity);
      for (let t = 0; t < TYPE_COUNT; t++) {
        const a = TYPE_A[t]!;
        const b = TYPE_B[t]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]!) continue;
        const prevAt = (start[pi]! + pj - lo[pi]!) * CLASSES;
        const c = TYPE_CLASS[t]!;
        let prev = -Infinity;
        let prevClass = 0;
        for (let p = 0; p < CLASSES; p++) {
          const v = best[prevAt + p]! + logTrans[p * CLASSES + c]!;
          if (v > prev) {
            prev = v;
            prevClass = p;
          }
        }
        if (prev === -Infinity) continue;
        let s = prev + logShape[t]! + (bonus ? bonus(pi, a, pj, b) : 0);
        // Skip beads that cannot win even with their most optimistic evidence.
        if (c === 0 && s + scorer.bound(pi, a, pj, b) <= top[c]!) continue;
        let content = 0;
        if (c === 0) {
          // A bead an earlier pass of the same content model scored is looked up, not scored again.
          content = known ? known.get(i, j, t) : NaN;
          if (Number.isNaN(content)) content = scorer.content(pi, a, pj, b);
          if (memoValues) memoValues[state * TYPE_COUNT + t] = content;
        }
        s += content;
        if (s > top[c]!) {
          top[c] = s;
          best[here + c] = s;
          back[here + c] = t;
          backClass[here + c] = prevClass;
        }
      }
    }
  }
  if (m < lo[n]! || m > hi[n]!) throw new Error('alignment corridor does not reach the end of both documents');
  const beads: SearchBead[] = [];
  let i = n;
  let j = m;
  const endAt = (start[n]! + m - lo[n]!) * CLASSES;
  let cls = 0;
  for (let c = 1; c < CLASSES; c++) if (best[endAt + c]! > best[endAt + cls]!) cls = c;
  while (i > 0 || j > 0) {
    const here = (start[i]! + j - lo[i]!) * CLASSES + cls;
    const t = back[here]!;
    if (t < 0) throw new Error(`alignment search found no path through (${i}, ${j})`);
    const [a, b] = BEAD_TYPES[t]!;
    // The winning bead's evidence score: from the memo when there is one (a winner was never pruned,
    // so it is there), else computed again rather than stored for every state (8 bytes per state
    // and class; content() is a pure function of the scorer's tables, so it is the same number).
    const aligned = a > 0 && b > 0;
    const stored = aligned && memoValues ? memoValues[(start[i]! + j - lo[i]!) * TYPE_COUNT + t]! : NaN;
    beads.push({ i: i - a, j: j - b, a, b, type: t, content: !aligned ? 0 : Number.isNaN(stored) ? scorer.content(i - a, a, j - b, b) : stored });
    cls = backClass[here]!;
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

/** Log score of a path under a scorer's model: shape and class-transition priors, bonus, evidence. */
export function pathScore(scorer: BeadScorer, path: readonly SearchBead[], bonus?: BeadBonus): number {
  const { logShape, logTrans } = scorer.params;
  let s = 0;
  let from = 0;
  for (const b of path) {
    const c = TYPE_CLASS[b.type]!;
    s += logTrans[from * CLASSES + c]! + logShape[b.type]! + (bonus ? bonus(b.i, b.a, b.j, b.b) : 0) + b.content;
    from = c;
  }
  return s;
}

/** Offsets of each row's states in a corridor: row i's state j is start[i] + j − lo[i]. */
function statesStart(lo: Int32Array, hi: Int32Array): Int32Array {
  const n = lo.length - 1;
  const start = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) start[i + 1] = start[i]! + Math.max(0, hi[i]! - lo[i]! + 1);
  return start;
}

/**
 * The content score of every bead a search (and the posteriors after it) evaluated, by end state and
 * shape (NaN where it was pruned or never considered), so the posteriors and the next search, which
 * score nearly the same beads with the same content model (only the shape priors differ), look them
 * up instead of scoring them again. Tied to the content model of `scorer` (BeadScorer.withPriors).
 */
export class ContentMemo {
  readonly start: Int32Array;
  readonly values: Float64Array;
  private readonly contentKey: object;

  constructor(
    scorer: BeadScorer,
    readonly lo: Int32Array,
    readonly hi: Int32Array,
  ) {
    this.contentKey = scorer.contentKey;
    this.start = statesStart(lo, hi);
    this.values = new Float64Array(this.start[lo.length]! * TYPE_COUNT).fill(NaN);
  }

  /** content(i − a, a, j − b, b) for the bead of shape t ending at (i, j), if it was scored; NaN otherwise. */
  get(i: number, j: number, t: number): number {
    if (i >= this.lo.length || j < this.lo[i]! || j > this.hi[i]!) return NaN;
    return this.values[(this.start[i]! + j - this.lo[i]!) * TYPE_COUNT + t]!;
  }

  /** Keeps a content score computed outside the search (the posteriors), if (i, j) is in the memo's corridor. */
  record(i: number, j: number, t: number, content: number): void {
    if (i >= this.lo.length || j < this.lo[i]! || j > this.hi[i]!) return;
    this.values[(this.start[i]! + j - this.lo[i]!) * TYPE_COUNT + t] = content;
  }

  /** Refuses a scorer of another content model: its content scores would not be these. */
  checkModel(scorer: BeadScorer): void {
    if (scorer.contentKey !== this.contentKey) throw new Error('content memo used with another content model');
  }
}

/** Largest anchor-to-anchor rectangle searched in full (a 2,000 × 2,000-sentence stretch). */
const MAX_RECTANGLE_CELLS = 4_000_000;
/**
 * Largest number of evidence matches in a rectangle searched in full. Ordinary prose stays far
 * below it (dev sets: ≤ 2,300; the sample repeated 20 times without anchors: 295,000); one sentence
 * repeated 1,500 times has 6.75 million and took minutes as a rectangle: it gets the band instead.
 */
const MAX_RECTANGLE_HITS = 500_000;
/** Half-width, in target sentences, of the band searched along a longer unanchored stretch. */
const LINE_BAND = 250;
/** Half-width of the band around a length-only path through a longer unanchored stretch. */
const LENGTH_PATH_BAND = 40;

/** Sentence lengths and the length model, for the length-only path through long unanchored stretches. */
export interface CorridorLengths {
  src: Float64Array;
  tgt: Float64Array;
  ratio: number;
  variance: number;
}

/**
 * Corridor of DP states from rectangles between consecutive anchors, widened by `margin`: the
 * path must pass near each anchor but is free in between. Without anchors: the whole matrix.
 */
export function corridorFromAnchors(
  n: number,
  m: number,
  anchors: ReadonlyArray<readonly [number, number]>,
  margin: number,
  lengths?: CorridorLengths,
  hits?: RectangleHits,
): { lo: Int32Array; hi: Int32Array } {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const points: Array<readonly [number, number]> = [[0, 0], ...anchors.flatMap(([i, j]) => [[i, j], [i + 1, j + 1]] as const), [n, m]];
  for (let k = 0; k + 1 < points.length; k++) {
    const [ia, ja] = points[k]!;
    const [ib, jb] = points[k + 1]!;
    // A long stretch without anchors (no shared evidence: zh→ru without MT, say) gets a band around
    // the straight line instead of the full rectangle, so memory stays linear in the document size.
    // …and so does a stretch whose cells are dense with matches (repetitive text), which would make
    // the search quadratic in its length.
    const rectangle =
      (ib - ia) * (jb - ja + 2 * margin) <= MAX_RECTANGLE_CELLS &&
      (!hits || hits(ia, ib, Math.max(0, ja - margin), Math.min(m, jb + margin), MAX_RECTANGLE_HITS) <= MAX_RECTANGLE_HITS);
    const slope = ib > ia ? (jb - ja) / (ib - ia) : 0;
    const halfWidth = Math.max(margin, LINE_BAND, Math.ceil(2 * slope));
    // Better than the line: a band around the path the sentence lengths alone give (length-path.ts).
    const path = rectangle || !lengths ? undefined : lengthPath(lengths.src.subarray(ia, ib), lengths.tgt.subarray(ja, jb), lengths.ratio, lengths.variance);
    for (let i = ia; i <= ib; i++) {
      const center = ja + (i - ia) * slope;
      let l = Math.max(0, ja - margin, rectangle ? 0 : Math.floor(center - halfWidth));
      let h = Math.min(m, jb + margin, rectangle ? m : Math.ceil(center + halfWidth));
      if (path) {
        l = Math.max(0, ja - margin, ja + path.lo[i - ia]! - LENGTH_PATH_BAND);
        h = Math.min(m, jb + margin, ja + path.hi[i - ia]! + LENGTH_PATH_BAND);
      }
      if (i === ia && k > 0) {
        lo[i] = Math.min(lo[i]!, l);
        hi[i] = Math.max(hi[i]!, h);
      } else {
        lo[i] = l;
        hi[i] = h;
      }
    }
  }
  return { lo, hi };
}

/**
 * Cell rows needed by the search: a bead ending at state (i, j) reads source sentences i-a..i-1
 * and target sentences j-b..j-1, so cell row i' spans the states of rows i'+1..i'+MAX_BEAD_SIDE.
 */
export function cellRowsForCorridor(n: number, m: number, lo: Int32Array, hi: Int32Array): { rowLo: Int32Array; rowHi: Int32Array } {
  const rowLo = new Int32Array(n);
  const rowHi = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    let l = Infinity;
    let h = -Infinity;
    for (let i = r + 1; i <= Math.min(n, r + MAX_BEAD_SIDE); i++) {
      l = Math.min(l, lo[i]!);
      h = Math.max(h, hi[i]!);
    }
    rowLo[r] = Math.max(0, l - MAX_BEAD_SIDE);
    rowHi[r] = Math.min(m - 1, h - 1);
  }
  return { rowLo, rowHi };
}

/**
 * A narrower corridor for re-running the search after the model was re-estimated: the previous
 * best path widened by `margin`, inside the original corridor (whose cells are the ones computed).
 */
export function corridorAroundPath(path: readonly SearchBead[], outer: { lo: Int32Array; hi: Int32Array }, margin: number): { lo: Int32Array; hi: Int32Array } {
  const n = outer.lo.length - 1;
  const lo = new Int32Array(n + 1).fill(2 ** 30);
  const hi = new Int32Array(n + 1).fill(-1);
  const mark = (i: number, j: number): void => {
    lo[i] = Math.min(lo[i]!, j);
    hi[i] = Math.max(hi[i]!, j);
  };
  mark(0, 0);
  for (const b of path) for (let k = 0; k <= b.a; k++) {
    mark(b.i + k, b.j);
    mark(b.i + k, b.j + b.b);
  }
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(outer.lo[i]!, lo[i]! - margin);
    hi[i] = Math.min(outer.hi[i]!, hi[i]! + margin);
  }
  return { lo, hi };
}
