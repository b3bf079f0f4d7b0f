/**
 * Options that make the aligner cheaper for callers that need less: they must not change the beads
 * or their confidences (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../core/align';
import { fixtureLines, realLexicon } from './align-helpers';

const zh = fixtureLines('strategic-stability/zh.txt');
const en = fixtureLines('strategic-stability/en.txt');

describe('alignSentences({ verdicts: false })', () => {
  it('gives the same beads and confidences, without the per-bead verdicts', () => {
    const lexicon = realLexicon();
    const full = alignSentences(zh, en, { tgtLang: 'en', lexicon });
    const lean = alignSentences(zh, en, { tgtLang: 'en', lexicon, verdicts: false });
    expect(full.some((b) => b.verdict !== undefined)).toBe(true);
    expect(lean.every((b) => b.verdict === undefined)).toBe(true);
    expect(lean).toEqual(full.map(({ src, tgt, score }) => ({ src, tgt, score })));
  });
});

describe('alignSentences({ verdicts: false, confidences: false })', () => {
  it('gives the same beads, every score NaN (the last posterior pass is skipped)', () => {
    const lexicon = realLexicon();
    const full = alignSentences(zh, en, { tgtLang: 'en', lexicon, verdicts: false });
    const bare = alignSentences(zh, en, { tgtLang: 'en', lexicon, verdicts: false, confidences: false });
    expect(full.every((b) => Number.isFinite(b.score))).toBe(true);
    expect(bare.every((b) => Number.isNaN(b.score))).toBe(true);
    expect(bare.map(({ src, tgt }) => ({ src, tgt }))).toEqual(full.map(({ src, tgt }) => ({ src, tgt })));
  });

  it('keeps the confidences when the verdicts are computed: they read the same posteriors', () => {
    const lexicon = realLexicon();
    const full = alignSentences(zh, en, { tgtLang: 'en', lexicon });
    expect(alignSentences(zh, en, { tgtLang: 'en', lexicon, confidences: false })).toEqual(full);
  });
});
