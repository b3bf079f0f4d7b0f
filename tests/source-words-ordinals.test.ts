/**
 * Evidence words of a Chinese source with an English ordinal in it (core/align/verdict/source-words.ts):
 * "1st Class" is the number 1 and the word Class — not a Latin word "st" that no translation shows
 * (it made a sound sentence of a shop's chat look untranslated: "st, Class … have no counterpart").
 */
import { describe, expect, it } from 'vitest';
import { isCovered, sourceWords, targetKeys } from '../core/align/verdict/source-words';

describe('ordinals after digits', () => {
  it('1st, 22nd, 3rd and 4th are numbers, their letters part of them', () => {
    const words = sourceWords('Royal Mail 1st Class 和 22nd 与 3rd 及 4th 寄送', 'ru', undefined);
    expect(words.map((w) => w.text)).toEqual(['Royal', 'Mail', '1st', 'Class', '22nd', '3rd', '4th']);
    expect(words.find((w) => w.text === '1st')!.strong).toBe(true);
    // The Russian "1-м классом" shows the number: the ordinal is covered.
    const keys = targetKeys(['Отправка Royal Mail 1-м классом'], 'ru');
    expect(isCovered(words.find((w) => w.text === '1st')!, keys)).toBe(true);
  });

  it('letters that start a word after digits stay a word of their own', () => {
    expect(sourceWords('型号 5stars 和 3D', 'ru', undefined).map((w) => w.text)).toEqual(['5', 'stars', '3']);
  });
});
