/**
 * Article and chapter labels in a Chinese source (第四条, 第二十七条, 第二章, 第5段): the label's number
 * is the evidence a translation shows ("Article 4", «Статья 27», "Chapter II"), not the dictionary's
 * 第 (grade), 四条 (four) or 第二 (second) + 十七 that made a sound heading look untranslated in the
 * Universal Declaration ("第, 四条 have no counterpart in the translation").
 */
import { describe, expect, it } from 'vitest';
import { prepareTerms, sourceEvidence } from '../core/align/source-units';
import { romanNumeral, structureOrdinalAt } from '../core/align/numbers';
import { isCovered, sourceWords, targetKeys } from '../core/align/verdict/source-words';
import { realLexicon } from './align-helpers';

const lexicon = realLexicon();

function coveredIn(zh: string, target: string, lang: 'en' | 'ru'): Record<string, boolean> {
  const keys = targetKeys([target], lang);
  return Object.fromEntries(sourceWords(zh, lang, lexicon).map((w) => [w.text, isCovered(w, keys)]));
}

describe('structure ordinals 第 + numeral + unit', () => {
  it('read the label’s number in Chinese or Arabic numerals, only before a unit of structure', () => {
    expect(structureOrdinalAt('第二十七条', 0)).toEqual({ value: 27, end: 5 });
    expect(structureOrdinalAt('见第5段', 1)).toEqual({ value: 5, end: 4 });
    expect(structureOrdinalAt('第一次会议', 0)).toBeUndefined();
    expect(structureOrdinalAt('第二天', 0)).toBeUndefined();
    expect(romanNumeral(27)).toBe('xxvii');
  });

  it('an article heading is covered by "Article 4" and «Статья 27», a chapter by its Roman numeral', () => {
    expect(coveredIn('第四条', 'Article 4', 'en')).toEqual({ 第四条: true });
    expect(coveredIn('第二十七条', 'Статья 27', 'ru')).toEqual({ 第二十七条: true });
    expect(coveredIn('第二章 宗旨', 'Chapter II. Purposes', 'en')['第二章']).toBe(true);
    // The pivot's 条 (… каждый) no longer meets the next article's «Каждый человек…».
    expect(coveredIn('第三条', 'Каждый человек имеет право на жизнь.', 'ru')).toEqual({ 第三条: false });
  });

  it('the aligner’s evidence carries the number too, and running text keeps its dictionary words', () => {
    const keys = (zh: string) => sourceEvidence(zh, 'en', lexicon, prepareTerms([], 'en')).units.flatMap((u) => u.keys);
    expect(keys('第三条')).toContain('#3');
    expect(keys('他第一次来北京')).not.toContain('#1');
    expect(coveredIn('他第一次来北京', 'He came to Beijing for the first time', 'en')['第一次']).toBe(true);
    // A classifier rather than a label: the dictionary's ordinal still meets the translation's word.
    expect(coveredIn('这是中国第一条铁路', 'This was the first railway in China', 'en')['第一条']).toBe(true);
    expect(coveredIn('第四条铁路', 'the fourth railway', 'en')['第四条']).toBe(true);
  });
});
