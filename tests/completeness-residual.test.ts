/**
 * The residual witness (core/align/verdict/residual.ts): what a member's bead-mates leave
 * unexplained on the other side, in order. A 2:1 bead whose target holds, at the member's place,
 * more than the kept mate's translation says the other member is translated, however freely; a
 * target its mate explains fully says it is not.
 */
import { describe, expect, it } from 'vitest';
import { documentVerdicts } from '../core/align/verdict/bead-verdict';
import { residualLlr } from '../core/align/verdict/residual';
import { fixtureLines, goldOneToOne, realLexicon } from './align-helpers';

describe('residualLlr', () => {
  const rates = { miss: 0.3, dispersion: 1 };
  /** The other side's words in order: "u" unexplained by the mates, "." explained. */
  const words = (pattern: string): boolean[] => [...pattern].map((c) => c === 'u');

  it('says "gap" when the mates explain the other side at a translation’s own rate, "translated" when a run at the member’s place is left over', () => {
    // 20 words, the document leaves 30 % of a translation's words unexplained.
    expect(residualLlr(rates, 0.1, words('.u....u.....u.....u.'), 'first', 0.5)).toBeGreaterThan(1);
    expect(residualLlr(rates, 0.1, words('uuuuuuuuu.u.....u...'), 'first', 0.5)).toBeLessThan(-3);
  });

  it('looks for the member’s rendering where the member sits: a first member at the start, a last one at the end', () => {
    const leftoverAtEnd = words('..u.......uuuuuuuuuu');
    expect(residualLlr(rates, 0.1, leftoverAtEnd, 'last', 0.5)).toBeLessThan(-3);
    // The same words, but the start — where a first member's rendering would be — is the mates'.
    expect(residualLlr(rates, 0.1, leftoverAtEnd, 'first', 0.5)).toBeGreaterThan(0);
    // A middle member's rendering lies inside.
    const leftoverInside = words('...u...uuuuuuu......');
    expect(residualLlr(rates, 0.1, leftoverInside, 'inner', 0.35)).toBeLessThan(-3);
    expect(residualLlr(rates, 0.1, leftoverInside, 'inner', 0.35)).toBeLessThan(residualLlr(rates, 0.1, leftoverInside, 'first', 0.35));
  });

  it('expects a run as long as the member’s share of its own side', () => {
    // Three unexplained words open the target: the whole rendering of a member a tenth of the
    // source long, far too little for a member half of it.
    const shortRun = words('uuu.................');
    expect(residualLlr(rates, 0.1, shortRun, 'first', 0.1)).toBeLessThan(-1);
    expect(residualLlr(rates, 0.1, shortRun, 'first', 0.5)).toBeGreaterThan(1);
  });

  it('is silent with fewer than two words, or in a document where chance explains as much as a translation', () => {
    expect(residualLlr(rates, 0.1, [], 'first', 0.5)).toBe(0);
    expect(residualLlr(rates, 0.1, words('u'), 'last', 0.5)).toBe(0);
    expect(residualLlr({ miss: 0.8, dispersion: 1 }, 0.9, words('uu..u'), 'first', 0.5)).toBe(0);
  });

  it('hears less through a larger over-dispersion, as the member’s own words do', () => {
    const pattern = words('uuuuuuuuu.u.....u...');
    const plain = residualLlr(rates, 0.1, pattern, 'first', 0.5);
    const dispersed = residualLlr({ ...rates, dispersion: 2 }, 0.1, pattern, 'first', 0.5);
    expect(dispersed).toBeLessThan(0);
    expect(dispersed).toBeGreaterThan(plain);
  });
});

/** The first 40 gold 1:1 pairs of the strategic-stability fixture, as source and target lines. */
function firstFortyPairs(): { src: string[]; tgt: string[] } {
  const zh = fixtureLines('strategic-stability/zh.txt');
  const en = fixtureLines('strategic-stability/en.txt');
  const pairs = goldOneToOne('strategic-stability/gold-en.align').slice(0, 40);
  return { src: pairs.map((p) => zh[p.src]!), tgt: pairs.map((p) => en[p.tgt]!) };
}

describe('a member of a 2:1 bead beside what its mate leaves unexplained', () => {
  const { src, tgt } = firstFortyPairs();

  /** Sources 10 and 11 in one bead with target `merged` (its length given: the length witness held equal); every other pair 1:1. */
  const gapOf10 = (merged: string, length: number, source = src): number => {
    const tgt2 = tgt.flatMap((t, j) => (j === 10 ? [] : j === 11 ? [merged] : [t]));
    const beads = src.flatMap((_, x) => (x === 10 ? [] : x === 11 ? [{ src: [10, 11], tgt: [10] }] : [{ src: [x], tgt: [x < 10 ? x : x - 1] }]));
    const gaps = { src: new Float64Array(src.length).fill(0.001), tgt: new Float64Array(tgt2.length) };
    const input = { src: source, tgt: tgt2, tgtLang: 'en' as const, lexicon: realLexicon(), srcLength: src.map((s) => s.length), tgtLength: tgt2.map((t, j) => (j === 10 ? length : t.length)), params: { lengthRatio: 3, lengthVariance: 20, randomSpread: 4 } };
    const k = beads.findIndex((b) => b.src.length === 2);
    return documentVerdicts(input, beads, gaps)[k]!.gap![0]!;
  };

  it('a target holding more than the mate’s translation lowers the member’s gap probability', () => {
    // The extra sentence is none of source 10's words (a free rendering the dictionary cannot
    // follow looks the same to the member's own words): only the residual tells the two apart.
    const extra = 'Nobody in the room expected the talks to last until the early hours of the morning.';
    const merged = `${extra} ${tgt[11]}`;
    const alone = gapOf10(tgt[11]!, merged.length);
    const withMore = gapOf10(merged, merged.length);
    expect(withMore).toBeLessThan(alone / 2);
  });

  it('clears less when the leftover sits at the other end of the target from the member', () => {
    // Source 10 comes first in the bead: its rendering would open the target, not close it.
    const extra = 'Nobody in the room expected the talks to last until the early hours of the morning.';
    const atItsPlace = gapOf10(`${extra} ${tgt[11]}`, extra.length + 1 + tgt[11]!.length);
    const atTheOtherEnd = gapOf10(`${tgt[11]} ${extra}`, extra.length + 1 + tgt[11]!.length);
    expect(atItsPlace).toBeLessThan(atTheOtherEnd / 2);
  });

  it('takes either order when the bead holds a quotation its source introduces ("他说：“…"): the reporting clause may follow the quote', () => {
    // The same two sources, now a spokesman's words quoted over both; a translation may open with
    // the quote and close with "…, the spokesman said". Lengths held equal, as above.
    const quoted = src.map((s, x) => (x === 10 ? `发言人说：“${s}` : x === 11 ? `${s}”` : s));
    const extra = 'Nobody in the room expected the talks to last until the early hours of the morning.';
    const length = extra.length + 1 + tgt[11]!.length;
    const atTheOtherEnd = gapOf10(`${tgt[11]} ${extra}`, length);
    const quotedAtTheOtherEnd = gapOf10(`${tgt[11]} ${extra}`, length, quoted);
    expect(quotedAtTheOtherEnd).toBeLessThan(atTheOtherEnd / 2);
    // Nothing left over at either end: the member is not cleared by the quotation marks alone.
    expect(gapOf10(tgt[11]!, length, quoted)).toBeGreaterThan(quotedAtTheOtherEnd * 2);
  });
});

describe('a lone sentence beside a neighbour whose translation holds more than its own source', () => {
  const { src, tgt } = firstFortyPairs();

  /** Source 10 alone (1:0); target 10 is `beside`, paired with source 11; the rest 1:1. */
  const loneGap = (beside: string): number => {
    const tgt2 = tgt.flatMap((t, j) => (j === 10 ? [] : j === 11 ? [beside] : [t]));
    const beads = src.map((_, x) => (x === 10 ? { src: [x], tgt: [] } : { src: [x], tgt: [x < 10 ? x : x - 1] }));
    const gaps = { src: new Float64Array(src.length), tgt: new Float64Array(tgt2.length) };
    gaps.src[10] = 0.6;
    const input = { src, tgt: tgt2, tgtLang: 'en' as const, lexicon: realLexicon(), srcLength: src.map((s) => s.length), tgtLength: tgt2.map((t) => t.length), params: { lengthRatio: 3, lengthVariance: 20, randomSpread: 4 } };
    return documentVerdicts(input, beads, gaps)[10]!.gap![0]!;
  };

  it('is cleared further when the neighbour’s translation holds words its own source does not explain', () => {
    // A genuine 2:1 the path split into 1:0 + 1:1, rendered freely: the neighbour's translation
    // holds more than source 11's.
    const extra = 'Nobody in the room expected the talks to last until the early hours of the morning.';
    // Source 10 half rendered (the first ten words of its translation) before target 11: the
    // lone sentence's own words leave it in doubt; the neighbour's leftover is the second witness.
    const part = tgt[10]!.split(' ').slice(0, 10).join(' ');
    const alone = loneGap(`${part} ${tgt[11]}`);
    const withMore = loneGap(`${part} ${extra} ${tgt[11]}`);
    expect(withMore).toBeLessThan(alone / 2);
  });
});
