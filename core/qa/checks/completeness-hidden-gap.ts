import { quote, sideLocation } from '../finding';
import type { BeadVerdict } from '../../model/types';
import type { BeadCheck, BeadView, Finding, LocatedSentence } from '../types';
import { inUntranslatedTail } from '../stats/untranslated-tail';

/**
 * Report a sentence once the odds that it is unaligned reach 1 : 3. A reviewer reads a flagged
 * sentence in seconds, a missed one costs a sentence of the published text: checking three sound
 * sentences to find one gap is the trade this threshold states (it is not fitted to any data set).
 */
export const REPORT_PROBABILITY = 0.25;
/** Words named in a message, so one finding stays one line. */
const MAX_WORDS = 5;

/**
 * A sentence the aligner placed inside a bead (n:1, 1:n, or a 1:1 pair) that, by the posterior of
 * the bead model over all nearby alignments, probably has no counterpart there: an omission or an
 * addition that a bead whose length still fits would otherwise hide. In an n:m bead the length
 * must agree: a member whose removal makes the bead's length fit worse is left alone (its words
 * may just be missing from a thin dictionary, as zh→ru often is).
 */
export const completenessHiddenGap: BeadCheck = {
  id: 'completeness.hidden-gap',
  severity: 'warning',
  scope: 'bead',
  description: 'A sentence inside a bead probably has no counterpart: its words are missing from the other side.',
  run(bead, ctx) {
    const v = bead.verdict;
    if (!v || bead.source.length === 0 || bead.target.length === 0) return [];
    if (inUntranslatedTail(bead, ctx)) return [];
    const findings: Finding[] = [];
    bead.source.forEach((s, k) => {
      const gap = memberGap(v, k);
      if (gap < REPORT_PROBABILITY) return;
      const missing = uncoveredWords(v, k);
      const why = missing.length ? `${noCounterpart(missing)} in the translation` : 'the translation matches the other sentences of the bead';
      findings.push(gapFinding(bead, [s], bead.target, `Source ${quote(s.sentence.text)} is probably not translated (${percent(gap)}): ${why}.`));
    });
    bead.target.forEach((t, k) => {
      const gap = memberGap(v, bead.source.length + k);
      if (gap < REPORT_PROBABILITY) return;
      findings.push(gapFinding(bead, [], [t], `Target ${quote(t.sentence.text)} probably has no source sentence (${percent(gap)}): its words do not come from the source beside it.`));
    });
    return findings;
  },
};

/**
 * Member x's probability of having no counterpart (source members first, then target members):
 * the verdict's own judgement when it has one; for verdicts from before it, the alignment
 * posterior, counted only when the length agrees (removing the sentence does not fit worse).
 */
function memberGap(v: BeadVerdict, x: number): number {
  if (v.gap) return v.gap[x] ?? 0;
  const nSrc = v.src.length;
  const posterior = (x < nSrc ? v.src[x] : v.tgt[x - nSrc]) ?? 0;
  return (v.fits?.[x] ?? 0) > 0 ? 0 : posterior;
}

function gapFinding(bead: BeadView, source: LocatedSentence[], target: LocatedSentence[], message: string): Finding {
  return {
    check: completenessHiddenGap.id,
    severity: completenessHiddenGap.severity,
    message,
    lang: bead.lang,
    bead: bead.index,
    source: sideLocation(source),
    target: sideLocation(target),
  };
}

/** The evidence words of source sentence k that the translation does not show. */
export function uncoveredWords(v: BeadVerdict, k: number): string[] {
  const u = v.uncovered?.[k];
  return u ? u.split(' ') : [];
}

function percent(p: number): string {
  return `probability ${Math.round(p * 100)}%`;
}

/** "周六, 13 have no counterpart": the words (words()) with the verb agreeing in number. */
export function noCounterpart(list: readonly string[]): string {
  const named = list.filter((w) => !FUNCTION_WORD_PIECES.has(w));
  const shown = named.length > 0 ? named : list;
  return `${words(shown)} ${shown.length === 1 ? 'has' : 'have'} no counterpart`;
}

/**
 * Pieces of function words the dictionaries lack as headwords (我们, 他们, 什么 are read 我 + 们,
 * 什 + 么: docs/decisions/0004, round 15). They still count as evidence — the document's rates are
 * measured with them — but a reviewer told that "们 has no counterpart" stops trusting the list.
 */
const FUNCTION_WORD_PIECES: ReadonlySet<string> = new Set(['们', '什', '么']);

/** "周六, 13, 龙虾" — the first few, then how many more. */
export function words(list: readonly string[]): string {
  const shown = list.slice(0, MAX_WORDS).join(', ');
  return list.length > MAX_WORDS ? `${shown} and ${list.length - MAX_WORDS} more` : shown;
}
