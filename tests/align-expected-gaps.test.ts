/**
 * Shape priors with the posteriors' expected gaps (round 5): the Viterbi path absorbs short omitted
 * sentences into 2:1 beads, so its own count of 1:0 beads understates the omission rate.
 */
import { describe, expect, it } from 'vitest';
import { lexiconFromPairs } from '../core/align';
import { BEAD_TYPES } from '../core/align/bead-types';
import { buildEvidence, extractTokens } from '../core/align/evidence';
import { estimateShapes, initialParams } from '../core/align/model';

const type = (a: number, b: number): number => BEAD_TYPES.findIndex(([x, y]) => x === a && y === b);

function params() {
  const input = { src: ['第一句。', '第二句。'], tgt: ['First.', 'Second.'], tgtLang: 'en' as const, lexicon: lexiconFromPairs([]) };
  return initialParams(buildEvidence(input, extractTokens(input)));
}

/** 40 beads: 37 1:1, one 2:1 (hiding an omission), one 1:0, one 0:1. */
const beads = [
  ...Array.from({ length: 20 }, () => ({ a: 1, b: 1, type: type(1, 1) })),
  { a: 2, b: 1, type: type(2, 1) },
  { a: 1, b: 0, type: type(1, 0) },
  { a: 0, b: 1, type: type(0, 1) },
  ...Array.from({ length: 17 }, () => ({ a: 1, b: 1, type: type(1, 1) })),
];

describe('estimateShapes with expected gaps', () => {
  it('raises the omission prior and the aligned → omission transition when the posteriors expect more omissions than the path has', () => {
    const path = estimateShapes(beads, params());
    const soft = estimateShapes(beads, params(), { omitted: 3.2, added: 1 });
    expect(soft.logPrior[type(1, 0)]!).toBeGreaterThan(path.logPrior[type(1, 0)]!);
    expect(soft.logTrans[1]!).toBeGreaterThan(path.logTrans[1]!);
    expect(soft.logTrans[3]!).toBeGreaterThan(path.logTrans[3]!); // omission → aligned: the extra gaps are isolated
    // Still distributions: the shape priors and each transition row sum to 1.
    expect(Array.from(soft.logPrior).reduce((s, x) => s + Math.exp(x), 0)).toBeCloseTo(1, 12);
    for (let from = 0; from < 3; from++) expect(Math.exp(soft.logTrans[from * 3]!) + Math.exp(soft.logTrans[from * 3 + 1]!) + Math.exp(soft.logTrans[from * 3 + 2]!)).toBeCloseTo(1, 12);
  });

  it('never lowers a rate below the path count (fewer expected gaps than 1:0 beads)', () => {
    const path = estimateShapes(beads, params());
    const soft = estimateShapes(beads, params(), { omitted: 0.2, added: 0 });
    expect(Array.from(soft.logPrior)).toEqual(Array.from(path.logPrior));
    expect(Array.from(soft.logTrans)).toEqual(Array.from(path.logTrans));
  });
});
