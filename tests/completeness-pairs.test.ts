/**
 * A half translation inside an n:m bead (0004, round 11): the aligner joins a short translation
 * with its neighbour's (2:2) because the lengths fit better together, and the bead's length then
 * hides the missing half. Split into its in-order pairs by the words (bead-pairs.ts), each member's
 * part is judged against its own pair's length, its words still against the whole bead.
 */
import { describe, expect, it } from 'vitest';
import { splitBead, type BeadSide } from '../core/align/verdict/bead-pairs';
import { documentVerdicts } from '../core/align/verdict/bead-verdict';
import { pairedTargets, verdictFingerprint } from '../core/model/verdict';
import { createQaContext, runChecks } from '../core/qa';
import { beadLengths, lengthZ } from '../core/qa/stats/length-ratio';
import { fixtureLines, goldOneToOne, realLexicon } from './align-helpers';
import { makeProject, type BeadSpec } from './fixtures/qa/make-project';

describe('splitBead: which in-order sub-beads the words say an n:m bead is', () => {
  const rates = { miss: 0.3, chance: 0.1, dispersion: 1 };
  /** A side of `lengths.length` members; `shown[x]` lists, per word of member x, the other side's members (bit mask) that show it. */
  const side = (lengths: number[], shown: number[][]): BeadSide => ({ lengths, shownBy: shown, rates });

  it('splits a 2:2 bead whose words each show only in their in-order counterpart', () => {
    const src = side([30, 30], [[1, 1, 1], [2, 2, 2]]);
    const tgt = side([90, 90], [[1, 1, 1], [2, 2, 2]]);
    expect(splitBead(src, tgt)).toEqual([0, 1, 0, 1]);
  });

  it('keeps the bead whole when every word shows in both targets (topic words say nothing) or the words cross over', () => {
    expect(splitBead(side([30, 30], [[3, 3, 3], [3, 3]]), side([90, 90], [[3, 3], [3, 3, 3]]))).toBeUndefined();
    // The first source's words in the second target and the reverse: no in-order split explains them.
    expect(splitBead(side([30, 30], [[2, 2, 2], [1, 1, 1]]), side([90, 90], [[2, 2, 2], [1, 1, 1]]))).toBeUndefined();
  });

  it('weighs a word found only outside its sub-bead at the miss and chance rates: one stray word among many does not undo the split, many do', () => {
    const tgt = side([90, 90], [[1, 1, 1], [2, 2, 2]]);
    expect(splitBead(side([30, 30], [[1, 1, 1, 1, 2], [2, 2, 2]]), tgt)).toEqual([0, 1, 0, 1]);
    expect(splitBead(side([30, 30], [[1, 2, 2, 2], [2, 1, 1]]), tgt)).toBeUndefined();
  });

  it('finds a 1:1 pair beside a 2:1 sub-bead in a 3:2 bead, and leaves 1:n and n:1 beads whole', () => {
    const src = side([30, 40, 30], [[1, 1], [2, 2, 2], [2, 2]]);
    const tgt = side([90, 200], [[1, 1], [2, 2, 4, 4, 4]]);
    expect(splitBead(src, tgt)).toEqual([0, 1, 1, 0, 1]);
    expect(splitBead(side([30], [[1, 2]]), side([40, 50], [[1], [1]]))).toBeUndefined();
    expect(splitBead(side([30, 30], [[1], [1]]), side([90], [[1, 2]]))).toBeUndefined();
  });
});

/** The 1:1 gold pairs of the strategic-stability fixture (zh → en), as source and target lines. */
function goldPairs(): { src: string[]; tgt: string[] } {
  const zh = fixtureLines('strategic-stability/zh.txt');
  const en = fixtureLines('strategic-stability/en.txt');
  const pairs = goldOneToOne('strategic-stability/gold-en.align');
  return { src: pairs.map((p) => zh[p.src]!), tgt: pairs.map((p) => en[p.tgt]!) };
}

describe('pairedTargets: the 1:1 pairs of a split bead, read by the verdict and by QA alike', () => {
  it('gives each source member of a 1:1 sub-bead its target, and none to members of a larger one', () => {
    // 3:2 bead: sources 0 and 1 with target 0 (a 2:1 sub-bead), source 2 with target 1.
    expect(pairedTargets([0, 0, 1, 0, 1], 3, 2)).toEqual([undefined, undefined, 1]);
    // 2:3 bead: source 0 with target 0, source 1 with targets 1 and 2.
    expect(pairedTargets([0, 1, 0, 1, 1], 2, 3)).toEqual([0, undefined]);
    expect(pairedTargets([0, 1, 0, 1], 2, 2)).toEqual([0, 1]);
  });
});

describe('a half translation in a 2:2 bead, judged against its own pair', () => {
  const { src, tgt } = goldPairs();
  // "双方关切地指出,核武器国家紧张关系升级,甚至到了面临直接军事冲突的地步,战略领域的问题和挑战层出不穷,发生核冲突的风险上升。"
  const x = src.findIndex((s) => s.startsWith('双方关切地指出'));
  const full = tgt[x]!;
  const half = 'The Parties note with concern that tensions between nuclear-weapon states are escalating, even to the point of facing a direct military conflict.';
  const lost = src[x]!.normalize('NFKC').indexOf('战略领域');

  /** Sources x and x + 1 in one bead with targets `first` and `second`; every other pair 1:1. */
  const verdictOf = (first: string, second: string) => {
    const tgt2 = tgt.map((t, j) => (j === x ? first : j === x + 1 ? second : t));
    const beads = src.flatMap((_, i) => (i === x + 1 ? [] : i === x ? [{ src: [x, x + 1], tgt: [x, x + 1] }] : [{ src: [i], tgt: [i] }]));
    const gaps = { src: new Float64Array(src.length).fill(0.001), tgt: new Float64Array(tgt2.length).fill(0.001) };
    const input = { src, tgt: tgt2, tgtLang: 'en' as const, lexicon: realLexicon(), srcLength: src.map((s) => s.length), tgtLength: tgt2.map((t) => t.length), params: { lengthRatio: 3, lengthVariance: 20, randomSpread: 4 } };
    return documentVerdicts(input, beads, gaps)[x]!;
  };

  it('pairs each source with its own translation and locates the lost clauses against the pair’s length', () => {
    expect(x).toBeGreaterThanOrEqual(0);
    const v = verdictOf(half, tgt[x + 1]!);
    expect(v.pairs).toEqual([0, 1, 0, 1]);
    const [from, to, p] = v.part!.slice(0, 3);
    // From the lost clauses' first word no target of the bead shows (战略 is the mate's "strategic").
    expect(from).toBeGreaterThanOrEqual(lost);
    expect(from).toBeLessThan(lost + 4);
    expect(to).toBe(src[x]!.normalize('NFKC').length);
    // At the odds a length outlier asks (1 : 3); the mate, fully translated, has no part.
    expect(p).toBeGreaterThan(0.25);
    expect(v.part![5]!).toBeLessThan(0.1);
  });

  it('finds no part when the sentence is translated whole', () => {
    const v = verdictOf(full, tgt[x + 1]!);
    expect(v.part![2]!).toBeLessThan(0.25);
  });

  it('does not call a clause missing that the translator moved into the next sentence of the bead', () => {
    const moved = `Problems and challenges in the strategic domain keep emerging, and the risk of nuclear conflict is rising. ${tgt[x + 1]}`;
    const v = verdictOf(half, moved);
    expect(v.part![2]!).toBeLessThan(0.25);
  });
});

describe('completeness.partial-omission on a split bead', () => {
  // The strategic-stability statement, ten consecutive pairs (qa-completeness.test.ts); pairs 4 and
  // 5 in one 2:2 bead whose first target lost its last two clauses.
  const zh = goldPairs();
  const at = zh.src.findIndex((s) => s.startsWith('双方关切地指出'));
  const pairs: BeadSpec[] = zh.src.slice(0, 10).map((s, i) => [s, zh.tgt[i]!]);
  const half = 'The Parties note with concern that tensions between nuclear-weapon states are escalating, even to the point of facing a direct military conflict.';
  const text = zh.src[at]!;
  const from = text.normalize('NFKC').indexOf('战略领域');

  /** The project with the 2:2 bead, its verdict set by hand (`split`: with the pairs, or without), and the bead's robust length z. */
  const judged = (mate: string, split: boolean) => {
    const specs: BeadSpec[] = [...pairs.slice(0, at), [[text, zh.src[at + 1]!], [half, mate]], ...pairs.slice(at + 2)];
    const project = makeProject({ en: specs });
    const bead = project.alignments.en!.beads[at]!;
    const sentences = (doc: typeof project.source, ids: string[]) => doc.paragraphs.flatMap((para) => para.sentences).filter((s) => ids.includes(s.id));
    const of = verdictFingerprint(sentences(project.source, bead.src), sentences(project.targets.en!, bead.tgt));
    bead.verdict = { of, src: [0, 0], tgt: [0, 0], words: [14, 10], uncovered: ['领域 挑战 层出不穷 冲突 风险 上升', ''], part: [from, text.normalize('NFKC').length, 0.95, 0, 0, 0], ...(split ? { pairs: [0, 1, 0, 1] } : {}) };
    const ctx = createQaContext(project);
    const { source, target } = beadLengths(ctx.beads.en![at]!);
    return { z: lengthZ(ctx.ratioStats.en!, source, target)!, found: runChecks(project).filter((f) => f.check === 'completeness.partial-omission') };
  };

  it('reports the part against the pair: the half translation alone, at its own length', () => {
    expect(at).toBeGreaterThanOrEqual(0);
    const { found } = judged(zh.tgt[at + 1]!, true);
    const [f, ...rest] = found;
    expect(rest).toEqual([]);
    expect(f?.bead).toBe(at);
    expect(f?.source?.sentences).toEqual([`zh-s${at}`]);
    expect(f?.target?.sentences).toEqual([`en-s${at}`]);
    expect(f?.message).toContain('“战略领域的问题和挑战层出不穷,发生核冲突的风险上升。”, is probably not translated (probability 95%)');
    // Judged with the whole bead, the mate's full translation makes up much of the shortfall.
    const whole = judged(zh.tgt[at + 1]!, false).found;
    expect(whole[0]?.target?.sentences).toEqual([`en-s${at}`, `en-s${at + 1}`]);
    const shorter = (m: string | undefined) => Number(/about (\d+)% shorter than/.exec(m ?? '')?.[1]);
    expect(shorter(f?.message)).toBeGreaterThan(shorter(whole[0]?.message) + 15);
  });

  it('stays silent when the bead as a whole is as long as its ratio predicts: the shortfall sits in the mate', () => {
    // The clauses moved into the next sentence, which the translator also rendered at more length.
    const longMate = `Problems and challenges in the strategic domain keep emerging, and the risk of nuclear conflict is rising. ${zh.tgt[at + 1]} This is a matter of grave and growing concern to both Parties.`;
    const moved = judged(longMate, true);
    expect(moved.z).toBeGreaterThanOrEqual(0);
    expect(moved.found).toEqual([]);
  });
});
