import type { Sentence } from '../../model/types';
import type { BeadView, RatioStats } from '../types';
import { contentLength, sourceLength, type SourceLength } from '../../text/carried-letters';
import { lengthRatioModel, lengthRatioZ, MIN_SOURCE_CHARS } from '../../text/length-ratio';

/**
 * A sentence's measure, cached by sentence object and kept with the text it was measured on, so an
 * edited text is re-measured.
 */
function cachedBySentence<T>(measure: (text: string) => T): (sentence: Sentence) => T {
  const measured = new WeakMap<Sentence, { text: string; value: T }>();
  return (sentence) => {
    const cached = measured.get(sentence);
    if (cached && cached.text === sentence.text) return cached.value;
    const value = measure(sentence.text);
    measured.set(sentence, { text: sentence.text, value });
    return value;
  };
}

const sentenceLength = cachedBySentence(contentLength);
const sourceSentenceLength = cachedBySentence<SourceLength>(sourceLength);

/**
 * Content lengths of the two sides of a bead, as the ratio scales them: the source's translated
 * letters (Han), and the translation less the letters the source carries over one for one (Latin
 * names and words; core/text/carried-letters.ts). A gloss in parentheses counts on neither side.
 */
export function beadLengths(bead: BeadView): { source: number; target: number } {
  let source = 0;
  let carried = 0;
  for (const s of bead.source) {
    const length = sourceSentenceLength(s.sentence);
    source += length.translated;
    carried += length.carried;
  }
  const target = bead.target.reduce((n, s) => n + sentenceLength(s.sentence), 0);
  return { source, target: Math.max(0, target - carried) };
}

/**
 * How far a bead's log length ratio lies from the document's median, in robust standard deviations.
 * As in Gale and Church, the spread shrinks with length: a short sentence's ratio varies more, so the
 * deviation is weighted by √(source length / median source length) before it is compared.
 */
export function lengthZ(stats: RatioStats, sourceLength: number, targetLength: number): number | undefined {
  if (sourceLength < MIN_SOURCE_CHARS || targetLength === 0) return undefined;
  return lengthRatioZ(stats, sourceLength, targetLength);
}

/**
 * The document's length model over its beads (core/text/length-ratio.ts): median and scaled MAD of
 * the beads' length-weighted log ratios.
 */
export function lengthRatioStats(beads: readonly BeadView[]): RatioStats | undefined {
  const model = lengthRatioModel(beads.map(beadLengths));
  return model && { median: model.median, typicalSource: model.typicalSource, spread: model.spread, count: model.deviations.length };
}
