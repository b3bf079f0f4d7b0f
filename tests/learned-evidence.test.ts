/**
 * The document's learned pairs as evidence of the completeness verdicts (core/align/learned-evidence.ts):
 * a pair the document's own beads attest joins the source words the verdicts count, so where the
 * dictionary knows nothing of a document's terms, the terms still tell which member of a 2:1 bead
 * has no translation. The fixture is an invented vocabulary (no dictionary entry knows it), and the
 * pairs are learned from the document by learnPairs itself, not given.
 */
import { describe, expect, it } from 'vitest';
import { learnPairs } from '../core/align/learn-pairs';
import { crossFittedPairs, evidenceWords } from '../core/align/learned-evidence';
import { learnedIndex } from '../core/align/learn-pairs';
import { parseLexicon } from '../core/align/lexicon';
import { documentVerdicts, type VerdictInput } from '../core/align/verdict/bead-verdict';
import { sourceWords } from '../core/align/verdict/source-words';

/** Twelve invented terms: Chinese characters no other term shares, and made-up Russian words. */
const ZH_TERMS = ['甲乙', '丙丁', '戊己', '庚辛', '壬癸', '子丑', '寅卯', '辰巳', '午未', '申酉', '戌亥', '乾坤'];
const RU_TERMS = ['бамбурин', 'вельтоград', 'гористан', 'дромель', 'ерсифон', 'жамбулет', 'зарнивал', 'ильмерон', 'калдуна', 'ломбриск', 'мервалин', 'нуфарет'];

/** Sentence k uses three terms (k, k + 4, k + 7 of twelve): each term in a quarter of the sentences. */
function document(n: number): { zh: string[]; ru: string[] } {
  const zh: string[] = [];
  const ru: string[] = [];
  for (let k = 0; k < n; k++) {
    const t = [k % 12, (k + 4) % 12, (k + 7) % 12];
    zh.push(`${ZH_TERMS[t[0]!]}和${ZH_TERMS[t[1]!]}与${ZH_TERMS[t[2]!]}。`);
    ru.push(`${cap(RU_TERMS[t[0]!]!)} и ${RU_TERMS[t[1]!]} с ${RU_TERMS[t[2]!]}.`);
  }
  return { zh, ru };
}
const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

const len = (s: string): number => s.replace(/[\s\p{P}\p{S}]/gu, '').length;

describe('learned pairs as the verdicts evidence', () => {
  const { zh, ru } = document(48);
  const learned = learnPairs(zh, ru, zh.map((_, i) => ({ i, a: 1, j: i, b: 1 })), 'ru');

  it('learns the invented vocabulary from the document', () => {
    // Every term pairs with its own Russian word, and only with it.
    for (const [k, term] of ZH_TERMS.entries()) {
      const keys = learned.filter((p) => term.includes(p.zh) || p.zh.includes(term)).map((p) => p.key);
      expect(keys.length, term).toBeGreaterThan(0);
      for (const key of keys) expect(RU_TERMS[k]!.startsWith(key), `${term} → ${key}`).toBe(true);
    }
  });

  it('a learned pair joins the dictionary word it overlaps, or is a word of its own', () => {
    // 甲乙 is a headword of this small dictionary, with a wrong rendering; 丙丁 is unknown to it.
    const lexicon = parseLexicon('甲乙\tошибк\t\n');
    const text = '甲乙和丙丁。';
    expect(sourceWords(text, 'ru', lexicon).map((w) => w.text)).toEqual(['甲乙']);
    const words = evidenceWords(text, 'ru', lexicon, learnedIndex(learned));
    expect(words.map((w) => w.text)).toEqual(['甲乙', '丙丁']);
    expect(words[0]!.keys).toContain('ошибк');
    expect(words[0]!.keys.some((k) => RU_TERMS[0]!.startsWith(k))).toBe(true);
    // The dictionary's word stays a plain word; the term the dictionary does not know is strong.
    expect(words.map((w) => w.strong ?? false)).toEqual([false, true]);
    // Without learned pairs: the dictionary's words as before.
    expect(evidenceWords(text, 'ru', lexicon)).toEqual(sourceWords(text, 'ru', lexicon));
  });

  it('with no dictionary, the learned terms tell which member of a 2:1 bead is not translated', () => {
    // Sentence 20's translation dropped; the bead [20, 21]:[20] still stands.
    const tgt = ru.filter((_, j) => j !== 20);
    const beads: Array<{ src: number[]; tgt: number[] }> = [];
    for (let i = 0; i < zh.length; i++) {
      if (i === 20) beads.push({ src: [20, 21], tgt: [20] });
      else if (i !== 21) beads.push({ src: [i], tgt: [i < 20 ? i : i - 1] });
    }
    const params = { lengthRatio: 1.5, lengthVariance: 6.8 * 1.5, randomSpread: 4 };
    const input: VerdictInput = { src: zh, tgt, tgtLang: 'ru', srcLength: zh.map(len), tgtLength: tgt.map(len), params };
    // A mild posterior for every sentence: the verdict must come from the words.
    const gaps = { src: zh.map(() => 0.05), tgt: tgt.map(() => 0.05) };
    const at = beads.findIndex((b) => b.src.length === 2);
    const v = documentVerdicts({ ...input, learned: { forSentence: () => learnedIndex(learned) } }, beads, gaps)[at]!;
    expect(v.gap![0]).toBeGreaterThan(0.9);
    expect(v.gap![1]).toBeLessThan(0.1);
    // Without the learned pairs there is no evidence to measure rates on: no member verdict.
    expect(documentVerdicts(input, beads, gaps)[at]!.gap).toBeUndefined();
  });

  it('cross-fitted: a sentence is judged with pairs learned from the other half of the beads', () => {
    // 风雨 ↔ ксилофон only in even sentences 0, 2, … 16: learned from the even beads alone.
    const zh2 = zh.map((s, k) => (k % 2 === 0 && k <= 16 ? `风雨${s}` : s));
    const ru2 = ru.map((s, k) => (k % 2 === 0 && k <= 16 ? `Ксилофон. ${s}` : s));
    const fitted = crossFittedPairs(zh2, ru2, zh2.map((_, i) => ({ i, a: 1, j: i, b: 1 })), 'ru');
    const knows = (i: number): boolean => evidenceWords(zh2[i]!, 'ru', undefined, fitted.forSentence(i)).some((w) => w.text.includes('风雨') && w.keys.some((k) => 'ксилофон'.startsWith(k)));
    // Sentence 0's own bead taught the pair to the even half, so sentence 0 reads the odd half's pairs.
    expect(knows(0)).toBe(false);
    expect(evidenceWords(`风雨${zh[1]}`, 'ru', undefined, fitted.forSentence(1)).some((w) => w.keys.some((k) => 'ксилофон'.startsWith(k)))).toBe(true);
    // The shared vocabulary is learned by both halves.
    expect(evidenceWords(zh2[0]!, 'ru', undefined, fitted.forSentence(0)).length).toBeGreaterThanOrEqual(3);
  });
});
