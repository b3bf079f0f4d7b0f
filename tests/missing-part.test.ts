/**
 * Partial omissions (core/align/verdict/missing-part.ts, completeness.partial-omission): which
 * part of a source sentence a short translation leaves out, judged on small fixtures of our own —
 * a rendering shared with the translated clause proves nothing about the lost one, a first clause
 * the dictionary cannot see does not hide a lost end, the translation's own unmatched words speak
 * for a blind dictionary, and a probable part is reported without the document's length outlier.
 */
import { describe, expect, it } from 'vitest';
import { alignDocs } from '../core/align';
import { blindDictionaryLlr, missingPart, sharedRenderings } from '../core/align/verdict/missing-part';
import { isCovered, sourceWords, targetKeys, type SourceWord } from '../core/align/verdict/source-words';
import { runChecks } from '../core/qa';
import { fixtureLines, realLexicon } from './align-helpers';
import { makeDoc, makeProject } from './edit-helpers';

const lexicon = realLexicon();
/** zh→ru-like rates: a thin dictionary finds 40 % of a translated sentence's words. */
const rates = { miss: 0.6, chance: 0.04, dispersion: 1.2 };
const params = { lengthRatio: 4, lengthVariance: 10 };

describe('shared renderings', () => {
  it('pairs the covered words that one target word may render, and leaves unmatched words alone', () => {
    const keys = targetKeys(['Правительство обещало помощь, и помощь пришла.'], 'ru');
    const [help] = targetKeys(['помощь'], 'ru');
    const [government] = targetKeys(['правительство'], 'ru');
    const words: SourceWord[] = [
      { text: '帮助', start: 0, end: 2, keys: [help!] },
      { text: '政府', start: 3, end: 5, keys: [government!] },
      { text: '帮助', start: 10, end: 12, keys: [help!] },
      { text: '指责', start: 14, end: 16, keys: ['обвинение'] },
    ];
    const partners = sharedRenderings(words, (w) => isCovered(w, keys));
    expect(partners[0]).toEqual([2]);
    expect(partners[2]).toEqual([0]);
    expect(partners[1]).toEqual([]);
    expect(partners[3]).toEqual([]);
  });
});

describe('missing part', () => {
  const text = '政府承诺提供数百万剂疫苗，这将有助于医疗机构为明年做好准备。';
  const words = sourceWords(text, 'en', lexicon);
  const comma = text.indexOf('，') + 1;

  it('finds the lost end even when the dictionary shows none of the first clause', () => {
    // The translation renders the first clause, but the dictionary knows none of its words, as
    // often in zh→ru: the earlier rule asked the rest to look translated and found nothing.
    const covered = (): boolean => false;
    // The translation is as long as the first clause's translation would be (12 characters × 4).
    const short = missingPart({ text, words, covered, rates, beadSource: 28, beadTarget: 48, targets: 1, params });
    expect(short).toBeDefined();
    // With no word shown anywhere, length alone places the cut: the part holds the whole second
    // clause and little of the first.
    expect(short!.from).toBeLessThanOrEqual(comma);
    expect(text.slice(short!.from, comma).replace(/[，]/g, '').length).toBeLessThanOrEqual(4);
    expect(short!.to).toBe(text.length);
    // The same unmatched words with a translation long enough for the whole sentence: no part.
    const full = missingPart({ text, words, covered, rates, beadSource: 28, beadTarget: 112, targets: 1, params });
    expect(full?.p ?? 0).toBeLessThan(0.02);
  });

  it('weighs the translation\'s own unmatched words: a blind dictionary, not a lost clause', () => {
    const target = { rates: { miss: 0.5, chance: 0.04, dispersion: 1 }, counts: { words: 10, uncovered: 5 } };
    // Ten target words, five unmatched: the document's usual share, as a translation of the rest
    // alone would show. Eight of ten unmatched: the part's renderings are there, unknown.
    const clean = blindDictionaryLlr(target, { words: 6, uncovered: 6 }, 0.4);
    const blind = blindDictionaryLlr({ ...target, counts: { words: 10, uncovered: 8 } }, { words: 6, uncovered: 6 }, 0.4);
    expect(clean).toBeGreaterThan(0);
    expect(blind).toBeLessThan(0);
    // A part whose words show as often as a translation's says nothing either way.
    expect(blindDictionaryLlr(target, { words: 6, uncovered: 3 }, 0.4)).toBe(0);
    const noCover = (): boolean => false;
    const base = { text, words, covered: noCover, rates, beadSource: 28, beadTarget: 48, targets: 1, params };
    const withClean = missingPart({ ...base, target: { ...target, counts: { words: 10, uncovered: 5 } } })!;
    const withBlind = missingPart({ ...base, target: { ...target, counts: { words: 10, uncovered: 9 } } });
    expect(withClean.p).toBeGreaterThan(withBlind?.p ?? 0);
  });
});

describe('completeness.partial-omission without the length outlier', () => {
  const zh = fixtureLines('strategic-stability/zh.txt').slice(0, 30);
  const en = fixtureLines('strategic-stability/en.txt');
  const source = makeDoc('zh', [zh]);
  const target = makeDoc('en', [en.slice(0, 40)]);
  const aligned = alignDocs(source, target, { lexicon });

  /** The project with the verdict of the first sound 1:1 bead given a located part of probability p. */
  function withPart(p: number) {
    const beads = aligned.beads.map((b) => ({ ...b, verdict: b.verdict && { ...b.verdict } }));
    const k = beads.findIndex((b) => b.src.length === 1 && b.tgt.length === 1 && b.verdict && zh[Number(b.src[0]!.slice(4))]!.length > 30);
    const text = zh[Number(beads[k]!.src[0]!.slice(4))]!;
    const from = text.indexOf('，') > 0 ? text.indexOf('，') + 1 : 10;
    beads[k]!.verdict!.part = [from, text.length, p];
    return { project: makeProject(source, { en: target }, { en: { ...aligned, beads } }), id: beads[k]!.src[0]!, piece: text.slice(from) };
  }

  it('reports a part more likely lost than not in a 1:1 bead, quoting it', () => {
    const { project, id, piece } = withPart(0.6);
    const found = runChecks(project).filter((f) => f.check === 'completeness.partial-omission' && f.source?.sentences.includes(id));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(piece.normalize('NFKC').trim().slice(0, 10));
    expect(found[0]!.message).toMatch(/probability 60%/);
  });

  it('stays silent on a merely plausible part when the length is ordinary', () => {
    const { project, id } = withPart(0.3);
    expect(runChecks(project).filter((f) => f.check === 'completeness.partial-omission' && f.source?.sentences.includes(id))).toEqual([]);
  });
});
