/**
 * The MT channel as word evidence of the completeness verdicts (core/align/verdict/mt-evidence.ts):
 * with no dictionary at all (the extreme of a thin zh→ru lexicon), the machine translation of each
 * source sentence tells which member of a 2:1 bead is not translated, which target sentence of a
 * 1:2 bead has no source, and which tail of a sentence the translation lost. The MT here is the
 * fixture's Russian with every fourth word left out: its words are the reference's, as in
 * bench/omissions-mt.ts — real behaviour of the verdict code, on a stated simulation of MT.
 */
import { describe, expect, it } from 'vitest';
import { alignDocs, alignSentences } from '../core/align';
import type { Alignment } from '../core/model';
import { runChecks } from '../core/qa';
import { makeDoc, makeProject } from './edit-helpers';
import { documentVerdicts, type VerdictInput } from '../core/align/verdict/bead-verdict';
import { mtPartLlr } from '../core/align/verdict/mt-evidence';
import { fixtureLines } from './align-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const ru = fixtureLines('strategic-stability/ru.txt');
/** A simulated MT: the reference with every fourth word left out. */
const mt = ru.map((s) => s.split(' ').filter((_, k) => k % 4 !== 3).join(' '));

const len = (s: string): number => s.replace(/[\s\p{P}\p{S}]/gu, '').length;
/** The length model: the fixture's own ratio, and the aligner's prior variance for it (model.ts). */
const ratio = ru.reduce((a, s) => a + len(s), 0) / zh.reduce((a, s) => a + len(s), 0);
const params = { lengthRatio: ratio, lengthVariance: 6.8 * ratio, randomSpread: 4 };

function verdicts(src: string[], tgt: string[], beads: Array<{ src: number[]; tgt: number[] }>, withMt: boolean) {
  const input: VerdictInput = { src, tgt, tgtLang: 'ru', srcLength: src.map(len), tgtLength: tgt.map(len), params, ...(withMt ? { mt: mt.slice(0, src.length) } : {}) };
  // A mild posterior for every sentence: the verdict must come from the words.
  const gaps = { src: src.map(() => 0.05), tgt: tgt.map(() => 0.05) };
  return documentVerdicts(input, beads, gaps);
}

/** 1:1 beads for every sentence but those listed, which the caller shapes. */
function oneToOne(n: number, except: readonly number[]): Array<{ src: number[]; tgt: number[] }> {
  const beads: Array<{ src: number[]; tgt: number[] }> = [];
  for (let k = 0; k < n; k++) if (!except.includes(k)) beads.push({ src: [k], tgt: [k] });
  return beads;
}

describe('the MT channel in the per-member verdict', () => {
  it('a source sentence with no translation inside a 2:1 bead: only the MT tells which member it is', () => {
    // Sentence 5's translation dropped; the bead [4, 5]:[4] still stands.
    const tgt = ru.map((s, j) => (j === 5 ? '' : s));
    const beads = [...oneToOne(16, [4, 5]), { src: [4, 5], tgt: [4] }].sort((a, b) => a.src[0]! - b.src[0]!);
    const at = beads.findIndex((b) => b.src.length === 2);
    const withMt = verdicts(zh, tgt, beads, true)[at]!;
    expect(withMt.gap![1]).toBeGreaterThan(0.9);
    expect(withMt.gap![0]).toBeLessThan(0.1);
    // Without a dictionary or MT the document's rates cannot be measured: no member verdict.
    expect(verdicts(zh, tgt, beads, false)[at]!.gap).toBeUndefined();
  });

  it('the kept member of a sound 2:1 bead is not accused', () => {
    // Sentences 4 and 5 translated together into one target sentence: a genuine 2:1.
    const tgt = ru.map((s, j) => (j === 4 ? `${s} ${ru[5]}` : s));
    const beads = [...oneToOne(16, [4, 5]), { src: [4, 5], tgt: [4] }].sort((a, b) => a.src[0]! - b.src[0]!);
    const v = verdicts(zh, tgt, beads, true)[beads.findIndex((b) => b.src.length === 2)]!;
    expect(v.gap![0]).toBeLessThan(0.1);
    expect(v.gap![1]).toBeLessThan(0.1);
    expect(v.gap![2]).toBeLessThan(0.1);
  });

  it('a target sentence with no source inside a 1:2 bead is found by the MT of its source', () => {
    const foreign = 'Погода в горах завтра будет солнечной, а к вечеру ожидается небольшой дождь и сильный ветер.';
    const tgt = [...ru.slice(0, 8), foreign, ...ru.slice(8)];
    const beads = [...oneToOne(8, []), { src: [8], tgt: [8, 9] }];
    for (let k = 9; k < 16; k++) beads.push({ src: [k], tgt: [k + 1] });
    const v = verdicts(zh, tgt, beads, true)[8]!;
    // Members: source 8, then target 8 (the foreign sentence), then target 9.
    expect(v.gap![1]).toBeGreaterThan(0.9);
    expect(v.gap![2]).toBeLessThan(0.1);
  });
});

describe('the MT channel in a lone stretch (lone-stretch.ts)', () => {
  /** Sentences 6 and 7 left unpaired: two 1:0 beads, then their two target sentences as 0:1 beads. */
  const stretchBeads = [...oneToOne(16, [6, 7]), { src: [6], tgt: [] }, { src: [7], tgt: [] }, { src: [], tgt: [6] }, { src: [], tgt: [7] }].sort(
    (a, b) => (a.src[0] ?? a.tgt[0]! + 0.5) - (b.src[0] ?? b.tgt[0]! + 0.5),
  );
  const stretchOf = (tgt: string[], withMt: boolean): Array<number | undefined> =>
    verdicts(zh, tgt, stretchBeads, withMt)
      .map((v) => v?.stretch)
      .filter((p) => p !== undefined);

  it('a translated stretch the aligner left unpaired: its MT words say translated, where no dictionary can', () => {
    const p = stretchOf(ru, true);
    expect(p).toHaveLength(4);
    for (const x of p) expect(x).toBeLessThan(0.05);
  });

  it('a replaced section (its targets rendering other sentences): the MT says gap', () => {
    // The stretch's two targets replaced by the translations of sentences 13 and 14: not these sources'.
    const tgt = ru.map((s, j) => (j === 6 ? ru[13]! : j === 7 ? ru[14]! : s));
    const p = stretchOf(tgt, true);
    expect(p).toHaveLength(4);
    for (const x of p) expect(x).toBeGreaterThan(0.95);
  });
});

describe('the MT channel in a bead split into its pairs (bead-pairs.ts)', () => {
  it('a 2:2 bead is two 1:1 pairs: with no dictionary the MT words say which target renders which source', () => {
    const beads = [...oneToOne(16, [8, 9]), { src: [8, 9], tgt: [8, 9] }].sort((a, b) => a.src[0]! - b.src[0]!);
    const v = verdicts(zh, ru, beads, true)[beads.findIndex((b) => b.src.length === 2)]!;
    // Per member (sources first, then targets) its sub-bead: 8 with 8, 9 with 9.
    expect(v.pairs).toEqual([0, 1, 0, 1]);
  });
});

describe('the MT channel in the partial detector', () => {
  it('the translation lost the sentence tail: the part is located with the MT where the words alone cannot', () => {
    // Sentence 3 cut after its first clause (the draft stopped at the comma).
    const cut = ru[3]!.slice(0, ru[3]!.indexOf(',')) + '.';
    const tgt = ru.map((s, j) => (j === 3 ? cut : s));
    const beads = oneToOne(16, []);
    const withMt = verdicts(zh, tgt, beads, true)[3]!;
    const [from, to, p] = withMt.part!;
    expect(p).toBeGreaterThan(0.5);
    expect(from).toBeGreaterThan(0);
    expect(to).toBe(zh[3]!.normalize('NFKC').length);
    // A sound sentence of the same document gets no part.
    expect(verdicts(zh, tgt, beads, true)[5]!.part![2]).toBeLessThan(0.5);
  });

  it('weighs only the stretch of the MT at the part’s place', () => {
    const rates = { miss: 0.1, chance: 0.05, dispersion: 1 };
    // Head shown, tail not: the tail is evidence of a lost part, the head against one.
    const mtWords = { covered: [true, true, true, true, false, false, false, false], strong: Array<boolean>(8).fill(false), rates };
    expect(mtPartLlr(mtWords, 0.5, 1, 1)).toBeGreaterThan(5);
    expect(mtPartLlr(mtWords, 0, 0.5, 1)).toBeLessThan(-5);
    // No MT words: no evidence either way.
    expect(mtPartLlr({ covered: [], strong: [], rates }, 0.5, 1, 1)).toBe(0);
  });
});

describe('the aligner hands its MT to the verdicts', () => {
  it('alignSentences with mt gives member verdicts a dictionary-less alignment would not have', () => {
    const tgt = ru.filter((_, j) => j !== 5);
    const plain = alignSentences(zh, tgt, { tgtLang: 'ru' });
    const withMt = alignSentences(zh, tgt, { tgtLang: 'ru', mt });
    // The dropped sentence is reported as untranslated, whatever bead shape the aligner chose.
    const holding = withMt.find((b) => b.src.includes(5))!;
    const gap = holding.tgt.length === 0 ? holding.verdict?.gap?.[0] : holding.verdict?.gap?.[holding.src.indexOf(5)];
    expect(gap).toBeGreaterThan(0.9);
    expect(plain.some((b) => b.verdict?.gap !== undefined)).toBe(false);
  });
});

describe('completeness.partial-omission with the MT as a witness', () => {
  it('reports a lost tail the length alone does not flag, quoting the MT; without the MT it stays silent', () => {
    // The last sentence keeps 70 % of its words: shorter than usual, but no length outlier.
    const tgt = ru.map((s, j) => (j === 15 ? s.split(' ').slice(0, Math.round(s.split(' ').length * 0.7)).join(' ').replace(/[,;:]$/, '') + '.' : s));
    const source = makeDoc('zh', [zh]);
    const target = makeDoc('ru', [tgt]);
    const findingsOf = (alignment: Alignment) => runChecks(makeProject(source, { ru: target }, { ru: alignment })).filter((f) => f.check === 'completeness.partial-omission');
    const withMt = alignDocs(source, target, { mt });
    const found = findingsOf(withMt);
    expect(found.map((f) => f.source?.sentences)).toEqual([[source.paragraphs[0]!.sentences[15]!.id]]);
    expect(found[0]!.message).toMatch(/machine translation renders it as “/);
    // The same verdicts without the MT's mark: the length gate applies again and nothing is reported.
    const unmarked = { ...withMt, beads: withMt.beads.map((b) => (b.verdict ? { ...b, verdict: { ...b.verdict, mtPart: undefined } } : b)) };
    expect(findingsOf(unmarked)).toEqual([]);
  });
});
