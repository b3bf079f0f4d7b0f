import { describe, expect, it, vi } from 'vitest';
import type * as hunspellAsm from 'hunspell-asm/dist/cjs/index.js';
import { readDictionaryFiles } from '../services/spelling/dictionaries';
import { setSpellingData, spellerFor } from '../renderer/src/state/worker-speller';

// Count the Hunspell instances the worker builds; the WebAssembly module itself is the real one.
let builds = 0;
vi.mock('hunspell-asm/dist/cjs/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof hunspellAsm>();
  return {
    ...real,
    loadModule: async () => {
      const factory = await real.loadModule();
      return { ...factory, create: (aff: string, dic: string) => (builds++, factory.create(aff, dic)) };
    },
  };
});

const utf8 = new TextDecoder('utf-8');
async function files(locale: 'en-US' | 'en-GB' | 'ru'): Promise<{ aff: string; dic: string }> {
  const { aff, dic } = await readDictionaryFiles(locale);
  return { aff: utf8.decode(aff), dic: utf8.decode(dic) };
}
const misspelt = (word: string): boolean => spellerFor({}, null)!.misspellings(`The ${word} of the flag.`, 'en').some((m) => m.word === word);

describe('QA worker spelling: a dictionary already built is reused', () => {
  it('a new project in the other English variant builds only that English; switching back builds nothing', async () => {
    const [us, gb, ru] = await Promise.all([files('en-US'), files('en-GB'), files('ru')]);
    await setSpellingData({ en: us, ru, teamWords: [] });
    expect(builds).toBe(2);
    expect(misspelt('colour')).toBe(true);
    await setSpellingData({ en: gb, ru, teamWords: [] });
    expect(builds).toBe(3);
    expect(misspelt('colour')).toBe(false);
    await setSpellingData({ en: us, ru, teamWords: [] });
    expect(builds).toBe(3);
    expect(misspelt('colour')).toBe(true);
  }, 60_000);
});
