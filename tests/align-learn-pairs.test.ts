/**
 * learnPairs: the document's own vocabulary, learned from a first alignment. A name the dictionary
 * lacks (韦小宝 ↔ Trinket) is learned when it recurs in aligned beads; chance co-occurrence is not.
 */
import { describe, expect, it } from 'vitest';
import { learnPairs } from '../core/align/learn-pairs';
import { fixtureLines, realLexicon } from './align-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const en = fixtureLines('strategic-stability/en.txt');
const gold = fixtureLines('strategic-stability/gold-en.align').map((line) => {
  const [s, t] = line.split(':').map((side) => [...side.matchAll(/\d+/g)].map((m) => Number(m[0])));
  return { i: s![0]!, a: s!.length, j: t![0]!, b: t!.length };
});

describe('learnPairs', () => {
  it('learns a recurring name the dictionary lacks', () => {
    // The fixture twice over, with the hero of a novel mentioned in every third sentence pair.
    const src: string[] = [];
    const tgt: string[] = [];
    const beads: Array<{ i: number; a: number; j: number; b: number }> = [];
    for (let round = 0; round < 2; round++) {
      for (const g of gold) {
        const k = beads.length;
        const hero = k % 3 === 0;
        beads.push({ i: src.length, a: g.a, j: tgt.length, b: g.b });
        src.push(...zh.slice(g.i, g.i + g.a).map((s, x) => (hero && x === 0 ? `韦小宝说：${s}` : s)));
        tgt.push(...en.slice(g.j, g.j + g.b).map((s, x) => (hero && x === 0 ? `Trinket said: ${s}` : s)));
      }
    }
    const pairs = learnPairs(src, tgt, beads, 'en', realLexicon());
    const hero = pairs.find((p) => p.key === 'trinket');
    expect(hero).toBeDefined();
    expect('韦小宝').toContain(hero!.zh);
  });

  it('learns nothing from too few beads to be significant', () => {
    expect(learnPairs(zh, en, gold.slice(0, 8), 'en', realLexicon())).toEqual([]);
  });

  it('learns the recurring term of a short statement and nothing the dictionary already gives', () => {
    const pairs = learnPairs(zh, en, gold, 'en', realLexicon());
    // 核武器国家 ("nuclear-weapon states") recurs in most sentences of the fixture.
    expect(pairs.some((p) => p.key === 'nuclear' && '核武器国家'.includes(p.zh.slice(0, 2)))).toBe(true);
    // 双方 → "parti" is a CC-CEDICT sense already: not learned again.
    expect(pairs.some((p) => p.zh.includes('双方'))).toBe(false);
  });

  it('gives a key to the n-gram seen first when several are equally strong, and counts each bead once', () => {
    // Eight beads say 甲乙丙丁 ↔ "alpha", eight 戊己 ↔ "beta", alternating: every n-gram of 甲乙丙丁
    // co-occurs with "alpha" alike (same G²), so competitive linking takes the first one seen.
    const beadsOf = (first: string): { src: string[]; tgt: string[]; beads: Array<{ i: number; a: number; j: number; b: number }> } => {
      const src: string[] = [];
      const tgt: string[] = [];
      const beads: Array<{ i: number; a: number; j: number; b: number }> = [];
      for (let k = 0; k < 16; k++) {
        beads.push({ i: src.length, a: 1, j: tgt.length, b: 1 });
        src.push(k % 2 === 0 ? `${first}。` : '戊己。');
        tgt.push(k % 2 === 0 ? 'alpha.' : 'beta.');
      }
      return { src, tgt, beads };
    };
    const a = beadsOf('甲乙丙丁');
    expect(learnPairs(a.src, a.tgt, a.beads, 'en')).toEqual([
      { zh: '甲乙', key: 'alpha' },
      { zh: '戊己', key: 'beta' },
    ]);
    const b = beadsOf('丙丁甲乙');
    expect(learnPairs(b.src, b.tgt, b.beads, 'en')[0]).toEqual({ zh: '丙丁', key: 'alpha' });
  });

  it('forms n-grams of adjacent usable Han characters only: a supplementary-plane character or a function word breaks them', () => {
    const src: string[] = [];
    const tgt: string[] = [];
    const beads: Array<{ i: number; a: number; j: number; b: number }> = [];
    for (let k = 0; k < 24; k++) {
      beads.push({ i: src.length, a: 1, j: tgt.length, b: 1 });
      // 𠮷 (U+20BB7) is two UTF-16 units; 的 is a function-word character; 庚辛壬 is a plain trigram.
      src.push(['甲𠮷乙。', '丙的丁。', '庚辛壬。'][k % 3]!);
      tgt.push(['alpha.', 'beta.', 'gamma.'][k % 3]!);
    }
    const pairs = learnPairs(src, tgt, beads, 'en');
    expect(pairs.map((p) => p.key)).toEqual(['gamma']);
    expect(['庚辛', '辛壬', '庚辛壬']).toContain(pairs[0]!.zh);
  });
});
