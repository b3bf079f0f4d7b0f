/**
 * alignDocs and realignRange over the data model: paragraph structure, excluded noise paragraphs,
 * sentence ids; plus the lexicon parser and the numeral readers the aligner matches on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocs, parseLexicon, realignRange } from '../core/align';
import { englishNumberRuns, numberKey, parseZhNumeral, russianNumberWord } from '../core/align/numbers';
import { prepareTerms, sourceEvidence } from '../core/align/source-units';
import { targetTokens } from '../core/align/target-tokens';
import { importPresegmented, importText } from '../core/text';
import type { Doc } from '../core/model';
import { fixtureLines, realLexicon } from './align-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const en = fixtureLines('strategic-stability/en.txt');
const lexicon = realLexicon();

/** A presegmented Doc with a paragraph break before each index in `breaks`. */
function doc(lines: string[], lang: 'zh' | 'en' | 'ru', breaks: number[] = []): Doc {
  return importPresegmented(lines.map((l, k) => (breaks.includes(k) ? `\n${l}` : l)).join('\n'), lang);
}

describe('alignDocs', () => {
  it('aligns ids, leaves excluded paragraphs out and keeps the bead invariants', () => {
    const source = doc(zh, 'zh', [5, 10]);
    const target = doc(en, 'en', [5, 12]);
    const noise = { id: 'zh-noise', sentences: [{ id: 'zh-s99', text: '(下转第6版)', status: 'draft' as const }], excluded: 'page-marker' as const };
    source.paragraphs.splice(1, 0, noise);
    const alignment = alignDocs(source, target, { lexicon });
    expect(alignment.source).toBe('zh');
    expect(alignment.target).toBe('en');
    const srcIds = alignment.beads.flatMap((b) => b.src);
    expect(srcIds).toEqual(zh.map((_, i) => `zh-s${i}`));
    expect(alignment.beads.flatMap((b) => b.tgt)).toEqual(en.map((_, j) => `en-s${j}`));
    expect(alignment.beads[5]).toMatchObject({ src: ['zh-s5'], tgt: ['en-s5', 'en-s6'], origin: 'auto' });
  });

  it('refuses a non-Chinese source or a Chinese target', () => {
    expect(() => alignDocs(doc(en, 'en'), doc(en, 'en'))).toThrow(/source must be Chinese/);
    expect(() => alignDocs(doc(zh, 'zh'), doc(zh, 'zh'))).toThrow(/target must be one of en, ru/);
  });
});

describe('realignRange', () => {
  it('re-aligns only the selected beads and keeps the fixed ones, manual ones included', () => {
    const source = doc(zh, 'zh');
    const target = doc(en, 'en');
    const good = alignDocs(source, target, { lexicon });
    // Spoil beads 3..7 by hand, as a careless manual edit would, and mark the first bead manual.
    const spoiled = {
      ...good,
      beads: [
        { ...good.beads[0]!, origin: 'manual' as const },
        ...good.beads.slice(1, 3),
        { src: ['zh-s3', 'zh-s4', 'zh-s5'], tgt: ['en-s3'], score: 0.1, origin: 'manual' as const },
        { src: ['zh-s6', 'zh-s7'], tgt: ['en-s4', 'en-s5', 'en-s6', 'en-s7', 'en-s8'], score: 0.1, origin: 'manual' as const },
        ...good.beads.slice(8),
      ],
    };
    const fixed = realignRange(source, target, spoiled, { from: 3, to: 4 }, { lexicon });
    expect(fixed.beads[0]!.origin).toBe('manual');
    expect(fixed.beads.map((b) => [b.src, b.tgt])).toEqual(good.beads.map((b) => [b.src, b.tgt]));
  });

  it('rejects a range outside the alignment', () => {
    const source = doc(zh, 'zh');
    const target = doc(en, 'en');
    const a = alignDocs(source, target, { lexicon });
    expect(() => realignRange(source, target, a, { from: 10, to: 99 })).toThrow(/outside the alignment/);
  });
});

describe('lexicon and numerals', () => {
  it('parses the shipped lexicon and names the line of a malformed entry', () => {
    expect(lexicon.entries.get('联合声明')?.stems).toContain('declar');
    expect(lexicon.entries.get('陈')?.pinyin).toContain('chen');
    expect(() => parseLexicon('# comment\n中国\tchina\t\n破\n')).toThrow(/lexicon line 3/);
  });

  it('reads Chinese, English and Russian numerals', () => {
    expect(parseZhNumeral('二十一')).toBe(21);
    expect(parseZhNumeral('一九九八')).toBe(1998);
    expect(parseZhNumeral('三千五百万')).toBe(35_000_000);
    expect(parseZhNumeral('十五')).toBe(15);
    expect(englishNumberRuns(['twenty', 'one', 'years']).map((r) => r.value)).toEqual([21]);
    expect(englishNumberRuns(['three', 'hundred', 'and', 'five']).map((r) => r.value)).toEqual([305]);
    expect(russianNumberWord('двадцатого')).toBe(20);
    expect(russianNumberWord('семья')).toBeUndefined();
    expect(russianNumberWord('вторжение')).toBeUndefined();
    expect(russianNumberWord('трёх')).toBe(3);
  });

  it('meets scaled numbers across languages: 200万 = 2 million = 2 млн, 0.3万 = 3,000', () => {
    const zhKeys = (s: string) => sourceEvidence(s, 'en', undefined, prepareTerms([], 'en')).units.flatMap((u) => u.keys);
    const tgtKeys = (s: string, lang: 'en' | 'ru') => targetTokens(s, lang).filter((t) => t.kind === 'number').map((t) => t.key);
    expect(zhKeys('男子就达200万。')).toContain('#2000000');
    expect(tgtKeys('2 million men', 'en')).toContain('#2000000');
    expect(tgtKeys('2 млн мужчин', 'ru')).toContain('#2000000');
    expect(zhKeys('票房收入正在向2.5亿美元迈进')).toContain(numberKey(250e6));
    expect(tgtKeys('headed for $250 million', 'en')).toContain(numberKey(250e6));
    expect(zhKeys('约0.3万人')).toContain('#3000');
    expect(tgtKeys('about 3,000 people', 'en')).toContain('#3000');
  });
});

describe('a draft that translates only the first part of the source (the joint-statement sample)', () => {
  const read = (name: string) => readFileSync(join(__dirname, '..', 'samples', name), 'utf8');
  const zhDoc = importText(read('joint-statement-2025-05-08.zh.txt'), 'zh');

  it.each([
    ['en', 'joint-statement-2025-05-08.en.txt', 'Comprehensively deepen practical'],
    ['ru', 'joint-statement-2025-05-08.ru.txt', 'всесторонне углублять'],
  ] as const)('zh→%s: the last list item meets its source and the untranslated rest is one run of omissions', (lang, file, lastItem) => {
    const target = importText(read(file), lang);
    const alignment = alignDocs(zhDoc, target, lang === 'en' ? { lexicon } : {});
    const tgtText = new Map(target.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
    const srcText = new Map(zhDoc.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
    const lastAligned = alignment.beads.findLastIndex((b) => b.src.length > 0 && b.tgt.length > 0);
    const bead = alignment.beads[lastAligned]!;
    expect(bead.tgt.map((id) => tgtText.get(id)).join(' ')).toContain(lastItem);
    expect(bead.src.map((id) => srcText.get(id)).join('')).toContain('全面深化中俄经贸');
    const tail = alignment.beads.slice(lastAligned + 1);
    expect(tail.length).toBeGreaterThan(50);
    expect(tail.every((b) => b.tgt.length === 0)).toBe(true);
  });
});

describe('the planted omissions of the strategic-stability sample drafts', () => {
  const read = (name: string) => readFileSync(join(__dirname, '..', 'samples', name), 'utf8');
  const zhDoc = importText(read('strategic-stability-2025-05-08.zh.txt'), 'zh');

  it.each([
    ['en', 'strategic-stability-2025-05-08.en.txt', '践行真正的多边主义'],
    ['ru', 'strategic-stability-2025-05-08.ru.txt', '双方呼吁上述声明参加国'],
  ] as const)('zh→%s: the one missing sentence is the one omission, with high confidence', (lang, file, missing) => {
    const alignment = alignDocs(zhDoc, importText(read(file), lang), lang === 'en' ? { lexicon } : {});
    const srcText = new Map(zhDoc.paragraphs.flatMap((p) => p.sentences).map((s) => [s.id, s.text]));
    const gaps = alignment.beads.filter((b) => b.src.length === 0 || b.tgt.length === 0);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.tgt).toEqual([]);
    expect(srcText.get(gaps[0]!.src[0]!)).toContain(missing);
    expect(gaps[0]!.score).toBeGreaterThan(0.8);
  });
});
