/**
 * A dropped sentence the aligner paired 1:1 with its neighbour's translation (a shifted pair): the
 * neighbour's own sentence is then absorbed into the next bead, and the pair looks like one more
 * weak 1:1. The verdict weighs the alternative that the pair's target translates the source
 * sentence beside it (bead-verdict.ts, neighbourLlr).
 */
import { describe, expect, it } from 'vitest';
import { documentVerdicts } from '../core/align/verdict/bead-verdict';
import { REPORT_PROBABILITY } from '../core/qa/checks/completeness-hidden-gap';
import { loadLexicon } from '../services/lexicon';
import { fixtureLines } from './align-helpers';

const ru = loadLexicon('ru');
// The strategic-stability statement's zh and ru lines, one sentence each, in order.
const zh = fixtureLines('strategic-stability/zh.txt');
const ruLines = fixtureLines('strategic-stability/ru.txt');
/** 遗憾的是，并非所有核武器国家都奉行上述立场。 — its translation is the one the draft drops. */
const DROPPED = 7;

type Bead = { src: number[]; tgt: number[] };

/** Verdicts of `beads` over zh and the translation `tgt`, every sentence's alignment posterior held small and equal. */
function verdicts(tgt: readonly string[], beads: Bead[]) {
  const gaps = { src: new Float64Array(zh.length).fill(0.02), tgt: new Float64Array(tgt.length).fill(0.02) };
  const input = { src: zh, tgt, tgtLang: 'ru' as const, lexicon: ru, srcLength: zh.map((s) => s.length), tgtLength: tgt.map((t) => t.length / 2), params: { lengthRatio: 2.2, lengthVariance: 12, randomSpread: 4 } };
  return documentVerdicts(input, beads, gaps);
}

/** The source gap of the 1:1 bead holding source sentence i. */
function sourceGap(tgt: readonly string[], beads: Bead[], i: number): number {
  const k = beads.findIndex((b) => b.src.length === 1 && b.src[0] === i);
  const v = verdicts(tgt, beads)[k]!;
  return v.gap?.[0] ?? v.src[0]!;
}

describe('a dropped sentence paired with the next sentence’s translation', () => {
  it('is reported: the target it holds is explained by the sentence after it', () => {
    // ru 7 left out; zh 7 paired with ru 8 (zh 8's translation), zh 8 absorbed into zh 9's bead.
    const draft = ruLines.filter((_, j) => j !== DROPPED);
    const beads: Bead[] = zh.flatMap((_, i): Bead[] => (i < DROPPED ? [{ src: [i], tgt: [i] }] : i === DROPPED ? [{ src: [i], tgt: [i] }] : i === DROPPED + 1 ? [] : i === DROPPED + 2 ? [{ src: [i - 1, i], tgt: [i - 1] }] : [{ src: [i], tgt: [i - 1] }]));
    expect(sourceGap(draft, beads, DROPPED)).toBeGreaterThanOrEqual(REPORT_PROBABILITY);
  });

  it('is left alone when the pair is the sentence and its own translation', () => {
    const beads: Bead[] = zh.map((_, i) => ({ src: [i], tgt: [i] }));
    for (let i = 0; i < zh.length; i++) expect(sourceGap(ruLines, beads, i)).toBeLessThan(REPORT_PROBABILITY);
  });
});
