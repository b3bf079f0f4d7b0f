import { describe, expect, it, vi } from 'vitest';
import type * as hunspellAsm from 'hunspell-asm/dist/cjs/index.js';
import { heldDictionaries, setSpellingData, spellerFor } from '../renderer/src/state/worker-speller';
import type { SpellingData } from '../renderer/src/state/worker-speller';
import { createSpellingHandlers } from '../services/spelling/handlers';

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

// The page's side as use-findings runs it: ask the worker what it holds, name that in the request, load the answer.
const handlers = createSpellingHandlers({ glossaryDir: 'glossary', resolveTeamFolder: async () => null });
const fetchFor = (english: 'en-US' | 'en-GB'): Promise<SpellingData> => handlers['spelling:dictionaries']({ english, teamFolder: null, held: heldDictionaries() });
const misspelt = (word: string): boolean => spellerFor({}, null)!.misspellings(`The ${word} of the flag.`, 'en').some((m) => m.word === word);

describe('QA worker spelling: a dictionary already built is neither sent nor built again', () => {
  it('a new project in the other English variant brings and builds only that English; switching back brings and builds nothing', async () => {
    const sample = await fetchFor('en-US');
    expect(sample.en.files && sample.ru.files).toBeTruthy();
    expect(await setSpellingData(sample)).toEqual([]);
    expect(builds).toBe(2);
    expect(misspelt('colour')).toBe(true);
    const british = await fetchFor('en-GB');
    expect(british.en.files).not.toBeNull();
    expect(british.ru.files).toBeNull();
    expect(await setSpellingData(british)).toEqual([]);
    expect(builds).toBe(3);
    expect(misspelt('colour')).toBe(false);
    const back = await fetchFor('en-US');
    expect([back.en.files, back.ru.files]).toEqual([null, null]);
    expect(await setSpellingData(back)).toEqual([]);
    expect(builds).toBe(3);
    expect(misspelt('colour')).toBe(true);
  }, 60_000);

  it('a version named as held that the worker does not have is reported and changes nothing', async () => {
    expect(await setSpellingData(await fetchFor('en-US'))).toEqual([]);
    const data = await fetchFor('en-GB');
    const before = builds;
    const missing = await setSpellingData({ ...data, en: { version: 'en-GB:not-built-here', files: null } });
    expect(missing).toEqual(['en-GB:not-built-here']);
    expect(builds).toBe(before);
    // en-US is still in force.
    expect(misspelt('colour')).toBe(true);
  }, 60_000);
});
