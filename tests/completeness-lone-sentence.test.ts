/**
 * A lone sentence (1:0 or 0:1 bead) is reported only when it is probably unaligned: the aligner's
 * marginal posterior and the sentence's own words against the sentences beside it
 * (core/align/verdict/bead-verdict.ts; completeness.omission / addition leave it out otherwise).
 */
import { describe, expect, it } from 'vitest';
import { documentVerdicts } from '../core/align/verdict/bead-verdict';
import { completenessAddition } from '../core/qa/checks/completeness-addition';
import { completenessOmission } from '../core/qa/checks/completeness-omission';
import { REPORT_PROBABILITY } from '../core/qa/checks/completeness-hidden-gap';
import { fixtureLines, goldOneToOne, realLexicon } from './align-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const en = fixtureLines('strategic-stability/en.txt');
const lexicon = realLexicon();
const gold = goldOneToOne('strategic-stability/gold-en.align');

/** The gold 1:1 pairs, in order: a document of sound translations to plant a gap in. */
const pairs = gold.slice(0, 40);
const src = pairs.map((p) => zh[p.src]!);
const tgt = pairs.map((p) => en[p.tgt]!);
const input = {
  src,
  tgt,
  tgtLang: 'en' as const,
  lexicon,
  srcLength: src.map((s) => s.length),
  tgtLength: tgt.map((t) => t.length),
  params: { lengthRatio: 3, lengthVariance: 20, randomSpread: 4 },
};

/** Beads 1:1 everywhere except pair k, given as 1:0 + 0:1 (the best path's shape), with `posterior` of being unaligned. */
function splitAt(k: number, posterior: number, dropTarget = false) {
  const beads = pairs.flatMap((_, x) => {
    if (x !== k) return [{ src: [x], tgt: [x] }];
    return dropTarget ? [{ src: [x], tgt: [] }] : [{ src: [x], tgt: [] }, { src: [], tgt: [x] }];
  });
  const gaps = { src: new Float64Array(src.length), tgt: new Float64Array(tgt.length) };
  gaps.src[k] = posterior;
  gaps.tgt[k] = posterior;
  return { beads, verdicts: documentVerdicts(input, beads, gaps) };
}

describe('lone sentences judged against their neighbours', () => {
  it('the test document is long enough to measure its rates', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(12);
  });

  it('clears a 1:0 + 0:1 pair whose sentences translate each other', () => {
    const { beads, verdicts } = splitAt(10, 0.9);
    const lone = beads.flatMap((b, x) => (b.src.length + b.tgt.length === 1 ? [verdicts[x]!] : []));
    expect(lone).toHaveLength(2);
    for (const v of lone) expect(v.gap![0]).toBeLessThan(REPORT_PROBABILITY);
  });

  it('keeps a dropped sentence whose words the neighbours do not show', () => {
    // Source 10 loses its translation: its neighbours are the translations of 9 and 11.
    const beads = pairs.flatMap((_, x) => (x === 10 ? [{ src: [x], tgt: [] }] : [{ src: [x], tgt: [x] }]));
    const gaps = { src: new Float64Array(src.length), tgt: new Float64Array(tgt.length) };
    gaps.src[10] = 0.9;
    const v = documentVerdicts({ ...input, tgt: tgt.map((t, j) => (j === 10 ? '' : t)) }, beads, gaps)[10]!;
    expect(v.gap![0]).toBeGreaterThan(0.5);
  });

  it('raises a dropped sentence whose posterior the aligner kept low when its words show in neither neighbour', () => {
    // The path left source 10 alone but the forward–backward pass found merging it into a
    // neighbour nearly as likely (posterior 0.1). Its translation is gone: its words are in
    // neither neighbour, as the document's recall says they would be if it were translated there.
    const beads = pairs.flatMap((_, x) => (x === 10 ? [{ src: [x], tgt: [] }] : [{ src: [x], tgt: [x] }]));
    const gaps = { src: new Float64Array(src.length), tgt: new Float64Array(tgt.length) };
    gaps.src[10] = 0.1;
    const v = documentVerdicts({ ...input, tgt: tgt.map((t, j) => (j === 10 ? '' : t)) }, beads, gaps)[10]!;
    expect(v.gap![0]).toBeGreaterThan(REPORT_PROBABILITY);
  });

  it('clears a genuine 2:1 split into 1:0 + 1:1 when the neighbour’s translation carries its words; keeps a dropped one', () => {
    // Source 10 is translated inside target 11 (the translator merged 10 and 11); the best path
    // left it alone. Dropped: target 11 translates source 11 only.
    const beads = pairs.map((_, x) => (x === 10 ? { src: [x], tgt: [] } : { src: [x], tgt: [x < 10 ? x : x - 1] }));
    const judge = (merged: boolean) => {
      const tgt2 = tgt.flatMap((t, j) => (j === 10 ? [] : j === 11 && merged ? [`${tgt[10]} ${t}`] : [t]));
      const gaps = { src: new Float64Array(src.length), tgt: new Float64Array(tgt2.length) };
      gaps.src[10] = 0.6;
      const lengths = { srcLength: input.srcLength, tgtLength: tgt2.map((t) => t.length) };
      return documentVerdicts({ ...input, ...lengths, tgt: tgt2 }, beads, gaps)[10]!.gap![0]!;
    };
    expect(judge(true)).toBeLessThan(REPORT_PROBABILITY);
    expect(judge(false)).toBeGreaterThan(0.5);
  });

  it('omission and addition stay silent for a lone sentence probably placed, report it otherwise', () => {
    const view = (gap: number | undefined, side: 'src' | 'tgt') =>
      ({
        index: 0,
        lang: 'en',
        source: side === 'src' ? [{ sentence: { id: 's1', text: '他们同意。' } }] : [],
        target: side === 'tgt' ? [{ sentence: { id: 't1', text: 'They agreed.' } }] : [],
        verdict: gap === undefined ? undefined : { of: 'x', src: [], tgt: [], gap: [gap] },
      }) as never;
    const ctx = {} as never;
    expect(completenessOmission.run(view(0.1, 'src'), ctx)).toHaveLength(0);
    expect(completenessOmission.run(view(0.6, 'src'), ctx)).toHaveLength(1);
    expect(completenessOmission.run(view(undefined, 'src'), ctx)).toHaveLength(1);
    expect(completenessAddition.run(view(0.1, 'tgt'), ctx)).toHaveLength(0);
    expect(completenessAddition.run(view(0.6, 'tgt'), ctx)).toHaveLength(1);
  });
});

describe('a 1:1 pair judged by its strong words', () => {
  // Forty sound pairs whose numbers every translation carries over (the pair under test is one of
  // the document's 1:1 beads too: with few of them, its own misses would set the rates).
  const cities = ['上海', '北京', '广州', '深圳', '天津', '重庆', '南京'];
  const cityEn = ['Shanghai', 'Beijing', 'Guangzhou', 'Shenzhen', 'Tianjin', 'Chongqing', 'Nanjing'];
  const zh2 = Array.from({ length: 40 }, (_, k) => `${1980 + k} 年，该公司在${cities[k % 7]}雇用了 ${130 + 17 * k} 名员工。`);
  const en2 = Array.from({ length: 40 }, (_, k) => `In ${1980 + k} the company employed ${130 + 17 * k} people in ${cityEn[k % 7]}.`);
  const verdictOf = (tgt: string[], k: number) => {
    const beads = zh2.map((_, x) => ({ src: [x], tgt: [x] }));
    const gaps = { src: new Float64Array(40).fill(0.01), tgt: new Float64Array(40).fill(0.01) };
    const v = documentVerdicts({ ...input, src: zh2, tgt, srcLength: zh2.map((t) => t.length), tgtLength: tgt.map((t) => t.length) }, beads, gaps);
    return v[k]!;
  };

  it('flags a pair whose translation shows none of the source numbers, both ways', () => {
    const swapped = en2.map((t, j) => (j === 6 ? 'Its founder later moved abroad and opened a small restaurant.' : t));
    const v = verdictOf(swapped, 6);
    expect(v.gap![0]).toBeGreaterThan(REPORT_PROBABILITY);
    // The stand-in has no numbers of its own: nothing strong says it is an addition.
    expect(v.gap![1]).toBeLessThan(REPORT_PROBABILITY);
  });

  it('leaves a sound pair alone', () => {
    const v = verdictOf(en2, 6);
    expect(v.gap![0]).toBeLessThan(REPORT_PROBABILITY);
    expect(v.gap![1]).toBeLessThan(REPORT_PROBABILITY);
  });
});
