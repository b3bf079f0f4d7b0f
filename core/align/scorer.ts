import { CHANNEL_COUNT } from './channels';
import type { CellHits } from './cells';
import type { Evidence } from './evidence';

/**
 * Parameters of the bead model, all estimated from the document pair itself (see model.ts).
 * A bead's score is a log-likelihood ratio: how much better "these sentences translate each other"
 * explains the evidence than "they are unrelated", plus the log prior of the bead's shape.
 */
export interface ModelParams {
  /** Recall per channel, source → target direction (a source unit finds its translation). */
  rSrc: Float64Array;
  /** Recall per channel, target → source direction. */
  rTgt: Float64Array;
  /** Target characters per source character. */
  lengthRatio: number;
  /** Variance of the length difference per source character (Gale–Church's s²). */
  lengthVariance: number;
  /** Spread of the standardised length difference between unrelated sentences. */
  randomSpread: number;
  /** Log prior of each bead shape, indexed like BEAD_TYPES (marginal, for posteriors). */
  logPrior: Float64Array;
  /** Log probability of each shape within its class (0 for 1:0 and 0:1, alone in theirs). */
  logShape: Float64Array;
  /** Log transition probability between bead classes (aligned, omission, addition), 3 × 3 row-major. */
  logTrans: Float64Array;
  /** Weight of each direction of lexical evidence (0.5: the two directions see the same links). */
  lexWeight: number;
}

/** Scores beads over a corridor of matched cells. Keeps scratch arrays to avoid allocation per bead. */
export class BeadScorer {
  private readonly srcStamp: Int32Array;
  private readonly tgtStamp: Int32Array;
  private stamp = 0;
  private readonly logMissSrc: Float64Array;
  private readonly logMissTgt: Float64Array;
  private readonly srcMissPrefix: Float64Array;
  private readonly tgtMissPrefix: Float64Array;
  private readonly srcLenPrefix: Float64Array;
  private readonly tgtLenPrefix: Float64Array;
  /**
   * Per cell, an upper bound of what its matches can add to any bead containing it: each match
   * scored against the smallest possible span (a bonus only shrinks as the span grows).
   */
  private readonly cellBound: Float64Array;
  /**
   * Per hit, its log-likelihood ratio against the smallest span (the hit's own target sentence for
   * a source hit, its own source sentence for a target hit): what every bead one sentence wide on
   * the other side scores for it, computed once instead of in each such bead.
   */
  private readonly srcHitValue: Float64Array;
  private readonly tgtHitValue: Float64Array;
  /** Length term constants: 1 − 1/r² for the deviation (r the random spread). */
  private readonly lengthSlope: number;
  /** Largest value the length term can take (a perfect length match). */
  readonly maxLength: number;
  private readonly tables: ContentTables;
  /** Identity of the content model: scorers with the same key give the same content() (see withPriors). */
  get contentKey(): object {
    return this.tables;
  }

  constructor(
    readonly ev: Evidence,
    readonly cells: CellHits,
    readonly params: ModelParams,
    tables: ContentTables = contentTables(ev, cells, params),
  ) {
    this.tables = tables;
    this.srcStamp = new Int32Array(ev.srcUnitChannel.length);
    this.tgtStamp = new Int32Array(ev.tgtUnitChannel.length);
    this.logMissSrc = tables.logMissSrc;
    this.logMissTgt = tables.logMissTgt;
    this.srcMissPrefix = tables.srcMissPrefix;
    this.tgtMissPrefix = tables.tgtMissPrefix;
    this.srcLenPrefix = tables.srcLenPrefix;
    this.tgtLenPrefix = tables.tgtLenPrefix;
    this.cellBound = tables.cellBound;
    this.srcHitValue = tables.srcHitValue;
    this.tgtHitValue = tables.tgtHitValue;
    this.lengthSlope = tables.lengthSlope;
    this.maxLength = tables.maxLength;
  }

  /**
   * A scorer of the same evidence under other shape and class-transition priors. Content scores
   * and bounds do not read those priors, so when the rest of the model (recalls, length model,
   * lexical weight) is unchanged the new scorer shares this one's tables instead of scoring every
   * hit of the corridor again, and gives the same content() to the last bit.
   */
  withPriors(params: ModelParams): BeadScorer {
    return sameContentModel(this.params, params) ? new BeadScorer(this.ev, this.cells, params, this.tables) : new BeadScorer(this.ev, this.cells, params);
  }

  /** An upper bound of content(i0, a, j0, b), cheap enough to prune the search with. */
  bound(i0: number, a: number, j0: number, b: number): number {
    const { rowLo, rowHi, rowStart } = this.cells;
    const cellBound = this.cellBound;
    let s = this.srcMissPrefix[i0 + a]! - this.srcMissPrefix[i0]! + this.tgtMissPrefix[j0 + b]! - this.tgtMissPrefix[j0]!;
    for (let i = i0; i < i0 + a; i++) {
      // A bead reaching outside the stored corridor cannot be scored (cellIndex < 0 for its cells).
      if (j0 < rowLo[i]! || j0 + b - 1 > rowHi[i]!) return -Infinity;
      const first = rowStart[i]! + j0 - rowLo[i]!;
      for (let cell = first; cell < first + b; cell++) s += cellBound[cell]!;
    }
    return this.params.lexWeight * s + this.maxLength;
  }

  /**
   * Evidence log-likelihood ratio of aligning source [i0, i0+a) with target [j0, j0+b), shape
   * prior excluded. Both sides non-empty. Returns -Infinity if a needed cell is outside the corridor.
   */
  content(i0: number, a: number, j0: number, b: number): number {
    return this.lexical(i0, a, j0, b) + this.length(i0, a, j0, b);
  }

  /** Length log-likelihood ratio (Gale–Church deviation, aligned vs unrelated). */
  length(i0: number, a: number, j0: number, b: number): number {
    const p = this.params;
    const ls = this.srcLenPrefix[i0 + a]! - this.srcLenPrefix[i0]!;
    const lt = this.tgtLenPrefix[j0 + b]! - this.tgtLenPrefix[j0]!;
    const mean = (ls + lt / p.lengthRatio) / 2;
    const delta = (lt - p.lengthRatio * ls) / Math.sqrt(p.lengthVariance * Math.max(1, mean));
    return -0.5 * delta * delta * this.lengthSlope + this.maxLength;
  }

  /** Lexical log-likelihood ratio over all channels, both directions. */
  lexical(i0: number, a: number, j0: number, b: number): number {
    const ev = this.ev;
    const { rowLo, rowHi, rowStart, srcHitStart, srcHits, tgtHitStart, tgtHits } = this.cells;
    const p = this.params;
    const stamp = ++this.stamp;
    const nT = ev.tgtKeyPrefix[j0 + b]! - ev.tgtKeyPrefix[j0]!;
    let src = this.srcMissPrefix[i0 + a]! - this.srcMissPrefix[i0]!;
    let tgt = this.tgtMissPrefix[j0 + b]! - this.tgtMissPrefix[j0]!;
    for (let i = i0; i < i0 + a; i++) {
      if (j0 < rowLo[i]! || j0 + b - 1 > rowHi[i]!) return -Infinity;
      const first = rowStart[i]! + j0 - rowLo[i]!;
      for (let cell = first; cell < first + b; cell++) {
        for (let h = srcHitStart[cell]!; h < srcHitStart[cell + 1]!; h++) {
          const u = srcHits[h]!;
          if (this.srcStamp[u] === stamp) continue;
          this.srcStamp[u] = stamp;
          if (b === 1) {
            src += this.srcHitValue[h]!;
            continue;
          }
          const c = ev.srcUnitChannel[u]!;
          src += hitBonusLog(ev.srcUnitLog1mQ[u]!, nT, p.rSrc[c]!) - this.logMissSrc[c]!;
        }
        for (let h = tgtHitStart[cell]!; h < tgtHitStart[cell + 1]!; h++) {
          const t = tgtHits[h]!;
          if (this.tgtStamp[t] === stamp) continue;
          this.tgtStamp[t] = stamp;
          if (a === 1) {
            tgt += this.tgtHitValue[h]!;
            continue;
          }
          const c = ev.tgtUnitChannel[t]!;
          const prefix = ev.srcChannelPrefix[c]!;
          tgt += hitBonusLog(ev.tgtUnitLog1mQ[t]!, prefix[i0 + a]! - prefix[i0]!, p.rTgt[c]!) - this.logMissTgt[c]!;
        }
      }
    }
    return p.lexWeight * (src + tgt);
  }
}

/**
 * What a scorer precomputes from the evidence and the content model (recalls, length model): the
 * sentences' misses, every hit's value, the cells' bounds. Passed to the constructor only by
 * `withPriors`; anyone else lets the constructor compute them.
 */
export interface ContentTables {
  logMissSrc: Float64Array;
  logMissTgt: Float64Array;
  srcMissPrefix: Float64Array;
  tgtMissPrefix: Float64Array;
  srcLenPrefix: Float64Array;
  tgtLenPrefix: Float64Array;
  cellBound: Float64Array;
  srcHitValue: Float64Array;
  tgtHitValue: Float64Array;
  lengthSlope: number;
  maxLength: number;
}

function contentTables(ev: Evidence, cells: CellHits, params: ModelParams): ContentTables {
  const logMissSrc = new Float64Array(CHANNEL_COUNT);
  const logMissTgt = new Float64Array(CHANNEL_COUNT);
  for (let c = 0; c < CHANNEL_COUNT; c++) {
    logMissSrc[c] = Math.log(1 - params.rSrc[c]!);
    logMissTgt[c] = Math.log(1 - params.rTgt[c]!);
  }
  const srcMiss = new Float64Array(ev.n);
  for (let i = 0; i < ev.n; i++) {
    let s = 0;
    for (let u = ev.srcUnitStart[i]!; u < ev.srcUnitStart[i + 1]!; u++) if (ev.srcUnitQ[u]! > 0) s += logMissSrc[ev.srcUnitChannel[u]!]!;
    srcMiss[i] = s;
  }
  const tgtMiss = new Float64Array(ev.m);
  for (let j = 0; j < ev.m; j++) {
    let s = 0;
    for (let t = ev.tgtUnitStart[j]!; t < ev.tgtUnitStart[j + 1]!; t++) if (ev.tgtUnitQ[t]! > 0) s += logMissTgt[ev.tgtUnitChannel[t]!]!;
    tgtMiss[j] = s;
  }
  const cellBound = new Float64Array(cells.srcHitStart.length - 1);
  const srcHitValue = new Float64Array(cells.srcHits.length);
  const tgtHitValue = new Float64Array(cells.tgtHits.length);
  for (let i = 0; i < ev.n; i++) {
    for (let j = cells.rowLo[i]!; j <= cells.rowHi[i]!; j++) {
      const cell = cells.rowStart[i]! + j - cells.rowLo[i]!;
      const nT = ev.tgtKeyPrefix[j + 1]! - ev.tgtKeyPrefix[j]!;
      let b = 0;
      for (let h = cells.srcHitStart[cell]!; h < cells.srcHitStart[cell + 1]!; h++) {
        const u = cells.srcHits[h]!;
        const c = ev.srcUnitChannel[u]!;
        const v = hitBonusLog(ev.srcUnitLog1mQ[u]!, nT, params.rSrc[c]!) - logMissSrc[c]!;
        srcHitValue[h] = v;
        b += Math.max(0, v);
      }
      for (let h = cells.tgtHitStart[cell]!; h < cells.tgtHitStart[cell + 1]!; h++) {
        const t = cells.tgtHits[h]!;
        const c = ev.tgtUnitChannel[t]!;
        const prefix = ev.srcChannelPrefix[c]!;
        const v = hitBonusLog(ev.tgtUnitLog1mQ[t]!, prefix[i + 1]! - prefix[i]!, params.rTgt[c]!) - logMissTgt[c]!;
        tgtHitValue[h] = v;
        b += Math.max(0, v);
      }
      cellBound[cell] = b;
    }
  }
  return {
    logMissSrc, logMissTgt,
    srcMissPrefix: prefixSums(srcMiss), tgtMissPrefix: prefixSums(tgtMiss),
    srcLenPrefix: prefixSums(ev.srcLength), tgtLenPrefix: prefixSums(ev.tgtLength),
    cellBound, srcHitValue, tgtHitValue,
    lengthSlope: 1 - 1 / (params.randomSpread * params.randomSpread),
    maxLength: Math.log(params.randomSpread),
  };
}

/** True when two models score every bead's content alike: they differ at most in the shape and transition priors. */
function sameContentModel(x: ModelParams, y: ModelParams): boolean {
  return (
    x.lengthRatio === y.lengthRatio &&
    x.lengthVariance === y.lengthVariance &&
    x.randomSpread === y.randomSpread &&
    x.lexWeight === y.lexWeight &&
    sameValues(x.rSrc, y.rSrc) &&
    sameValues(x.rTgt, y.rTgt)
  );
}

function sameValues(x: Float64Array, y: Float64Array): boolean {
  if (x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (!Object.is(x[k], y[k])) return false;
  return true;
}

/**
 * Log-likelihood ratio of a match for a unit with per-key chance q among n candidate keys, when
 * true translations show it with probability r: log((r + (1−r)·p0) / p0), p0 = 1 − (1−q)^n.
 * Rare words matched are strong evidence; common ones that would match anyway count for little.
 */
export function hitBonus(q: number, n: number, r: number): number {
  return hitBonusLog(Math.log1p(-q), n, r);
}

/** hitBonus with log(1 − q) precomputed (the scorer's inner loop). */
export function hitBonusLog(log1mq: number, n: number, r: number): number {
  const p0 = Math.max(1e-9, -Math.expm1(Math.max(1, n) * log1mq));
  return Math.log(1 - r + r / p0);
}

function prefixSums(xs: ArrayLike<number>): Float64Array {
  const p = new Float64Array(xs.length + 1);
  for (let k = 0; k < xs.length; k++) p[k + 1] = p[k]! + xs[k]!;
  return p;
}
