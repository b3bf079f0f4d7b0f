import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TargetLang } from '../core/model';
import { glossaryTargetWords } from '../core/spelling';
import type { Speller } from '../core/spelling';
import { loadGlossaryFiles } from '../services/glossary-files';
import { loadSpeller } from '../services/spelling/speller';

// The built-in samples (en-US drafts and Russian) raise no spelling alarm: names, terms and
// abbreviations are skipped, not flagged. A typo planted into them is found, once, with its correction.
const root = join(__dirname, '..');
const read = (name: string, lang: string) => readFileSync(join(root, 'samples', `${name}-2025-05-08.${lang}.txt`), 'utf8');
const SAMPLES = ['strategic-stability', 'joint-statement'];
let speller: Speller;

/** Every unknown word of a translation, line by line, the whole Chinese text as the source. */
function unknownWords(text: string, lang: TargetLang, source: string): string[] {
  return text.split('\n').flatMap((line) => speller.misspellings(line, lang, source).map((m) => m.word));
}

beforeAll(async () => {
  const { termBase } = await loadGlossaryFiles([join(root, 'glossary')]);
  speller = await loadSpeller({ langs: ['en', 'ru'], english: 'en-US', acceptedWords: glossaryTargetWords(termBase) });
}, 60_000);

describe('spelling on the built-in samples', () => {
  it.each(SAMPLES)('%s: no word of the English or Russian draft is flagged', (name) => {
    const zh = read(name, 'zh');
    expect(unknownWords(read(name, 'en'), 'en', zh)).toEqual([]);
    expect(unknownWords(read(name, 'ru'), 'ru', zh)).toEqual([]);
  });

  it('a typo planted into each draft is the one word flagged, with the right correction first', () => {
    const zh = read('strategic-stability', 'zh');
    const en = read('strategic-stability', 'en').replace('strategic', 'stategic');
    const ru = read('strategic-stability', 'ru').replace('стратегической', 'стратегичесой');
    expect(unknownWords(en, 'en', zh)).toEqual(['stategic']);
    expect(unknownWords(ru, 'ru', zh)).toEqual(['стратегичесой']);
    expect(speller.suggestions('stategic', 'en')[0]).toBe('strategic');
    expect(speller.suggestions('стратегичесой', 'ru')[0]).toBe('стратегической');
  });
});
