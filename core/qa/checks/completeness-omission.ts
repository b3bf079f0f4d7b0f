import { beadFinding, quote } from '../finding';
import type { BeadCheck } from '../types';
import { REPORT_PROBABILITY } from './completeness-hidden-gap';
import { translatedStretch } from './completeness-unconfirmed-stretch';
import { inUntranslatedTail } from '../stats/untranslated-tail';

/** A source sentence with no translation: a 1:0 bead, or target sentences that are all blank. */
export const completenessOmission: BeadCheck = {
  id: 'completeness.omission',
  severity: 'error',
  scope: 'bead',
  description: 'A source sentence has no translation (1:0 bead or empty target).',
  run(bead, ctx) {
    if (bead.source.length === 0) return [];
    // Inside an untranslated end of the document: completeness.untranslated-tail reports it once.
    if (inUntranslatedTail(bead, ctx)) return [];
    if (bead.target.some((t) => t.sentence.text.trim() !== '')) return [];
    if (probablyPlaced(bead)) return [];
    const text = bead.source.map((s) => s.sentence.text).join('');
    const what = bead.target.length === 0 ? 'is not translated' : 'has an empty translation';
    return [beadFinding(completenessOmission, bead, `Source ${quote(text)} ${what}.`)];
  },
};

/**
 * A lone sentence (1:0 or 0:1 bead) whose current verdict says it is probably aligned after all:
 * over all nearby alignments it is rarely unaligned, or its own words are found in the sentence
 * beside it (core/align/verdict/bead-verdict.ts). The best path's shape alone is no finding then.
 */
export function probablyPlaced(bead: { verdict?: { gap?: number[]; stretch?: number } }): boolean {
  const gap = bead.verdict?.gap?.[0];
  return (gap !== undefined && gap < REPORT_PROBABILITY) || translatedStretch(bead);
}
