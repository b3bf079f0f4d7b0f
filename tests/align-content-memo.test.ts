/**
 * The aligner's last search reuses the content scores of the search and posterior pass before it,
 * whose model differs only in the shape priors (issue 13, decision 0003 tenth round). The reuse
 * must give exactly the scores a fresh scorer computes, and must refuse a memo of another model.
 */
import { describe, expect, it } from 'vitest';
import { buildCells } from '../core/align/cells';
import { buildEvidence } from '../core/align/evidence';
import { estimateFromPairs, estimateShapes, initialParams } from '../core/align/model';
import { beadPosteriors } from '../core/align/posterior';
import { BeadScorer } from '../core/align/scorer';
import { cellRowsForCorridor, ContentMemo, corridorAroundPath, corridorFromAnchors, searchBeads, TYPE_A, TYPE_B, TYPE_COUNT } from '../core/align/search';
import { findAnchors } from '../core/align/anchors';
import { fixtureLines, realLexicon } from './align-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const en = fixtureLines('strategic-stability/en.txt');

function firstPass() {
  const ev = buildEvidence({ src: zh, tgt: en, tgtLang: 'en', lexicon: realLexicon() });
  const anchors = findAnchors(ev, initialParams(ev));
  const params = estimateFromPairs(ev, anchors, initialParams(ev), false);
  const corridor = corridorFromAnchors(ev.n, ev.m, anchors, 4);
  const rows = cellRowsForCorridor(ev.n, ev.m, corridor.lo, corridor.hi);
  const cells = buildCells(ev, rows.rowLo, rows.rowHi);
  const scorer = new BeadScorer(ev, cells, params);
  const beads = searchBeads(scorer, corridor.lo, corridor.hi);
  return { ev, cells, params, corridor, scorer, beads };
}

/** Every aligned bead (a, b ≥ 1) ending in the corridor, scored by both scorers. */
function contentsOf(x: BeadScorer, y: BeadScorer, corridor: { lo: Int32Array; hi: Int32Array }): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 1; i < corridor.lo.length; i++) {
    for (let j = Math.max(1, corridor.lo[i]!); j <= corridor.hi[i]!; j++) {
      for (let t = 0; t < TYPE_COUNT; t++) {
        const a = TYPE_A[t]!;
        const b = TYPE_B[t]!;
        if (a === 0 || b === 0 || i - a < 0 || j - b < 0) continue;
        const v = x.content(i - a, a, j - b, b);
        if (v !== -Infinity) out.push([v, y.content(i - a, a, j - b, b)]);
      }
    }
  }
  return out;
}

describe('BeadScorer.withPriors', () => {
  it('shares the tables when only the shape priors change, with the same content scores as a fresh scorer', () => {
    const { ev, cells, params, corridor, scorer, beads } = firstPass();
    const shaped = estimateShapes(beads, params, { omitted: 3, added: 2 });
    const shared = scorer.withPriors(shaped);
    expect(shared.contentKey).toBe(scorer.contentKey);
    const pairs = contentsOf(shared, new BeadScorer(ev, cells, shaped), corridor);
    expect(pairs.length).toBeGreaterThan(1000);
    for (const [a, b] of pairs) expect(a).toBe(b);
  });

  it('computes its own tables when the recalls change', () => {
    const { ev, cells, params, corridor, scorer, beads } = firstPass();
    const ones = beads.filter((b) => b.a === 1 && b.b === 1).map((b) => [b.i, b.j] as const);
    const refit = estimateFromPairs(ev, ones, params);
    expect(Array.from(refit.rSrc)).not.toEqual(Array.from(params.rSrc));
    const other = scorer.withPriors(refit);
    expect(other.contentKey).not.toBe(scorer.contentKey);
    const pairs = contentsOf(other, new BeadScorer(ev, cells, refit), corridor);
    for (const [a, b] of pairs) expect(a).toBe(b);
    expect(contentsOf(other, scorer, corridor).some(([a, b]) => a !== b)).toBe(true);
  });
});

describe('searchBeads with the content scores of an earlier pass', () => {
  it('finds the same beads with the same scores, looking up what the search and posteriors before it scored', () => {
    const { params, corridor, scorer, beads } = firstPass();
    const band = corridorAroundPath(beads, corridor, 6);
    const memo = new ContentMemo(scorer, band.lo, band.hi);
    const second = searchBeads(scorer, band.lo, band.hi, undefined, memo);
    beadPosteriors(scorer, second, corridor, undefined, memo);
    let kept = 0;
    for (let i = 0; i < band.lo.length; i++) {
      for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
        for (let t = 0; t < TYPE_COUNT; t++) {
          const v = memo.get(i, j, t);
          if (Number.isNaN(v)) continue;
          kept++;
          expect(v).toBe(scorer.content(i - TYPE_A[t]!, TYPE_A[t]!, j - TYPE_B[t]!, TYPE_B[t]!));
        }
      }
    }
    expect(kept).toBeGreaterThan(100);
    const next = scorer.withPriors(estimateShapes(second, params, { omitted: 4, added: 1 }));
    const nextBand = corridorAroundPath(second, corridor, 6);
    const reused = searchBeads(next, nextBand.lo, nextBand.hi, undefined, new ContentMemo(next, nextBand.lo, nextBand.hi), memo);
    expect(reused).toEqual(searchBeads(next, nextBand.lo, nextBand.hi));
  });

  it('refuses a memo of another content model', () => {
    const { ev, cells, params, corridor, scorer } = firstPass();
    const memo = new ContentMemo(scorer, corridor.lo, corridor.hi);
    const other = new BeadScorer(ev, cells, { ...params, lexWeight: 0.25 });
    expect(() => searchBeads(other, corridor.lo, corridor.hi, undefined, undefined, memo)).toThrow(/another content model/);
    expect(() => searchBeads(other, corridor.lo, corridor.hi, undefined, memo)).toThrow(/another content model/);
  });
});
