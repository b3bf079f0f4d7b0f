/**
 * The hand-written English Snowball stemmer (core/text/english-stem.ts) against the generated one of
 * the snowball-stemmers package it replaces for speed: the same stem for every word of the samples and
 * the align fixtures, for each of them with every suffix the algorithm knows appended, and for
 * random strings over the letters the rules look at (y / Y, w, x, apostrophes, a non-ASCII letter).
 */
import { newStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { englishStem } from '../core/text/english-stem';
import { rng as seeded } from './helpers/rng';
import { corpusWords, expectSameStems } from './helpers/stem-corpus';

const reference = newStemmer('english');

const SUFFIXES = ['ational', 'tional', 'ization', 'iveness', 'fulness', 'ousness', 'biliti', 'lessli', 'entli', 'ousli', 'fulli', 'aliti', 'iviti', 'alism', 'ation', 'anci', 'enci', 'abli', 'alli', 'izer', 'ator', 'bli', 'ogi', 'li', 'alize', 'icate', 'iciti', 'ative', 'ical', 'ness', 'ful', 'ement', 'ment', 'ance', 'ence', 'able', 'ible', 'ant', 'ent', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize', 'ion', 'sion', 'tion', 'al', 'er', 'ic', 'e', 'l', 'll', 'eed', 'eedly', 'ed', 'edly', 'ing', 'ingly', 's', 'ss', 'sses', 'ied', 'ies', 'us', 'y', 'ly', "'s", "'s'", "'", 'ated', 'bled', 'ized', 'bbed', 'ying'];
const STEMS = ['gener', 'commun', 'arsen', 'b', 'hop', 'ab', 'tr', 'y', 'ay', 'sky', 'ski', 'dy', 'eb', 'ow', 'cr', 'news', 'inn', 'out', 'proce', 'exce', 'l', "'y"];

describe('englishStem', () => {
  it('stems like Snowball English on the corpus words and with every suffix appended', () => {
    const words = corpusWords('en', /[\p{L}\p{N}']+/gu);
    expect(words.length).toBeGreaterThan(1000);
    const all = new Set(words);
    for (const stem of [...STEMS, ...words.slice(0, 400)]) for (const s of SUFFIXES) all.add(stem + s);
    expect(expectSameStems(englishStem, reference, all)).toBeGreaterThan(30_000);
  });

  it('stems like Snowball English on random strings', () => {
    const rng = seeded(13);
    const letters = "aeiouybcdglmnrstwxhkp'Yé";
    const words: string[] = [];
    for (let k = 0; k < 50_000; k++) {
      let w = '';
      const len = 1 + Math.floor(rng() * 11);
      for (let i = 0; i < len; i++) w += letters[Math.floor(rng() * letters.length)];
      words.push(w);
    }
    expectSameStems(englishStem, reference, words);
  });

  it('keeps the exceptions and short words', () => {
    expect(['skies', 'dying', 'news', 'generously', 'communism', 'by', 'hopping', 'cried', 'ties'].map(englishStem)).toEqual(['sky', 'die', 'news', 'generous', 'communism', 'by', 'hop', 'cri', 'tie']);
  });
});
