/**
 * Planted omissions and additions on real Chinese sentences (strategic-stability sample) with
 * English and Russian translations written for these tests. A dropped or added sentence must come
 * out as its own 1:0 / 0:1 bead, never absorbed into a neighbouring 2:1 or 1:2 bead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../core/align';
import { beadText, expectValidBeads, fixtureLines, goldOneToOne, realLexicon } from './align-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const en = fixtureLines('strategic-stability/en.txt');
const ru = fixtureLines('strategic-stability/ru.txt');
const lexicon = realLexicon();

const gold = fixtureLines('strategic-stability/gold-en.align');
/** Target sentences that are whole translations of one source sentence, by gold bead. */
const oneToOne = goldOneToOne('strategic-stability/gold-en.align');

describe('fixture', () => {
  it('uses sentences of the real sample', () => {
    const sample = readFileSync(join(__dirname, '..', 'samples', 'strategic-stability-2025-05-08.zh.txt'), 'utf8').normalize('NFC');
    for (const s of zh) expect(sample).toContain(s);
  });
});

describe('zh→en on the strategic-stability sample', () => {
  it('finds the gold alignment, 1:2 splits included', () => {
    const beads = alignSentences(zh, en, { tgtLang: 'en', lexicon });
    expectValidBeads(beads, zh.length, en.length);
    expect(beads.map(beadText)).toEqual(gold);
  });

  it.each(oneToOne)('an omitted translation of source $src becomes [$src]:[]', ({ src, tgt }) => {
    const draft = en.filter((_, j) => j !== tgt);
    const beads = alignSentences(zh, draft, { tgtLang: 'en', lexicon });
    expectValidBeads(beads, zh.length, draft.length);
    const own = beads.find((b) => b.src.includes(src))!;
    expect(beadText(own)).toBe(`[${src}]:[]`);
  });

  it.each([0, 4, 9, 15])('a sentence added after target %i becomes its own []:[x] bead', (after) => {
    const added = 'The Parties also welcomed the outcome of the recent consultations between their foreign ministries in Beijing.';
    const draft = [...en.slice(0, after + 1), added, ...en.slice(after + 1)];
    const beads = alignSentences(zh, draft, { tgtLang: 'en', lexicon });
    expectValidBeads(beads, zh.length, draft.length);
    expect(beads.map(beadText)).toContain(`[]:[${after + 1}]`);
  });

  it('gives an omission a confidence that reflects how sure it is', () => {
    const draft = en.filter((_, j) => j !== 8);
    const beads = alignSentences(zh, draft, { tgtLang: 'en', lexicon });
    const omission = beads.find((b) => b.src.length === 1 && b.tgt.length === 0)!;
    expect(omission.score).toBeGreaterThan(0.5);
  });
});

describe('zh→ru without a lexicon (numbers, punctuation, length, MT)', () => {
  it('aligns the full translation 1:1', () => {
    const beads = alignSentences(zh, ru, { tgtLang: 'ru' });
    expectValidBeads(beads, zh.length, ru.length);
    expect(beads.map(beadText)).toEqual(zh.map((_, i) => `[${i}]:[${i}]`));
  });

  it('keeps an omission of a sentence with a number as its own bead', () => {
    const draft = ru.filter((_, j) => j !== 15);
    const beads = alignSentences(zh, draft, { tgtLang: 'ru' });
    expectValidBeads(beads, zh.length, draft.length);
    expect(beads.map(beadText)).toContain('[15]:[]');
  });

  it('uses the machine translation to place an omission that length alone cannot', () => {
    // MT here is the reference Russian itself: the strongest possible MT signal.
    const draft = ru.filter((_, j) => j !== 7);
    const beads = alignSentences(zh, draft, { tgtLang: 'ru', mt: ru });
    expectValidBeads(beads, zh.length, draft.length);
    expect(beads.map(beadText)).toContain('[7]:[]');
  });
});
