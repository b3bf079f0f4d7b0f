import { quote, sideLocation } from '../finding';
import type { BeadCheck, BeadView, QaContext } from '../types';
import { beadLengths, lengthZ } from '../stats/length-ratio';
import { OUTLIER_Z } from './completeness-partial-omission';
import { REPORT_PROBABILITY } from './completeness-hidden-gap';
import { inUntranslatedTail } from '../stats/untranslated-tail';

/**
 * Source sentences in 1:0 beads beside target sentences in 0:1 beads (a lone stretch) whose words
 * say they translate each other (core/align/verdict/lone-stretch.ts): a stretch the aligner could
 * not pair for want of evidence, not k omissions and k additions. One low-confidence finding for
 * the whole stretch, at its first bead, instead of one per sentence (completeness.omission and
 * completeness.addition leave its sentences to this check).
 */
export const completenessUnconfirmedStretch: BeadCheck = {
  id: 'completeness.unconfirmed-stretch',
  severity: 'info',
  scope: 'bead',
  description: 'Source and target sentences side by side were not paired, but their words say they translate each other.',
  run(bead, ctx) {
    if (!translatedStretch(bead)) return [];
    const beads = ctx.beads[bead.lang] ?? [];
    // The stretch is reported once, at its first bead.
    if (bead.index > 0 && translatedStretch(beads[bead.index - 1])) return [];
    if (inUntranslatedTail(bead, ctx)) return [];
    const members: BeadView[] = [];
    for (let k = bead.index; k < beads.length && translatedStretch(beads[k]); k++) members.push(beads[k]!);
    // Nothing to say when every sentence of it is judged placed on its own (probablyPlaced).
    if (!members.some((b) => (b.verdict?.gap?.[0] ?? 1) >= REPORT_PROBABILITY)) return [];
    const source = members.flatMap((b) => b.source);
    const target = members.flatMap((b) => b.target);
    if (source.length === 0 || target.length === 0) return [];
    const sentences = (n: number, what: string): string => `${n} ${what} sentence${n === 1 ? '' : 's'}`;
    return [
      {
        check: completenessUnconfirmedStretch.id,
        severity: completenessUnconfirmedStretch.severity,
        message: `${sentences(source.length, 'source')} from ${quote(source[0]!.sentence.text)} and ${sentences(target.length, 'target')} beside them were not paired, but their words say they translate each other: translation not confirmed, check the stretch${lengthNote(bead, source, target, ctx)}.`,
        lang: bead.lang,
        bead: bead.index,
        source: sideLocation(source),
        target: sideLocation(target),
      },
    ];
  },
};

/** A 1:0 or 0:1 bead of a stretch its verdict judges translated. */
export function translatedStretch(bead: { verdict?: { stretch?: number } } | undefined): boolean {
  const p = bead?.verdict?.stretch;
  return p !== undefined && p < REPORT_PROBABILITY;
}

/**
 * What the stretch's length says, when it is an outlier for this document (the partial-omission
 * check's robust cut-off): a translation far too short for its sources may have left one out inside
 * the stretch, one far too long may hold an added sentence.
 */
function lengthNote(bead: BeadView, source: BeadView['source'], target: BeadView['target'], ctx: QaContext): string {
  const stats = ctx.ratioStats?.[bead.lang];
  if (!stats) return '';
  const lengths = beadLengths({ ...bead, source, target });
  const z = lengthZ(stats, lengths.source, lengths.target);
  if (z === undefined || Math.abs(z) < OUTLIER_Z) return '';
  return z < 0 ? '; its translation is far shorter than the source, so a sentence in it may be untranslated' : '; its translation is far longer than the source, so a sentence in it may have no source';
}
