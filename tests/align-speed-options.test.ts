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
