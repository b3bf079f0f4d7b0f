import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const root = join(__dirname, '..', '..');

/** Every distinct lower-cased word of the samples and align fixtures in one language (`word` says what a word is). */
export function corpusWords(lang: 'en' | 'ru', word: RegExp): string[] {
  const files = readdirSync(join(root, 'samples')).filter((f) => f.endsWith(`.${lang}.txt`)).map((f) => join(root, 'samples', f));
  const fixtures = join(root, 'tests', 'fixtures', 'align');
  const named = new RegExp(`^${lang}|\\.${lang}\\.`);
  for (const dir of readdirSync(fixtures, { withFileTypes: true })) {
    if (dir.isDirectory()) for (const f of readdirSync(join(fixtures, dir.name))) if (named.test(f)) files.push(join(fixtures, dir.name, f));
  }
  const words = new Set<string>();
  for (const f of files) for (const w of readFileSync(f, 'utf8').toLowerCase().match(word) ?? []) words.add(w);
  return [...words];
}

/** Asserts that `stem` and the reference stemmer agree on every word (the first ten differences shown); returns how many were compared. */
export function expectSameStems(stem: (w: string) => string, reference: { stem(w: string): string }, words: Iterable<string>): number {
  let n = 0;
  const differ: string[] = [];
  for (const w of words) {
    n++;
    if (stem(w) !== reference.stem(w)) differ.push(`${w}: ${stem(w)} ≠ ${reference.stem(w)}`);
  }
  expect(differ.slice(0, 10)).toEqual([]);
  return n;
}
