/**
 * The per-sentence completeness verdict (core/align/verdict, completeness.hidden-gap): a sentence
 * hidden inside a bead whose length still fits is reported, with the words that have no
 * counterpart; a stale verdict is ignored; the verdict survives a save and load.
 */
import { describe, expect, it } from 'vitest';
import { alignDocs, alignSentences } from '../core/align';
import { consonantKey, isCovered, sourceWords, targetKeys } from '../core/align/verdict/source-words';
import { missingPart } from '../core/align/verdict/missing-part';
import { beadVerdict } from '../core/align/verdict/bead-verdict';
import type { Project } from '../core/model';
import { REPORT_PROBABILITY } from '../core/qa/checks/completeness-hidden-gap';
import { runChecks } from '../core/qa';
import { parseProject, serializeProject } from '../core/project/serialize';
import { fixtureLines, goldOneToOne, realLexicon } from './align-helpers';
import { makeDoc, makeProject } from './edit-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const en = fixtureLines('strategic-stability/en.txt');
const lexicon = realLexicon();

const oneToOne = goldOneToOne('strategic-stability/gold-en.align');

/** Consecutive 1:1 pairs (k, k+1): the draft drops k's translation and keeps k+1's. */
const pairs = oneToOne.filter((p, x) => oneToOne[x + 1]?.src === p.src + 1 && oneToOne[x + 1]?.tgt === p.tgt + 1);

function project(draft: string[]): Project {
  const source = makeDoc('zh', [zh]);
  const target = makeDoc('en', [draft]);
  return makeProject(source, { en: target }, { en: alignDocs(source, target, { lexicon }) });
}

describe('source words', () => {
  it('names the evidence words and tells which the translation shows', () => {
    const words = sourceWords('周六他在上海吃了13只龙虾。', 'en', lexicon);
    const texts = words.map((w) => w.text);
    expect(texts).toEqual(expect.arrayContaining(['周六', '上海', '13', '龙虾']));
    const keys = targetKeys(['In Shanghai he ate.'], 'en');
    const uncovered = words.filter((w) => !isCovered(w, keys)).map((w) => w.text);
    expect(uncovered).toEqual(expect.arrayContaining(['周六', '13', '龙虾']));
    expect(uncovered).not.toContain('上海');
  });
});

describe('bead verdict', () => {
  it('names the words a half translation leaves out', () => {
    const src = ['双方强调维持建设性大国关系对解决全球战略性问题的重要性。'];
    const lengths = { srcLength: [27], tgtLength: [60], params: { lengthRatio: 4, lengthVariance: 27, randomSpread: 4 } };
    const v = beadVerdict({ ...lengths, src, tgt: ['The two sides stress the importance of constructive relations.'], tgtLang: 'en', lexicon }, [0], [0], { src: [0.1], tgt: [0] });
    expect(v.src).toEqual([0.1]);
    const missing = v.uncovered![0]!.split(' ');
    expect(missing).toEqual(expect.arrayContaining(['解决', '全球']));
    expect(missing).not.toContain('重要性');
    const full = beadVerdict({ ...lengths, src, tgt: ['The two sides stress the importance of maintaining constructive relations among major countries for resolving global strategic issues.'], tgtLang: 'en', lexicon }, [0], [0], { src: [0], tgt: [0] });
    expect(full.uncovered?.[0]?.split(' ') ?? []).not.toContain('全球');
  });

  it('is given to every bead with both sides, with probabilities in [0, 1]', () => {
    const beads = alignSentences(zh, en, { tgtLang: 'en', lexicon });
    for (const b of beads) {
      if (b.src.length && b.tgt.length) {
        expect(b.verdict?.src).toHaveLength(b.src.length);
        expect(b.verdict?.tgt).toHaveLength(b.tgt.length);
        for (const p of [...b.verdict!.src, ...b.verdict!.tgt]) expect(p).toBeGreaterThanOrEqual(0);
        for (const p of [...b.verdict!.src, ...b.verdict!.tgt]) expect(p).toBeLessThanOrEqual(1);
      } else expect(b.verdict).toBeUndefined();
    }
  });
});

describe('completeness on drafts that merge a dropped sentence into its neighbour', () => {
  it.each(pairs)('translation of $src dropped, the next one kept: a completeness finding names source $src', ({ src, tgt }) => {
    const draft = en.filter((_, j) => j !== tgt);
    const p = project(draft);
    const findings = runChecks(p).filter((f) => f.check.startsWith('completeness.'));
    const named = findings.flatMap((f) => f.source?.sentences ?? []);
    expect(named).toContain(`zh-s${src}`);
  });
});

describe('completeness.hidden-gap', () => {
  const source = makeDoc('zh', [['电视报道显示，有白烟从工厂里冒出。', '当地政府警告核电站附近的居民，要待在室内。']]);
  const target = makeDoc('en', [['Local authorities warned residents near the plant to stay indoors.']]);
  it('reports a source sentence of a 2:1 bead whose verdict says it is not translated, naming its words', () => {
    const aligned = alignDocs(source, target, { lexicon });
    const [bead] = aligned.beads;
    const of = bead!.verdict!;
    // The verdict as the aligner would give it, with a gap above the reporting line for zh-s0.
    const beads = [{ src: ['zh-s0', 'zh-s1'], tgt: ['en-s0'], score: 0.9, origin: 'auto' as const, verdict: { of: of.of, src: [0.6, 0.01], tgt: [0.02], words: [4, 5], uncovered: ['电视 白烟 工厂', ''], fits: [-0.5, 2, 0] } }];
    expect(REPORT_PROBABILITY).toBeLessThan(0.6);
    const p = makeProject(source, { en: target }, { en: { source: 'zh', target: 'en', beads } });
    const [f, ...rest] = runChecks(p).filter((x) => x.check === 'completeness.hidden-gap');
    expect(rest).toEqual([]);
    expect(f?.source?.sentences).toEqual(['zh-s0']);
    expect(f?.message).toMatch(/probably not translated \(probability 60%\): 电视, 白烟, 工厂 have no counterpart/);
    // 们 of 他们 (no headword: read 他 + 们) is evidence, but no word to name to a reviewer; alone it is still named.
    const withPiece = (uncovered: string) => [{ ...beads[0]!, verdict: { ...beads[0]!.verdict, uncovered: [uncovered, ''] } }];
    const message = (uncovered: string) =>
      runChecks(makeProject(source, { en: target }, { en: { source: 'zh', target: 'en', beads: withPiece(uncovered) } })).find((x) => x.check === 'completeness.hidden-gap')?.message;
    expect(message('们 电视 白烟')).toMatch(/: 电视, 白烟 have no counterpart in the translation\.$/);
    expect(message('们')).toMatch(/: 们 has no counterpart in the translation\.$/);
    // Edited text: the verdict is stale and says nothing.
    const edited = makeDoc('en', [['Television showed white smoke; local authorities warned residents to stay indoors.']]);
    const stale = makeProject(source, { en: edited }, { en: { source: 'zh', target: 'en', beads } });
    expect(runChecks(stale).filter((x) => x.check === 'completeness.hidden-gap')).toEqual([]);
    // Saved and loaded, the verdict is kept.
    const loaded = parseProject(serializeProject(p), 'x.duizhao.json');
    expect(runChecks(loaded).filter((x) => x.check === 'completeness.hidden-gap')).toHaveLength(1);
  });

  it('reports a target sentence with no source with an empty source side (an addition)', () => {
    const of = alignDocs(source, target, { lexicon }).beads[0]!.verdict!.of;
    const beads = [{ src: ['zh-s0', 'zh-s1'], tgt: ['en-s0'], score: 0.9, origin: 'auto' as const, verdict: { of, src: [0, 0], tgt: [0.3] } }];
    const p = makeProject(source, { en: target }, { en: { source: 'zh', target: 'en', beads } });
    const [f] = runChecks(p).filter((x) => x.check === 'completeness.hidden-gap');
    expect(f?.source?.sentences).toEqual([]);
    expect(f?.target?.sentences).toEqual(['en-s0']);
    expect(f?.message).toMatch(/probably has no source sentence \(probability 30%\)/);
  });
});

describe('partial omission: length and content as two witnesses', () => {
  it('binomial tail, normal CDF and Fisher combination behave as the textbook says', async () => {
    const { binomialTail, fisherCombined, normalCdf } = await import('../core/qa/stats/coverage');
    expect(binomialTail(0, 10, 0.3)).toBe(1);
    expect(binomialTail(10, 10, 0.5)).toBeCloseTo(1 / 1024, 8);
    expect(binomialTail(1, 3, 0.5)).toBeCloseTo(7 / 8, 8);
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(-1.959964)).toBeCloseTo(0.025, 4);
    expect(fisherCombined(1, 1)).toBeCloseTo(1, 8);
    // Two moderate witnesses together beat either alone.
    expect(fisherCombined(0.01, 0.01)).toBeLessThan(0.01);
  });
});

describe('evidence words: names and inflected forms', () => {
  it('reads a transliterated name as one word that any name of the translation renders', () => {
    const words = sourceWords('克里斯蒂娜·费尔南德斯昨天在拉普拉塔发表讲话。', 'en', lexicon);
    const names = words.filter((w) => w.name).map((w) => w.text);
    expect(names).toContain('克里斯蒂娜·费尔南德斯');
    // Not five dictionary words 克, 里, 斯, 蒂, 娜 that would all go unmatched.
    expect(words.map((w) => w.text)).not.toContain('克');
    const keys = targetKeys(['Yesterday Cristina Fernández spoke in La Plata.'], 'en');
    expect(words.filter((w) => w.name).every((w) => isCovered(w, keys))).toBe(true);
    // A name opening the sentence is no evidence of a name inside it.
    const none = targetKeys(['Yesterday she spoke.'], 'en');
    expect(words.filter((w) => w.name).some((w) => isCovered(w, none))).toBe(false);
  });

  it('matches a dictionary stem against an inflected Russian form by its leading letters, ё as е', () => {
    const word = { text: '选举', start: 0, end: 2, keys: ['выбор'] };
    expect(isCovered(word, targetKeys(['После поражения на промежуточных выборах.'], 'ru'))).toBe(true);
    expect(isCovered({ ...word, keys: ['заключён'] }, targetKeys(['Требования заключенных не ясны.'], 'ru'))).toBe(true);
    expect(isCovered(word, targetKeys(['Стороны отметили успех.'], 'ru'))).toBe(false);
  });
});

describe('member gap: each member of a bead judged on its own words', () => {
  it('measures the rates on the document and weighs a member by them', async () => {
    const { coverageLlr, sideRates, withEvidence } = await import('../core/align/verdict/member-gap');
    // Ten translated sentences of 10 words, 3 unmatched each; 1 of 10 found in an unrelated one.
    const pairs = Array.from({ length: 10 }, () => ({ own: { words: 10, uncovered: 3 }, other: { words: 10, uncovered: 9 } }));
    const r = sideRates(pairs)!;
    expect(r.miss).toBeCloseTo(31 / 102, 6);
    expect(r.chance).toBeCloseTo(11 / 102, 6);
    expect(r.dispersion).toBe(1);
    expect(sideRates(pairs.slice(0, 3))).toBeUndefined();
    // 8 of 8 unmatched: a gap; 3 of 8: translated.
    expect(coverageLlr(r, { words: 8, uncovered: 8 })).toBeGreaterThan(5);
    expect(coverageLlr(r, { words: 8, uncovered: 3 })).toBeLessThan(-3);
    // A bigger other side finds more by chance, so a match there says less.
    expect(coverageLlr(r, { words: 8, uncovered: 6 }, 3)).toBeGreaterThan(coverageLlr(r, { words: 8, uncovered: 6 }, 1));
    // Over-dispersed documents: the same counts weigh less.
    const loose = sideRates(pairs.map((p, k) => ({ ...p, own: { words: 10, uncovered: k % 2 ? 0 : 6 } })))!;
    expect(loose.dispersion).toBeGreaterThan(1);
    expect(coverageLlr(loose, { words: 8, uncovered: 8 })).toBeLessThan(coverageLlr(r, { words: 8, uncovered: 8 }));
    expect(withEvidence(0.1, 0)).toBeCloseTo(0.1, 9);
    expect(withEvidence(0.1, Math.log(9))).toBeCloseTo(0.5, 9);
  });

  it('gives every member of an n:m bead a probability in [0, 1]', () => {
    for (const b of alignSentences(zh, en, { tgtLang: 'en', lexicon })) {
      if (b.src.length + b.tgt.length <= 2 || !b.verdict?.gap) continue;
      expect(b.verdict.gap).toHaveLength(b.src.length + b.tgt.length);
      for (const p of b.verdict.gap) expect(p >= 0 && p <= 1).toBe(true);
    }
  });
});

describe('missing part: which clauses of a sentence a short translation leaves out', () => {
  const rates = { miss: 0.3, chance: 0.05, dispersion: 1 };
  const params = { lengthRatio: 4, lengthVariance: 10 };
  const text = '政府承诺提供数百万剂疫苗，这将有助于医疗机构为明年做好准备。';
  const words = sourceWords(text, 'en', lexicon);

  it('finds the untranslated end when the translation is short and shows only the first clause', () => {
    const keys = targetKeys(['The government promised millions of doses of vaccine.'], 'en');
    const covered = (w: (typeof words)[number]) => isCovered(w, keys);
    const comma = text.indexOf('，') + 1;
    const part = missingPart({ text, words, covered, rates, beadSource: 28, beadTarget: 55, targets: 1, params })!;
    // The second clause (or its end from its first evidence word on), not the first.
    expect(part.from).toBeGreaterThanOrEqual(comma);
    expect(part.to).toBe(text.length);
    expect(text.slice(part.from, part.to)).toContain('医疗机构');
    expect(part.p).toBeGreaterThan(0.25);
  });

  it('finds nothing worth reporting when the whole sentence is rendered', () => {
    const keys = targetKeys(['The government promised millions of doses of vaccine, which will help medical institutions prepare for next year.'], 'en');
    const part = missingPart({ text, words, covered: (w) => isCovered(w, keys), rates, beadSource: 28, beadTarget: 110, targets: 1, params });
    expect(part?.p ?? 0).toBeLessThan(0.02);
  });

  it('reads dates and transliterated Latin names as the translation writes them', () => {
    const date = sourceWords('2025年5月8日于莫斯科', 'en', lexicon);
    expect(date.map((w) => w.text)).not.toContain('月');
    const keys = targetKeys(['Moscow, May 8, 2025'], 'en');
    expect(date.filter((w) => !isCovered(w, keys))).toEqual([]);
    expect(consonantKey('Kanjar')).toBe(consonantKey('Канджар'));
    expect(consonantKey('Dunlap')).toBe(consonantKey('Данлэпа'));
    expect(consonantKey('Kanjar')).not.toBe(consonantKey('Бхута'));
    const latin = sourceWords('分别是 Baba Kanjar 和 Vishnu Kanjar。', 'ru', lexicon);
    const ru = targetKeys(['Обвиняемые: Баба Канджар и Вишну Канджар.'], 'ru');
    expect(latin.filter((w) => /Kanjar|Vishnu/.test(w.text)).every((w) => isCovered(w, ru))).toBe(true);
  });
});
