/**
 * The hand-written Russian Snowball stemmer (core/text/russian-stem.ts) against the generated one of
 * the snowball-stemmers package it replaces for speed: the same stem for every word of the Russian
 * samples and fixtures, for each of them with every suffix the algorithm knows appended (twice), and
 * for random strings over the letters the rules look at (ё included, which is not a vowel there).
 */
import { newStemmer } from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { russianStem } from '../core/text/russian-stem';
import { rng as seeded } from './helpers/rng';
import { corpusWords, expectSameStems } from './helpers/stem-corpus';

const reference = newStemmer('russian');

const SUFFIXES = ['в', 'вши', 'вшись', 'ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись', 'ее', 'ие', 'ые', 'ое', 'ими', 'ыми', 'ей', 'ий', 'ый', 'ой', 'ем', 'им', 'ым', 'ом', 'его', 'ого', 'ему', 'ому', 'их', 'ых', 'ую', 'юю', 'ая', 'яя', 'ою', 'ею', 'нн', 'вш', 'ющ', 'щ', 'ивш', 'ывш', 'ующ', 'ся', 'сь', 'ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно', 'ила', 'ыла', 'ена', 'ейте', 'уйте', 'ите', 'или', 'ыли', 'уй', 'ил', 'ыл', 'ен', 'ило', 'ыло', 'ено', 'ят', 'ует', 'уют', 'ит', 'ыт', 'ены', 'ить', 'ыть', 'ишь', 'ю', 'а', 'ев', 'ов', 'ье', 'е', 'иями', 'ями', 'ами', 'еи', 'ии', 'и', 'ией', 'иям', 'ям', 'ием', 'ам', 'о', 'у', 'ах', 'иях', 'ях', 'ы', 'ь', 'ию', 'ью', 'ия', 'ья', 'я', 'ост', 'ость', 'ейше', 'ейш'];
const STEMS = ['стол', 'бр', 'а', 'я', 'ра', 'крас', 'ст', 'нн', 'сон', 'да', 'ёж'];

describe('russianStem', () => {
  it('stems like Snowball Russian on the corpus words and with suffixes appended', () => {
    const words = corpusWords('ru', /\p{L}+/gu);
    expect(words.length).toBeGreaterThan(1000);
    const all = new Set(words);
    for (const stem of [...STEMS, ...words.slice(0, 40)]) {
      for (const s of SUFFIXES) {
        all.add(stem + s);
        for (const t of SUFFIXES.slice(0, 20)) all.add(stem + s + t);
      }
    }
    expect(expectSameStems(russianStem, reference, all)).toBeGreaterThan(100_000);
  });

  it('stems like Snowball Russian on random strings', () => {
    const rng = seeded(17);
    const letters = 'аеиоуыэюяёвшсьлнтйщмкрдп';
    const words: string[] = [];
    for (let k = 0; k < 50_000; k++) {
      let w = '';
      const len = 1 + Math.floor(rng() * 10);
      for (let i = 0; i < len; i++) w += letters[Math.floor(rng() * letters.length)];
      words.push(w);
    }
    expectSameStems(russianStem, reference, words);
  });

  it('stems the forms of a few common words alike', () => {
    expect(['сотрудничество', 'сотрудничества', 'сотрудничеству'].map(russianStem)).toEqual(['сотрудничеств', 'сотрудничеств', 'сотрудничеств']);
    expect(['красивейший', 'стабильности', 'подписавшись'].map(russianStem)).toEqual(['красив', 'стабильн', 'подписа']);
  });
});
