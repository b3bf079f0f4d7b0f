/**
 * Speech lines and narrative lines each at their own length ratio (core/align/verdict/speech-line.ts):
 * a translator who renders dialogue shorter than narrative leaves a merged pair of speech lines a
 * translation that a length model fitted on all sentences finds too short for both — the second
 * line then looks dropped. Measured on the document's own 1:1 beads, only when it has enough of each kind.
 */
import { describe, expect, it } from 'vitest';
import { documentVerdicts } from '../core/align/verdict/bead-verdict';
import { isSpeechLine, speechLengthScales } from '../core/align/verdict/speech-line';

describe('isSpeechLine', () => {
  it('reads a quotation mark or a reporting verb before a colon as speech', () => {
    expect(isSpeechLine('海老公道：“干么不在屋里小便？”')).toBe(true);
    expect(isSpeechLine('她说：我什么也没有说。')).toBe(true);
    expect(isSpeechLine('好几天没教我功夫了，这一抓是什么招式？”')).toBe(true);
  });

  it('leaves narrative alone, 说 without a colon too', () => {
    expect(isSpeechLine('这种教育方式很见效。')).toBe(false);
    expect(isSpeechLine('据说他明天来北京。')).toBe(false);
  });
});

const NARRATIVE = (k: number): string => `他第${k}次走进那间屋子。`;
const SPEECH = (k: number): string => `他说：“第${k}次了。”`;

/**
 * A document of 10 narrative 1:1 beads (target 3 units per source unit) and `speechPairs` speech
 * 1:1 beads (1 per unit), then two speech lines merged into one target of their speech length.
 */
function document(speechPairs: number) {
  const src: string[] = [];
  const srcLength: number[] = [];
  const tgtLength: number[] = [];
  const beads: Array<{ src: number[]; tgt: number[] }> = [];
  const add = (text: string, target: number): void => {
    beads.push({ src: [src.length], tgt: [tgtLength.length] });
    src.push(text);
    srcLength.push(10);
    tgtLength.push(target);
  };
  for (let k = 0; k < 10; k++) add(NARRATIVE(k), 30);
  for (let k = 0; k < speechPairs; k++) add(SPEECH(k), 10);
  beads.push({ src: [src.length, src.length + 1], tgt: [tgtLength.length] });
  src.push(SPEECH(90), SPEECH(91));
  srcLength.push(10, 10);
  tgtLength.push(20);
  return { src, srcLength, tgtLength, beads };
}

/** How much better the merged bead's length fits with its second speech line than without it. */
function secondLineFit(speechPairs: number): number {
  const d = document(speechPairs);
  const input = {
    src: d.src,
    tgt: d.tgtLength.map(() => 'He came in again.'),
    tgtLang: 'en' as const,
    srcLength: d.srcLength,
    tgtLength: d.tgtLength,
    // The aligner's ratio: the document's median, between narrative (3) and speech (1).
    params: { lengthRatio: Math.sqrt(3), lengthVariance: 20, randomSpread: 4 },
  };
  const gaps = { src: new Float64Array(d.src.length), tgt: new Float64Array(d.tgtLength.length) };
  return documentVerdicts(input, d.beads, gaps).at(-1)!.fits![1]!;
}

describe('speech lines at their own length ratio', () => {
  it('measures each kind against the median of all 1:1 beads', () => {
    const d = document(10);
    const pairs = d.beads.slice(0, 20).map((b) => ({ i: b.src[0]!, j: b.tgt[0]! }));
    const scales = speechLengthScales(d.src, d.srcLength, d.tgtLength, pairs, 8)!;
    expect(scales[0]).toBeCloseTo(Math.sqrt(3), 5);
    expect(scales[10]).toBeCloseTo(1 / Math.sqrt(3), 5);
  });

  it('leaves lengths alone when either kind has too few 1:1 beads', () => {
    const d = document(3);
    const pairs = d.beads.slice(0, 13).map((b) => ({ i: b.src[0]!, j: b.tgt[0]! }));
    expect(speechLengthScales(d.src, d.srcLength, d.tgtLength, pairs, 8)).toBeUndefined();
  });

  it('a short rendering of two merged speech lines fits with both once speech is measured apart', () => {
    // Too few speech lines to measure: the pooled ratio finds the target too short for both lines.
    expect(secondLineFit(3)).toBeLessThan(0);
    // Ten speech lines rendered at 1 : 1: the merged pair's 20 units are what both lines take.
    expect(secondLineFit(10)).toBeGreaterThan(0);
  });
});
