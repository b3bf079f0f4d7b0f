/**
 * Text → Doc: the public API the aligner, the CLI and the app call. Real samples in, specific
 * paragraphs, sentences, ids, spans and flags out.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignableSentences, allSentences } from '../core/model';
import type { Lang } from '../core/model/types';
import { importPresegmented, importText, importTextWithSource } from '../core/text';

const sample = (name: string): string => readFileSync(join(__dirname, '..', 'samples', name), 'utf8');

describe('importText', () => {
  it('imports the joint statement: numbered ids, draft status, spans into the cleaned text', () => {
    const { doc, text } = importTextWithSource(sample('joint-statement-2025-05-08.zh.txt'), 'zh');
    expect(doc.lang).toBe('zh');
    const sentences = allSentences(doc);
    sentences.forEach((s, i) => {
      expect(s.id).toBe(`zh-s${i}`);
      expect(s.status).toBe('draft');
      expect(text.slice(s.span!.start, s.span!.end)).toBe(s.text);
    });
    doc.paragraphs.forEach((p, i) => expect(p.id).toBe(`zh-p${i}`));
    // The opening paragraph (input line 7) has three sentences.
    expect(doc.paragraphs[1]!.sentences.map((s) => s.text.slice(0, 8))).toEqual(['应俄罗斯联邦总统', '两国元首在莫斯科', '5月9日,习近平']);
    // The page-marker paragraph and the four repeated paragraphs are excluded from alignment.
    expect(doc.paragraphs.filter((p) => p.excluded).map((p) => p.excluded)).toEqual([
      'duplicate-paragraph', 'duplicate-paragraph', 'duplicate-paragraph', 'duplicate-paragraph', 'page-marker',
    ]);
    expect(alignableSentences(doc).some((s) => s.text.includes('下转'))).toBe(false);
    expect(doc.flags.find((f) => f.kind === 'page-marker')!.line).toBe(199);
  });

  it('keeps every sentence-final 。 of the joint statement as a sentence end', () => {
    const doc = importText(sample('joint-statement-2025-05-08.zh.txt'), 'zh');
    const body = alignableSentences(doc).filter((s) => s.text.length > 1);
    const periods = doc.paragraphs.filter((p) => !p.excluded).map((p) => p.sentences.map((s) => s.text).join('')).join('').split('。').length - 1;
    expect(body.filter((s) => s.text.endsWith('。')).length).toBe(periods);
  });

  it('imports the strategic stability statement with the junk tail excluded', () => {
    const doc = importText(sample('strategic-stability-2025-05-08.zh.txt'), 'zh');
    const alignable = alignableSentences(doc);
    expect(alignable[0]!.text).toBe('中华人民共和国和俄罗斯联邦关于全球战略稳定的联合声明');
    expect(alignable[alignable.length - 1]!.text).toBe('2025年5月8日于莫斯科');
    expect(alignable.some((s) => s.text.includes('•'))).toBe(false);
    expect(doc.paragraphs.filter((p) => p.excluded === 'trailing-junk')).toHaveLength(85);
  });

  it('segments the English and Russian drafts into the same number of paragraphs', () => {
    for (const lang of ['en', 'ru'] as Lang[]) {
      const doc = importText(sample(`strategic-stability-2025-05-08.${lang}.txt`), lang);
      expect(doc.paragraphs.filter((p) => !p.excluded)).toHaveLength(27);
      expect(doc.paragraphs[0]!.heading).toBe(true);
    }
    const en = importText(sample('strategic-stability-2025-05-08.en.txt'), 'en');
    expect(en.paragraphs[3]!.sentences.map((s) => s.text.slice(0, 25))).toEqual([
      'The two sides stress the ',
      'Nuclear-weapon states bea',
      'They should abandon the C',
      'Concerns should be addres',
    ]);
  });

  it('splits at ；only when asked', () => {
    const raw = '双方认为,应加强协调；双方将继续合作。';
    expect(allSentences(importText(raw, 'zh'))).toHaveLength(1);
    expect(allSentences(importText(raw, 'zh', { splitAtSemicolon: true })).map((s) => s.text)).toEqual(['双方认为,应加强协调；', '双方将继续合作。']);
  });

  it('gives an empty Doc for blank input', () => {
    expect(importText('\n \n', 'en')).toEqual({ lang: 'en', paragraphs: [], flags: [] });
  });
});

describe('importPresegmented', () => {
  it('takes one sentence per line as is, a blank line as a paragraph break', () => {
    const raw = '双方强调,防范核武器国家间爆发武装冲突\r\n“美国金穹”计划公然提出大幅增加外空作战手段。\r\n\r\n\r\n(下转第6版)\r\n';
    const doc = importPresegmented(raw, 'zh');
    expect(doc.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([
      ['双方强调,防范核武器国家间爆发武装冲突', '“美国金穹”计划公然提出大幅增加外空作战手段。'],
      ['(下转第6版)'],
    ]);
    expect(allSentences(doc).map((s) => s.id)).toEqual(['zh-s0', 'zh-s1', 'zh-s2']);
    expect(doc.paragraphs.map((p) => p.id)).toEqual(['zh-p0', 'zh-p1']);
    expect(doc.flags).toEqual([]);
  });

  it('does not re-segment or clean: two sentences on one line stay one, spans index the normalised input', () => {
    const raw = 'Mr. Wang arrived. He spoke.\n  indented line  \n';
    const doc = importPresegmented(raw, 'en');
    const sentences = allSentences(doc);
    expect(sentences.map((s) => s.text)).toEqual(['Mr. Wang arrived. He spoke.', '  indented line  ']);
    for (const s of sentences) expect(raw.slice(s.span!.start, s.span!.end)).toBe(s.text);
  });

  it('applies NFC', () => {
    const doc = importPresegmented('Объединённых'.normalize('NFD'), 'ru');
    expect(allSentences(doc)[0]!.text).toBe('Объединённых'.normalize('NFC'));
  });
});
