/**
 * The aligner on highly repetitive text (issue 12): one sentence repeated took 260 s for 1 MB, as a
 * stretch without anchors was searched as a full rectangle whose every cell matched. Growth is
 * asserted on the corridor's size (cells searched), never on wall-clock time.
 */
import { describe, expect, it } from 'vitest';
import { alignSentences, lexiconFromPairs } from '../core/align';
import { buildCells } from '../core/align/cells';
import { buildEvidence, extractTokens } from '../core/align/evidence';
import { initialParams } from '../core/align/model';
import { rectangleHitCounter } from '../core/align/rectangle-hits';
import { cellRowsForCorridor, corridorFromAnchors } from '../core/align/search';

const ZH = '双方坚信各国人民命运与共,各国不能以牺牲他国安全来保障自身安全。';
const EN = 'The two sides are convinced that all peoples share a common destiny and that no state may ensure its own security at the expense of others.';
const lexicon = lexiconFromPairs([
  ['双方', { stems: ['side'], pinyin: [] }],
  ['人民', { stems: ['peopl'], pinyin: [] }],
  ['命运', { stems: ['destini'], pinyin: [] }],
  ['安全', { stems: ['secur'], pinyin: [] }],
  ['国家', { stems: ['state'], pinyin: [] }],
]);

function evidenceOf(src: string[], tgt: string[]) {
  const input = { src, tgt, tgtLang: 'en' as const, lexicon };
  return buildEvidence(input, extractTokens(input));
}

/** Cells of the corridor the search would walk for a stretch with no anchors at all. */
function corridorCells(n: number, withHits: boolean): number {
  const src = Array<string>(n).fill(ZH);
  const tgt = Array<string>(n).fill(EN);
  const ev = evidenceOf(src, tgt);
  const params = initialParams(ev);
  const lengths = { src: ev.srcLength, tgt: ev.tgtLength, ratio: params.lengthRatio, variance: params.lengthVariance };
  const { lo, hi } = corridorFromAnchors(n, n, [], 4, lengths, withHits ? rectangleHitCounter(ev) : undefined);
  const rows = cellRowsForCorridor(n, n, lo, hi);
  let cells = 0;
  for (let i = 0; i < n; i++) cells += Math.max(0, rows.rowHi[i]! - rows.rowLo[i]! + 1);
  return cells;
}

describe('repetitive text', () => {
  it('counts a rectangle’s matches exactly as the cells would hold them', () => {
    const src = [ZH, '核武器。', ZH, '双方重申。'];
    const tgt = [EN, 'Nuclear weapons.', 'The sides reaffirm.', EN];
    const ev = evidenceOf(src, tgt);
    const rowLo = new Int32Array(src.length);
    const rowHi = new Int32Array(src.length).fill(tgt.length - 1);
    const cells = buildCells(ev, rowLo, rowHi);
    const stored = cells.srcHitStart[cells.srcHitStart.length - 1]!;
    expect(stored).toBeGreaterThan(0);
    expect(rectangleHitCounter(ev)(0, src.length, 0, tgt.length, Infinity)).toBe(stored);
  });

  it('searches a band, not the whole rectangle, when every cell matches: the corridor grows linearly', () => {
    const small = corridorCells(600, true);
    const large = corridorCells(1200, true);
    expect(large / small).toBeLessThan(2.2);
    // Without the match count it is the full rectangle, four times larger for twice the text.
    expect(corridorCells(1200, false) / corridorCells(600, false)).toBeGreaterThan(3.8);
  });

  it('still aligns one repeated sentence one to one', () => {
    const n = 500;
    const beads = alignSentences(Array<string>(n).fill(ZH), Array<string>(n).fill(EN), { tgtLang: 'en', lexicon });
    expect(beads).toHaveLength(n);
    beads.forEach((b, k) => {
      expect(b.src).toEqual([k]);
      expect(b.tgt).toEqual([k]);
    });
  });
});
