import type { Sentence } from '../../model/types';
import type { BeadView, RatioStats } from '../types';
import { contentLength, sourceLength, type SourceLength } from '../../text/carried-letters';

/** Below this many beads a document's own length ratio distribution says too little to judge a bead by. */
export const MIN_BEADS_FOR_STATS = 8;

/** Short beads ("一" ↔ "I") have ratios dominated by noise; they neither feed nor face the statistics. */
export const MIN_SOURCE_CHARS = 12;

/** Scales the median absolute deviation to a standard-deviation estimate for normal data. */
const MAD_TO_SD = 1.4826;

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

function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * How far a bead's log length ratio lies from the document's median, in robust standard deviations.
 * As in Gale and Church, the spread shrinks with length: a short sentence's ratio varies more, so the
 * deviation is weighted by √(source length / median source length) before it is compared.
 */
export function lengthZ(stats: RatioStats, sourceLength: number, targetLength: number): number | undefined {
  if (sourceLength < MIN_SOURCE_CHARS || targetLength === 0) return undefined;
  const deviation = (Math.log(targetLength / sourceLength) - stats.median) * Math.sqrt(sourceLength / stats.typicalSource);
  return deviation / stats.spread;
}

/** A floor on the spread, so a very uniform document does not turn small differences into findings. */
const MIN_SPREAD = 0.12;

/**
 * Median and scaled MAD of the beads' length-weighted log ratios: robust statistics, so the very
 * omissions we hunt for (and a few odd beads) do not shift the yardstick as a mean and standard
 * deviation would.
 */
export function lengthRatioStats(beads: readonly BeadView[]): RatioStats | undefined {
  const pairs: Array<{ ratio: number; source: number }> = [];
  for (const b of beads) {
    const { source, target } = beadLengths(b);
    if (source >= MIN_SOURCE_CHARS && target > 0) pairs.push({ ratio: Math.log(target / source), source });
  }
  if (pairs.length < MIN_BEADS_FOR_STATS) return undefined;
  const m = median(pairs.map((p) => p.ratio).sort((a, b) => a - b));
  const typicalSource = median(pairs.map((p) => p.source).sort((a, b) => a - b));
  const deviations = pairs.map((p) => Math.abs((p.ratio - m) * Math.sqrt(p.source / typicalSource))).sort((a, b) => a - b);
  return { median: m, typicalSource, spread: Math.max(median(deviations) * MAD_TO_SD, MIN_SPREAD), count: pairs.length };
}
