/**
 * Partial omissions (core/align/verdict/missing-part.ts, completeness.partial-omission): which
 * part of a source sentence a short translation leaves out, judged on small fixtures of our own —
 * a rendering shared with the translated clause proves nothing about the lost one, a first clause
 * the dictionary cannot see does not hide a lost end, the translation's own unmatched words speak
 * for a blind dictionary, at the translation's end for a lost end.
 */
import { describe, expect, it } from 'vitest';
import { blindDictionaryLlr, missingPart, renderingCounts, sharedRenderings } from '../core/align/verdict/missing-part';
import { isCovered, sourceWords, targetKeys, targetWords, type SourceWord } from '../core/align/verdict/source-words';
import { realLexicon } from './align-helpers';

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

  it('pairs them only through a rendering the translation shows fewer times than they share it', () => {
    // 壮举 and 功勋 both render as подвиг; the dictionary also lists высокий for both and for 敬意.
    const translation = 'Помнить о подвиге народов, отдать дань уважения ветеранам, совершившим подвиги.';
    const keys = targetKeys([translation], 'ru');
    const [feat] = targetKeys(['подвиг'], 'ru');
    const [high] = targetKeys(['высокий'], 'ru');
    const [respect] = targetKeys(['уважение'], 'ru');
    const words: SourceWord[] = [
      { text: '壮举', start: 0, end: 2, keys: [feat!, high!] },
      { text: '功勋', start: 10, end: 12, keys: [feat!, high!] },
      { text: '敬意', start: 14, end: 16, keys: [respect!, high!] },
    ];
    const covered = (w: SourceWord): boolean => isCovered(w, keys);
    // Without counts (n:m beads before this rule): every covered word that shares a key is paired.
    expect(sharedRenderings(words, covered).map((p) => p.length)).toEqual([2, 2, 2]);
    // With them: высокий is not in the translation, and подвиг is there twice for two words.
    const counts = renderingCounts(targetWords(translation, 'ru'));
    const shown = (key: string): number => counts.get(key) ?? 0;
    expect(sharedRenderings(words, covered, shown)).toEqual([[], [], []]);
    // Had the translation said подвиг once, 壮举 and 功勋 would still share it.
    const once = renderingCounts(targetWords('Помнить о подвиге народов, отдать дань уважения ветеранам.', 'ru'));
    expect(sharedRenderings(words, covered, (key) => once.get(key) ?? 0)).toEqual([[1], [0], []]);
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
    const rates = { miss: 0.5, chance: 0.04, dispersion: 1 };
    const lostPart = { words: 6, uncovered: 6 };
    // The translation's last four words (40 % of ten) matched as usual: it ends with renderings of
    // the rest, as a translation that stopped early does. Unmatched: the part's renderings are
    // there, unknown to the dictionary.
    const endsMatched = { rates, covered: [true, false, true, false, true, true, false, true, true, false] };
    const endsUnmatched = { rates, covered: [true, false, true, true, false, true, false, false, false, false] };
    expect(blindDictionaryLlr(endsMatched, lostPart, 0.4, true)).toBeGreaterThan(0);
    expect(blindDictionaryLlr(endsUnmatched, lostPart, 0.4, true)).toBeLessThan(0);
    // An inner part: the whole translation's share of unmatched words speaks, not its end.
    expect(blindDictionaryLlr(endsUnmatched, lostPart, 0.4, false)).toBeLessThan(blindDictionaryLlr(endsMatched, lostPart, 0.4, false));
    // A part whose words show as often as a translation's says nothing either way.
    expect(blindDictionaryLlr(endsMatched, { words: 6, uncovered: 2 }, 0.4, true)).toBe(0);
    const noCover = (): boolean => false;
    const base = { text, words, covered: noCover, rates, beadSource: 28, beadTarget: 48, targets: 1, params };
    const withMatchedEnd = missingPart({ ...base, target: endsMatched })!;
    const withUnmatchedEnd = missingPart({ ...base, target: endsUnmatched });
    expect(withMatchedEnd.p).toBeGreaterThan(withUnmatchedEnd?.p ?? 0);
  });
});
