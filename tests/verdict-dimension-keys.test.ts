/**
 * A size written as one token ("6x4", Russian "6х4" with a Cyrillic х, "1920×1080") offers the keys
 * the source's words take: the source reads "6x4" as the number 6 and the Latin word x4.
 */
import { describe, expect, it } from 'vitest';
import { isCovered, sourceWords, targetKeys } from '../core/align/verdict/source-words';

const source = '当 6x4“ (10x15cm) 太小时使用，分辨率为 1920×1080。';
const strong = sourceWords(source, 'ru', undefined).filter((w) => w.strong);

describe('sizes written as one token', () => {
  it('the source’s numbers and Latin words of a size are found in a Russian translation that writes the x as Cyrillic х', () => {
    expect(strong.map((w) => w.text)).toEqual(expect.arrayContaining(['6', 'x4', '10', '1920', '1080']));
    const keys = targetKeys(['Используется, когда размер 6х4 дюймов (10х15 см) слишком мал, разрешение 1920×1080.'], 'ru');
    for (const w of strong.filter((x) => x.text !== 'x15cm')) expect(isCovered(w, keys), w.text).toBe(true);
  });

  it('and in English, unit included', () => {
    const keys = targetKeys(['Used when 6x4" (10x15cm) is too small, at 1920×1080.'], 'en');
    for (const w of sourceWords(source, 'en', undefined).filter((x) => x.strong)) expect(isCovered(w, keys), w.text).toBe(true);
  });

  it('a translation with other sizes does not cover them', () => {
    const keys = targetKeys(['Used when 5x7" (13x18cm) is too small, at 1280×720.'], 'en');
    for (const w of sourceWords(source, 'en', undefined).filter((x) => x.strong)) expect(isCovered(w, keys), w.text).toBe(false);
  });
});
