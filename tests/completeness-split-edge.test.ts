/**
 * A target member at the edge of a 1:n bead may be a sentence the translator split off the
 * NEIGHBOURING source sentence's rendering, which the aligner attached to this bead: translated,
 * just not here (core/align/verdict/bead-verdict.ts, targetAcrossEdge). A foreign sentence in the
 * same place is still an addition.
 */
import { describe, expect, it } from 'vitest';
import { documentVerdicts } from '../core/align/verdict/bead-verdict';
import { REPORT_PROBABILITY } from '../core/qa/checks/completeness-hidden-gap';
import { fixtureLines, goldOneToOne, realLexicon } from './align-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const en = fixtureLines('strategic-stability/en.txt');
const pairs = goldOneToOne('strategic-stability/gold-en.align').slice(0, 40);
const src = pairs.map((p) => zh[p.src]!);
const tgt = pairs.map((p) => en[p.tgt]!);
const lexicon = realLexicon();

/** Source 10, 相关导弹飞行时间短、覆盖面广,且针对其他核武器国家境内目标。, rendered as two sentences. */
const SPLIT = ['Such missiles have short flight times and a wide coverage.', 'They are aimed at targets on the territory of other nuclear-weapon states.'];
/** A sentence of no source sentence here. */
const FOREIGN = 'The festival drew record crowds to the lakeside town, and hotel rooms sold out within hours.';

/**
 * The verdict of target `inserted`, placed by the aligner as the last member of bead [9]:[9, inserted]
 * (its posterior of being unaligned: 0.3), with `rest` the translation of source 10 in bead [10]:[rest].
 */
function edgeMember(inserted: string, rest: string): number {
  const tgt2 = [...tgt.slice(0, 10), inserted, rest, ...tgt.slice(11)];
  const beads = src.map((_, x) => (x < 9 ? { src: [x], tgt: [x] } : x === 9 ? { src: [9], tgt: [9, 10] } : { src: [x], tgt: [x + 1] }));
  const gaps = { src: new Float64Array(src.length), tgt: new Float64Array(tgt2.length) };
  gaps.tgt[10] = 0.3;
  const input = {
    src,
    tgt: tgt2,
    tgtLang: 'en' as const,
    lexicon,
    srcLength: src.map((s) => s.length),
    tgtLength: tgt2.map((t) => t.length),
    params: { lengthRatio: 3, lengthVariance: 20, randomSpread: 4 },
  };
  // Source members first: the bead's second target member is gap[2].
  return documentVerdicts(input, beads, gaps)[9]!.gap![2]!;
}

describe('a target member at the edge of its bead, judged in the neighbour bead too', () => {
  it('the split fixture is what it claims: source 10 and its one-sentence translation', () => {
    expect(src[10]).toContain('相关导弹飞行时间短');
    expect(tgt[10]).toContain('Such missiles have short flight times');
  });

  it('clears a sentence split off the next source sentence’s rendering', () => {
    expect(edgeMember(SPLIT[0]!, SPLIT[1]!)).toBeLessThan(REPORT_PROBABILITY);
  });

  it('still reports a foreign sentence in the same place', () => {
    expect(edgeMember(FOREIGN, tgt[10]!)).toBeGreaterThan(0.5);
  });
});
