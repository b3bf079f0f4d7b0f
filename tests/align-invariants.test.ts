/**
 * Bead invariants of alignSentences on random inputs (fast-check): ordered, every sentence of both
 * sides covered exactly once, confidences in [0, 1] — including empty documents and one empty side.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, lexiconFromPairs } from '../core/align';
import { corridorFromAnchors } from '../core/align/search';
import { expectValidBeads, fixtureLines } from './align-helpers';

const zhPool = fixtureLines('strategic-stability/zh.txt');
const enPool = fixtureLines('strategic-stability/en.txt');
const ruPool = fixtureLines('strategic-stability/ru.txt');
// A small lexicon keeps the property runs fast; the real one is exercised in align-planted.test.ts.
const lexicon = lexiconFromPairs([
  ['双方', { stems: ['parti', 'side'], pinyin: [] }],
  ['核武器', { stems: ['nuclear', 'weapon'], pinyin: [] }],
  ['国家', { stems: ['state', 'countri'], pinyin: [] }],
  ['安全', { stems: ['secur', 'safe'], pinyin: [] }],
]);

const sentence = (pool: string[]) =>
  fc.oneof(
    fc.constantFrom(...pool),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', '。', '2022', '«»', '“?”'),
  );

describe('alignSentences invariants', () => {
  it('covers every sentence once, in order, for zh→en', () => {
    fc.assert(
      fc.property(fc.array(sentence(zhPool), { maxLength: 25 }), fc.array(sentence(enPool), { maxLength: 30 }), (src, tgt) => {
        expectValidBeads(alignSentences(src, tgt, { tgtLang: 'en', lexicon }), src.length, tgt.length);
      }),
      { numRuns: 150 },
    );
  });

  it('covers every sentence once, in order, for zh→ru with machine translation', () => {
    fc.assert(
      fc.property(fc.array(sentence(zhPool), { maxLength: 20 }), fc.array(sentence(ruPool), { maxLength: 25 }), (src, tgt) => {
        const mt = src.map((_, i) => ruPool[i % ruPool.length]!);
        expectValidBeads(alignSentences(src, tgt, { tgtLang: 'ru', mt }), src.length, tgt.length);
      }),
      { numRuns: 100 },
    );
  });

  it('turns a document with one side empty into omissions or additions only', () => {
    fc.assert(
      fc.property(fc.array(sentence(zhPool), { maxLength: 10 }), fc.boolean(), (side, sourceSide) => {
        const src = sourceSide ? side : [];
        const tgt = sourceSide ? [] : side;
        const beads = alignSentences(src, tgt, { tgtLang: 'en' });
        expectValidBeads(beads, src.length, tgt.length);
        expect(beads.every((b) => b.src.length + b.tgt.length === 1)).toBe(true);
      }),
    );
  });

  it('returns no beads for two empty documents', () => {
    expect(alignSentences([], [], { tgtLang: 'en' })).toEqual([]);
  });

  it('rejects a machine translation whose length differs from the source', () => {
    expect(() => alignSentences(['一。', '二。'], ['One.'], { tgtLang: 'en', mt: ['One.'] })).toThrow(/mt has 1 lines but the source has 2/);
  });
});

describe('search corridor', () => {
  it('stays linear in size on a long stretch without anchors, and connects start to end', () => {
    const n = 10_000;
    const m = 13_000;
    const { lo, hi } = corridorFromAnchors(n, m, [], 4);
    let states = 0;
    for (let i = 0; i <= n; i++) {
      expect(lo[i]!).toBeLessThanOrEqual(hi[i]!);
      if (i > 0) expect(lo[i]!).toBeLessThanOrEqual(hi[i - 1]! + 1); // each row reachable from the one before
      states += hi[i]! - lo[i]! + 1;
    }
    expect(lo[0]).toBe(0);
    expect(hi[n]).toBe(m);
    expect(states).toBeLessThan(n * 600);
  });

  it('searches the whole rectangle between anchors when it is small', () => {
    const { lo, hi } = corridorFromAnchors(300, 400, [[100, 130]], 4);
    expect(lo[50]).toBe(0);
    expect(hi[50]).toBe(134);
    expect(lo[250]).toBe(127);
    expect(hi[250]).toBe(400);
  });
});
