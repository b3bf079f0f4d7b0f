import { describe, expect, it } from 'vitest';
import { misspellingMessage, probableNameHover, replaceWord, withIgnoredWord } from '../core/spelling/fixes';

// The editor's spelling quick fixes: what a correction does to the sentence, what "Ignore in this
// project" does to the project's list.
describe('spelling quick fixes', () => {
  it('replaces exactly the misspelt word, keeping the text around it', () => {
    const text = 'The goverment, said «стратегичесой» партнёр.';
    const start = text.indexOf('goverment');
    expect(replaceWord(text, start, start + 'goverment'.length, 'government')).toBe('The government, said «стратегичесой» партнёр.');
    const ru = text.indexOf('стратегичесой');
    expect(replaceWord(text, ru, ru + 'стратегичесой'.length, 'стратегической')).toBe('The goverment, said «стратегической» партнёр.');
  });

  it('refuses a range outside the sentence (the text changed under the menu)', () => {
    expect(() => replaceWord('short', 3, 9, 'x')).toThrow(/no word at 3–9 in a sentence of 5 characters/);
    expect(() => replaceWord('short', 4, 2, 'x')).toThrow(RangeError);
  });

  it('adds an ignored word once, sorted by code point, to an absent or existing list', () => {
    expect(withIgnoredWord(undefined, 'Qianmen')).toEqual(['Qianmen']);
    expect(withIgnoredWord(['Yasukuni', 'Ясукуни'], 'Jinping')).toEqual(['Jinping', 'Yasukuni', 'Ясукуни']);
    expect(withIgnoredWord(['Jinping'], 'Jinping')).toEqual(['Jinping']);
  });

  it('names the word and the shortcut in the squiggle’s hover', () => {
    expect(misspellingMessage('goverment')).toBe('Unknown word “goverment” (spelling; Ctrl+. for corrections)');
  });

  it('says in a probable name’s hover what the Problems list says', () => {
    expect(probableNameHover('Трамп')).toBe('Unknown word “Трамп”, probably a name (the source has a transliterated one); add it to the team dictionary once checked (Ctrl+.).');
  });
});
